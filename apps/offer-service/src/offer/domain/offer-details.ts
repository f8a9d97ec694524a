import { candidate, type Candidate } from './candidate';
import { exemptionCode, type ExemptionCode } from './exemption-codes';
import { job, type Job } from './job';
import { object, requiredTextOfAnyLength, type Validated } from '@imp/domain-kernel';

export interface OfferDetails {
  offerId: string;
  employerId: string;
  exemptionCode: ExemptionCode;
  job: Job;
  candidate: Candidate;
}

/** The parts of a draft an update may change; the offer and employer ids never change. */
export type DraftChanges = Partial<Pick<OfferDetails, 'exemptionCode' | 'job' | 'candidate'>>;

export function offerDetails(input: unknown): Validated<OfferDetails> {
  return object(input, (o) => ({
    offerId: requiredTextOfAnyLength(o.offerId),
    employerId: requiredTextOfAnyLength(o.employerId),
    exemptionCode: exemptionCode(o.exemptionCode),
    job: job(o.job),
    candidate: candidate(o.candidate),
  }));
}

/** Absent (or undefined) keys keep their value; null clears an optional field, and fails a required one. */
export function patched(current: object, patch: object | undefined): Record<string, unknown> {
  const given = Object.entries(patch ?? {}).filter(([, value]) => value !== undefined);
  return { ...current, ...Object.fromEntries(given) };
}
