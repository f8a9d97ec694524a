export const OFFER_NUMBER = /^A\d{7}$/;
export const APPLICATION_NUMBER = /^W\d{9}$/;
export const BUSINESS_NUMBER = /^\d{9}$/;
/** NOC 2021: five digits, the second being the TEER. */
export const NOC_CODE = /^\d{5}$/;
/** LMIA exemption code: a letter and two digits, e.g. T36, C10. */
export const EXEMPTION_CODE = /^[A-Z]\d{2}$/;
export const NATIONALITY_CODE = /^[A-Z]{3}$/;
export const UCI = /^(\d{4}-\d{4}|\d{2}-\d{4}-\d{4})$/;
/** A regulation (R) or Act (A) provision, e.g. R200(3)(f.1), R209.11, A16(1). */
export const LEGAL_PROVISION = /^[AR]\d+(\.\d+)?(\([0-9a-z.]+\))*$/;
/** Machine-readable codes such as document kinds. */
export const UPPER_SNAKE_CODE = /^[A-Z][A-Z0-9_]*$/;

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

export const CURRENCIES = ['CAD'] as const;
export type Currency = (typeof CURRENCIES)[number];
