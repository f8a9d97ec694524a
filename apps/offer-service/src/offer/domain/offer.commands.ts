import type { Command } from '@imp/domain-kernel';

/** Raw input: decide checks and normalises every value, so strings stand where the domain has a closed set. */
export interface JobInput {
  title: string;
  /** NOC 2021, 5 digits */
  nocCode: string;
  duties: string;
  hoursPerWeek: number;
  wage: { amount: number; currency: string; unit: string };
  benefits?: string;
  requirements?: { experience?: string; education?: string; languages?: string[] };
  workLocations: { city: string; province: string; address?: string }[];
  /** YYYY-MM-DD */
  startDate: string;
  durationMonths: number;
}

export interface CandidateInput {
  familyName: string;
  /** Empty when the passport shows a single name. */
  givenNames: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  /** ISO 3166-1 alpha-3 */
  countryOfBirth: string;
  /** ISO 3166-1 alpha-3 */
  citizenship: string;
  passportNumber: string;
  /** YYYY-MM-DD */
  passportExpiry: string;
}

/** Absent keys keep their value; null clears an optional one. */
export type Patch<T> = { [K in keyof T]?: T[K] | null };

export type DraftOffer = Command<
  'DraftOffer',
  { offerId: string; employerId: string; exemptionCode: string; job: JobInput; candidate: CandidateInput }
>;

export type UpdateOfferDraft = Command<
  'UpdateOfferDraft',
  { exemptionCode?: string; job?: Patch<JobInput>; candidate?: Patch<CandidateInput> }
>;

export type PayComplianceFee = Command<
  'PayComplianceFee',
  { amount: number; currency: string; paymentReference: string; now: string }
>;

export type ClaimFeeExemption = Command<'ClaimFeeExemption', { reason: string; now: string }>;

/** The employer as the offer service's read model knows it when the offer is submitted. */
export interface EmployerStanding {
  known: boolean;
  eligible: boolean;
  /** Why not eligible, shown to the user. */
  reason?: string;
}

export type SubmitOffer = Command<
  'SubmitOffer',
  { offerNumber: string; employer: EmployerStanding; now: string }
>;

export type WithdrawOffer = Command<'WithdrawOffer', { reason: string; now: string }>;

/** Sent by the integration layer when a decision (either way) is made on an application quoting the offer. */
export type MarkOfferConsumed = Command<
  'MarkOfferConsumed',
  { applicationNumber: string; decision: string; decidedAt: string }
>;

/** Sent by the integration layer when an application quoting the offer is refused. */
export type RefundComplianceFee = Command<'RefundComplianceFee', { applicationNumber: string; now: string }>;

export type OfferCommand =
  | DraftOffer
  | UpdateOfferDraft
  | PayComplianceFee
  | ClaimFeeExemption
  | SubmitOffer
  | WithdrawOffer
  | MarkOfferConsumed
  | RefundComplianceFee;
