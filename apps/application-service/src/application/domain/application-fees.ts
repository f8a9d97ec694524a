import { invalid, object, valid, type Validated } from '@imp/domain-kernel';

/**
 * R299: $155 for the work permit. Biometrics: $85 for one person, or $0 when the applicant's biometrics are
 * still valid from an earlier application (they are reused for 10 years), as the ApplicationSubmitted contract
 * allows. Family and group rates do not apply: one application is one person.
 */
export const PROCESSING_FEES = { workPermit: 155, biometrics: [85, 0], currency: 'CAD' } as const;

export interface ApplicationFees {
  workPermit: number;
  biometrics: number;
  currency: string;
}

/** Only the shape: the amounts are a business rule, checked by `areProcessingFees`. */
export function applicationFees(input: unknown): Validated<ApplicationFees> {
  return object(input, (f) => ({
    workPermit: amount(f.workPermit),
    biometrics: amount(f.biometrics),
    currency:
      typeof f.currency === 'string' ? valid(f.currency.trim().toUpperCase()) : invalid('is required'),
  }));
}

export const areProcessingFees = ({ workPermit, biometrics, currency }: ApplicationFees): boolean =>
  workPermit === PROCESSING_FEES.workPermit &&
  (PROCESSING_FEES.biometrics as readonly number[]).includes(biometrics) &&
  currency === PROCESSING_FEES.currency;

function amount(input: unknown): Validated<number> {
  return typeof input === 'number' && Number.isFinite(input) && input >= 0
    ? valid(input)
    : invalid('must be a non-negative amount');
}
