import { invalid, valid, type Validated } from './validation/validated';

export const PROVINCES = [
  'AB',
  'BC',
  'MB',
  'NB',
  'NL',
  'NS',
  'NT',
  'NU',
  'ON',
  'PE',
  'QC',
  'SK',
  'YT',
] as const;
export type Province = (typeof PROVINCES)[number];

/** One of the 13 province and territory codes, in any case and ignoring surrounding spaces. */
export function province(input: unknown): Validated<Province> {
  const code = typeof input === 'string' ? input.trim().toUpperCase() : '';
  return (PROVINCES as readonly string[]).includes(code)
    ? valid(code as Province)
    : invalid(`must be a province or territory code: ${PROVINCES.join(', ')}`);
}
