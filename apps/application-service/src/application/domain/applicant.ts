import {
  isoDate,
  invalid,
  matching,
  object,
  optional,
  requiredText,
  valid,
  type Validated,
} from '@imp/domain-kernel';

/** The person exactly as on the passport: the decision service compares it field by field with the offer. */
export interface Applicant {
  familyName: string;
  /** Empty when the passport shows a single name. */
  givenNames: string;
  dateOfBirth: string;
  countryOfBirth?: string;
  /** ISO 3166-1 alpha-3, as in the passport's machine-readable zone. */
  citizenship: string;
  passportNumber: string;
  passportExpiry: string;
  /** Absent on a first application to IRCC. */
  uci?: string;
}

/** `today` lets a birth date in the future be refused as a typing mistake. */
export function applicant(input: unknown, today: string): Validated<Applicant> {
  return object(input, (a) => ({
    familyName: requiredText(a.familyName, 100),
    givenNames: givenNames(a.givenNames),
    dateOfBirth: dateOfBirth(a.dateOfBirth, today),
    countryOfBirth: optional(a.countryOfBirth, countryCode),
    citizenship: countryCode(a.citizenship),
    passportNumber: passportNumber(a.passportNumber),
    passportExpiry: isoDate(a.passportExpiry),
    uci: optional(a.uci, (uci) =>
      matching(uci, /^(\d{4}-\d{4}|\d{2}-\d{4}-\d{4})$/, 'must be 0000-0000 or 00-0000-0000'),
    ),
  }));
}

/** R52: a permit cannot outlive the passport, so one that has run out cannot carry an application. */
export const isPassportValidAfter = (person: Applicant, today: string): boolean =>
  person.passportExpiry > today;

function givenNames(input: unknown): Validated<string> {
  if (typeof input !== 'string') return invalid('is required (empty if the passport shows a single name)');
  return input.trim().length <= 100 ? valid(input.trim()) : invalid('must be at most 100 characters');
}

function dateOfBirth(input: unknown, today: string): Validated<string> {
  const date = isoDate(input);
  return date.ok && date.value >= today ? invalid('must be in the past') : date;
}

/** Only the shape: the zone also uses codes outside ISO (XXA stateless, XXB refugee, UNO). */
function countryCode(input: unknown): Validated<string> {
  const code = typeof input === 'string' ? input.trim().toUpperCase() : '';
  return /^[A-Z]{3}$/.test(code)
    ? valid(code)
    : invalid('must be a 3-letter ISO 3166-1 alpha-3 country code');
}

/** Upper case: the machine-readable zone has none, and the decision service compares numbers exactly. */
function passportNumber(input: unknown): Validated<string> {
  const number = typeof input === 'string' ? input.trim().toUpperCase() : '';
  return /^[A-Z0-9]{5,20}$/.test(number)
    ? valid(number)
    : invalid('must be 5–20 letters or digits, as on the passport');
}
