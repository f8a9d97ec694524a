import { invalid, valid, type Validated } from './validated';

/** A calendar date `YYYY-MM-DD` that exists: 2023-02-30 is refused. */
export function isoDate(input: unknown): Validated<string> {
  const reason = 'must be a date (YYYY-MM-DD)';
  if (typeof input !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(input)) return invalid(reason);
  const date = new Date(`${input}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(input)
    ? valid(input)
    : invalid(reason);
}
