import type { DomainEvent } from '@imp/domain-kernel';
import type { COMPLIANCE_FEE, FeeSettlement } from './compliance-fee';
import type { DraftChanges, OfferDetails } from './offer-details';

export const OFFER_DECISIONS = ['APPROVED', 'REFUSED'] as const;
export type OfferDecision = (typeof OFFER_DECISIONS)[number];

export type OfferDrafted = DomainEvent<'OfferDrafted', OfferDetails>;

/** Each changed part (exemption code, job, candidate) with its whole new value. */
export type OfferDraftUpdated = DomainEvent<'OfferDraftUpdated', { offerId: string; changes: DraftChanges }>;

export type OfferComplianceFeePaid = DomainEvent<
  'OfferComplianceFeePaid',
  {
    offerId: string;
    amount: typeof COMPLIANCE_FEE.amount;
    currency: typeof COMPLIANCE_FEE.currency;
    paymentReference: string;
    paidAt: string;
  }
>;

export type OfferFeeExemptionClaimed = DomainEvent<
  'OfferFeeExemptionClaimed',
  { offerId: string; reason: string; claimedAt: string }
>;

/** The whole offer as submitted, so other services need nothing else to check an application against it. */
export type OfferSubmitted = DomainEvent<
  'OfferSubmitted',
  OfferDetails & { offerNumber: string; submittedAt: string; fee: FeeSettlement }
>;

/** `offerNumber` only when the offer had been submitted. */
export type OfferWithdrawn = DomainEvent<
  'OfferWithdrawn',
  { offerId: string; offerNumber?: string; reason: string; withdrawnAt: string }
>;

export type OfferConsumed = DomainEvent<
  'OfferConsumed',
  {
    offerId: string;
    offerNumber: string;
    applicationNumber: string;
    decision: OfferDecision;
    decidedAt: string;
  }
>;

export type OfferComplianceFeeRefunded = DomainEvent<
  'OfferComplianceFeeRefunded',
  {
    offerId: string;
    offerNumber: string;
    applicationNumber: string;
    amount: typeof COMPLIANCE_FEE.amount;
    currency: typeof COMPLIANCE_FEE.currency;
    paymentReference: string;
    refundedAt: string;
  }
>;

export type OfferEvent =
  | OfferDrafted
  | OfferDraftUpdated
  | OfferComplianceFeePaid
  | OfferFeeExemptionClaimed
  | OfferSubmitted
  | OfferWithdrawn
  | OfferConsumed
  | OfferComplianceFeeRefunded;
