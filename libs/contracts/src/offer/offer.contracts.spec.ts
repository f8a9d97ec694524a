import { specifyContracts } from '../testing/contract-cases';
import {
  offerComplianceFeeRefundedV1,
  offerConsumedV1,
  offerSubmittedV1,
  offerSubmittedV2,
  offerWithdrawnV1,
} from '../testing/samples';
import { Topics } from '../topics';
import { OfferComplianceFeeRefundedV1 } from './offer-compliance-fee-refunded.v1';
import { OfferConsumedV1 } from './offer-consumed.v1';
import { OfferSubmittedV1 } from './offer-submitted.v1';
import { OfferSubmittedV2 } from './offer-submitted.v2';
import { OfferWithdrawnV1 } from './offer-withdrawn.v1';

describe(`contracts on ${Topics.offer}`, () => {
  specifyContracts(Topics.offer, {
    valid: [
      {
        contract: OfferSubmittedV1,
        variant: 'an exempt fee',
        data: { ...offerSubmittedV1, feePaidAt: null, feeExempt: true },
      },
      {
        contract: OfferSubmittedV2,
        variant: 'an exempt fee with its reason',
        data: { ...offerSubmittedV2, fee: { status: 'EXEMPT', exemptionReason: 'R303.1(2)(a)' } },
      },
      {
        contract: OfferSubmittedV2,
        variant: 'a candidate with a single name and no known passport expiry',
        data: { ...offerSubmittedV2, candidate: { ...offerSubmittedV1.candidate, givenNames: '' } },
      },
      {
        contract: OfferWithdrawnV1,
        variant: 'a draft with no number',
        data: { ...offerWithdrawnV1, offerNumber: null },
      },
    ],
    invalid: [
      {
        contract: OfferSubmittedV1,
        data: { ...offerSubmittedV1, offerNumber: 'A123' },
        reason: 'OfferSubmitted v1: data.offerNumber must match /^A\\d{7}$/',
      },
      {
        contract: OfferSubmittedV1,
        data: { ...offerSubmittedV1, feePaidAt: null },
        reason: 'OfferSubmitted v1: data.feeExempt must be true exactly when feePaidAt is null',
      },
      {
        contract: OfferSubmittedV1,
        data: { ...offerSubmittedV1, candidate: { ...offerSubmittedV1.candidate, citizenship: 'India' } },
        reason: 'OfferSubmitted v1: data.candidate.citizenship must match /^[A-Z]{3}$/',
      },
      {
        contract: OfferSubmittedV1,
        data: { ...offerSubmittedV1, job: { ...offerSubmittedV1.job, workLocations: [] } },
        reason: 'OfferSubmitted v1: data.job.workLocations must contain at least 1 elements',
      },
      {
        contract: OfferSubmittedV2,
        data: { ...offerSubmittedV2, fee: { status: 'PAID' } },
        reason: 'OfferSubmitted v2: data.fee.status must be PAID exactly when paidAt is given',
      },
      {
        contract: OfferSubmittedV2,
        data: { ...offerSubmittedV2, fee: { ...offerSubmittedV2.fee, exemptionReason: 'none' } },
        reason: 'OfferSubmitted v2: data.fee.exemptionReason is only allowed when status is EXEMPT',
      },
      {
        contract: OfferSubmittedV2,
        data: { ...offerSubmittedV2, job: { ...offerSubmittedV2.job, workLocations: [{ city: 'Toronto' }] } },
        reason: 'OfferSubmitted v2: data.job.workLocations[0].province is required',
      },
      {
        contract: OfferWithdrawnV1,
        data: { ...offerWithdrawnV1, reason: '   ' },
        reason: 'OfferWithdrawn v1: data.reason must be non-blank text of at most 500 characters',
      },
      {
        contract: OfferConsumedV1,
        data: { ...offerConsumedV1, decision: 'WITHDRAWN' },
        reason: 'OfferConsumed v1: data.decision must be one of the following values: APPROVED, REFUSED',
      },
      {
        contract: OfferComplianceFeeRefundedV1,
        data: { ...offerComplianceFeeRefundedV1, amount: 230.125 },
        reason:
          'OfferComplianceFeeRefunded v1: data.amount must be a non-negative amount with at most two decimals',
      },
      {
        contract: OfferComplianceFeeRefundedV1,
        data: { ...offerComplianceFeeRefundedV1, currency: 'USD' },
        reason: 'OfferComplianceFeeRefunded v1: data.currency must be one of the following values: CAD',
      },
    ],
  });
});
