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

/** The UTC calendar date of a timestamp, so every service reads "today" the same way. */
export const dateOf = (timestamp: string): string => new Date(timestamp).toISOString().slice(0, 10);
