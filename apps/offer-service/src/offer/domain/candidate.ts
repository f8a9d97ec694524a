import { isoDate, invalid, object, requiredTextOfAnyLength, valid, type Validated } from '@imp/domain-kernel';
import { countryCode, passportNumber } from './passport';

/** The foreign national exactly as on the passport, so the decision service can match the application to it. */
export interface Candidate {
  familyName: string;
  /** Empty when the passport shows a single name. */
  givenNames: string;
  dateOfBirth: string;
  countryOfBirth: string;
  citizenship: string;
  passportNumber: string;
  passportExpiry: string;
}

export function candidate(input: unknown): Validated<Candidate> {
  return object(input, (c) => ({
    familyName: requiredTextOfAnyLength(c.familyName),
    givenNames: givenNames(c.givenNames),
    dateOfBirth: isoDate(c.dateOfBirth),
    countryOfBirth: countryCode(c.countryOfBirth),
    citizenship: countryCode(c.citizenship),
    passportNumber: passportNumber(c.passportNumber),
    passportExpiry: isoDate(c.passportExpiry),
  }));
}

/** Asked for explicitly, so "none on the passport" (an empty string) is told apart from "forgot to fill in". */
function givenNames(input: unknown): Validated<string> {
  return typeof input === 'string'
    ? valid(input.trim())
    : invalid('is required (empty if the passport shows a single name)');
}
