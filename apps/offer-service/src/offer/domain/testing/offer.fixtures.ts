import type { FeeExemption, FeeSettlement, PaidFee } from '../compliance-fee';
import type {
  ClaimFeeExemption,
  DraftOffer,
  MarkOfferConsumed,
  PayComplianceFee,
  RefundComplianceFee,
  SubmitOffer,
  UpdateOfferDraft,
  WithdrawOffer,
} from '../offer.commands';
import type {
  OfferComplianceFeePaid,
  OfferComplianceFeeRefunded,
  OfferConsumed,
  OfferDrafted,
  OfferDraftUpdated,
  OfferEvent,
  OfferFeeExemptionClaimed,
  OfferSubmitted,
  OfferWithdrawn,
} from '../offer.events';
import type { DraftChanges, OfferDetails } from '../offer-details';

export const offerId = '0b9f3c1e-5a7d-4c2b-8e61-3f4a9d2c7b10';
export const employerId = '6f1c2a7e-3b1d-4e8a-9c55-0d2f4b7a1e90';
export const offerNumber = 'A1234567';
export const applicationNumber = 'W993830598';
export const paidAt = '2025-01-10T15:00:00.000Z';
export const claimedAt = '2025-01-10T15:05:00.000Z';
export const submittedAt = '2025-01-11T09:00:00.000Z';
export const now = '2025-03-01T12:00:00.000Z';

/** As a person types it: spacing and case all over the place. */
export const draftInput: DraftOffer['data'] = {
  offerId,
  employerId,
  exemptionCode: ' c10 ',
  job: {
    title: ' Robotics engineer ',
    nocCode: '21301',
    duties: 'Design and test the control software of warehouse robots.',
    hoursPerWeek: 37.5,
    wage: { amount: 52.5, currency: 'CAD', unit: 'HOUR' },
    benefits: 'Dental, 4 weeks of vacation',
    requirements: { experience: '5 years', education: 'B.Eng.', languages: ['English', ' French '] },
    workLocations: [
      { city: 'Ottawa', province: 'on' },
      { city: 'Gatineau', province: 'QC', address: '1 Rue Laurier' },
    ],
    startDate: '2025-04-01',
    durationMonths: 24,
  },
  candidate: {
    familyName: 'Okafor',
    givenNames: ' Chiamaka Ada ',
    dateOfBirth: '1990-07-14',
    countryOfBirth: 'nga',
    citizenship: 'NGA',
    passportNumber: ' a01234567 ',
    passportExpiry: '2031-05-30',
  },
};

export const offer: OfferDetails = {
  offerId,
  employerId,
  exemptionCode: 'C10',
  job: {
    title: 'Robotics engineer',
    nocCode: '21301',
    duties: 'Design and test the control software of warehouse robots.',
    hoursPerWeek: 37.5,
    wage: { amount: 52.5, currency: 'CAD', unit: 'HOUR' },
    benefits: 'Dental, 4 weeks of vacation',
    requirements: { experience: '5 years', education: 'B.Eng.', languages: ['English', 'French'] },
    workLocations: [
      { city: 'Ottawa', province: 'ON' },
      { city: 'Gatineau', province: 'QC', address: '1 Rue Laurier' },
    ],
    startDate: '2025-04-01',
    durationMonths: 24,
  },
  candidate: {
    familyName: 'Okafor',
    givenNames: 'Chiamaka Ada',
    dateOfBirth: '1990-07-14',
    countryOfBirth: 'NGA',
    citizenship: 'NGA',
    passportNumber: 'A01234567',
    passportExpiry: '2031-05-30',
  },
};

export const paidFee: PaidFee = {
  status: 'PAID',
  amount: 230,
  currency: 'CAD',
  paymentReference: 'PAY-7781',
  paidAt,
};
export const feeExemption: FeeExemption = { status: 'EXEMPT', reason: 'Exempt under R315.1(3)', claimedAt };

export const draftOffer = (overrides: Partial<DraftOffer['data']> = {}): DraftOffer => ({
  type: 'DraftOffer',
  data: { ...draftInput, ...overrides },
});

export const drafted = (overrides: Partial<OfferDetails> = {}): OfferDrafted => ({
  type: 'OfferDrafted',
  data: { ...offer, ...overrides },
});

export const updateDraft = (data: UpdateOfferDraft['data']): UpdateOfferDraft => ({
  type: 'UpdateOfferDraft',
  data,
});

export const draftUpdated = (changes: DraftChanges): OfferDraftUpdated => ({
  type: 'OfferDraftUpdated',
  data: { offerId, changes },
});

export const payFee = (overrides: Partial<PayComplianceFee['data']> = {}): PayComplianceFee => ({
  type: 'PayComplianceFee',
  data: { amount: 230, currency: 'CAD', paymentReference: 'PAY-7781', now: paidAt, ...overrides },
});

export const feePaid = (): OfferComplianceFeePaid => ({
  type: 'OfferComplianceFeePaid',
  data: { offerId, amount: 230, currency: 'CAD', paymentReference: 'PAY-7781', paidAt },
});

export const claimExemption = (reason = feeExemption.reason): ClaimFeeExemption => ({
  type: 'ClaimFeeExemption',
  data: { reason, now: claimedAt },
});

export const exemptionClaimed = (): OfferFeeExemptionClaimed => ({
  type: 'OfferFeeExemptionClaimed',
  data: { offerId, reason: feeExemption.reason, claimedAt },
});

export const submit = (overrides: Partial<SubmitOffer['data']> = {}): SubmitOffer => ({
  type: 'SubmitOffer',
  data: { offerNumber, employer: { known: true, eligible: true }, now: submittedAt, ...overrides },
});

export const submitted = (fee: FeeSettlement = paidFee): OfferSubmitted => ({
  type: 'OfferSubmitted',
  data: { ...offer, offerNumber, submittedAt, fee },
});

export const withdraw = (reason = 'Candidate declined the offer'): WithdrawOffer => ({
  type: 'WithdrawOffer',
  data: { reason, now },
});

export const withdrawn = (
  withOfferNumber: boolean,
  reason = 'Candidate declined the offer',
): OfferWithdrawn => ({
  type: 'OfferWithdrawn',
  data: { offerId, ...(withOfferNumber ? { offerNumber } : {}), reason, withdrawnAt: now },
});

export const markConsumed = (
  decision = 'REFUSED',
  forApplication = applicationNumber,
): MarkOfferConsumed => ({
  type: 'MarkOfferConsumed',
  data: { applicationNumber: forApplication, decision, decidedAt: now },
});

export const consumed = (decision: 'APPROVED' | 'REFUSED' = 'REFUSED'): OfferConsumed => ({
  type: 'OfferConsumed',
  data: { offerId, offerNumber, applicationNumber, decision, decidedAt: now },
});

export const refundFee = (forApplication = applicationNumber): RefundComplianceFee => ({
  type: 'RefundComplianceFee',
  data: { applicationNumber: forApplication, now },
});

export const feeRefunded = (): OfferComplianceFeeRefunded => ({
  type: 'OfferComplianceFeeRefunded',
  data: {
    offerId,
    offerNumber,
    applicationNumber,
    amount: 230,
    currency: 'CAD',
    paymentReference: 'PAY-7781',
    refundedAt: now,
  },
});

/** The histories that lead to each status. */
export const history = {
  DRAFT: [drafted()],
  FEE_PAID: [drafted(), feePaid()],
  FEE_EXEMPT: [drafted(), exemptionClaimed()],
  SUBMITTED: [drafted(), feePaid(), submitted()],
  WITHDRAWN: [drafted(), feePaid(), submitted(), withdrawn(true)],
  CONSUMED: [drafted(), feePaid(), submitted(), consumed()],
} satisfies Record<string, OfferEvent[]>;
