import { invalid, valid, type Validated } from './validation/validated';

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

/**
 * The UTC calendar day of a date or an ISO timestamp. Unlike `dateOf`, a plain date (no `T`) is
 * returned as given, without being parsed.
 */
export function calendarDayOf(dateOrTimestamp: string): string {
  return dateOrTimestamp.includes('T')
    ? new Date(dateOrTimestamp).toISOString().slice(0, 10)
    : dateOrTimestamp;
}

/** Timestamps compared as instants: two services may write the same moment with different offsets. */
export const isAfter = (timestamp: string, other: string): boolean =>
  Date.parse(timestamp) > Date.parse(other);

/** 29 Feb plus a year is 1 Mar, so a period is never shorter than its years. */
export function addYears(date: string, years: number): string {
  const result = new Date(`${date}T00:00:00Z`);
  result.setUTCFullYear(result.getUTCFullYear() + years);
  return result.toISOString().slice(0, 10);
}
