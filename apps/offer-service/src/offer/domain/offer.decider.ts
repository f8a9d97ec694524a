import {
  type Decider,
  type Decision,
  changedFields,
  fields,
  oneOf,
  requiredTextOfAnyLength,
} from '@imp/domain-kernel';
import { COMPLIANCE_FEE, isComplianceFee } from './compliance-fee';
import { isOpenPermitCode } from './exemption-codes';
import type {
  ClaimFeeExemption,
  DraftOffer,
  MarkOfferConsumed,
  OfferCommand,
  PayComplianceFee,
  RefundComplianceFee,
  SubmitOffer,
  UpdateOfferDraft,
  WithdrawOffer,
} from './offer.commands';
import {
  employerIneligible,
  employerUnknown,
  feeAmountWrong,
  feeRequired,
  invalidOfferInput,
  offerAlreadyDrafted,
  offerAlreadySubmitted,
  offerConsumed,
  offerNotDraft,
  offerNotFound,
  offerNotSubmitted,
  offerWithdrawn,
  openPermitCode,
  refundAfterApproval,
} from './offer.errors';
import { OFFER_DECISIONS, type OfferEvent } from './offer.events';
import { evolveOffer, initialOfferState, type OfferState } from './offer.state';
import { offerDetails, patched } from './offer-details';
import { applicationNumber, offerNumber } from './offer-number';

// Checks run in one order: the offer exists (404); its status allows the command (409, or 422 when the status
// itself breaks a rule, as submitting an unpaid draft does); the input is valid (400); the remaining rules (422).

export function decideOffer(command: OfferCommand, state: OfferState): Decision<OfferEvent> {
  switch (command.type) {
    case 'DraftOffer':
      return draft(command.data, state);
    case 'UpdateOfferDraft':
      return updateDraft(command.data, state);
    case 'PayComplianceFee':
      return payFee(command.data, state);
    case 'ClaimFeeExemption':
      return claimFeeExemption(command.data, state);
    case 'SubmitOffer':
      return submit(command.data, state);
    case 'WithdrawOffer':
      return withdraw(command.data, state);
    case 'MarkOfferConsumed':
      return markConsumed(command.data, state);
    case 'RefundComplianceFee':
      return refundFee(command.data, state);
  }
}

function draft(data: DraftOffer['data'], state: OfferState): Decision<OfferEvent> {
  if (state.status !== 'NOT_DRAFTED') return offerAlreadyDrafted();
  const offer = offerDetails(data);
  if (!offer.ok) return invalidOfferInput(offer.errors);
  if (isOpenPermitCode(offer.value.exemptionCode)) return openPermitCode(offer.value.exemptionCode);
  return [{ type: 'OfferDrafted', data: offer.value }];
}

function updateDraft(data: UpdateOfferDraft['data'], state: OfferState): Decision<OfferEvent> {
  if (state.status === 'NOT_DRAFTED') return offerNotFound();
  if (state.status !== 'DRAFT') return offerNotDraft(state.status);
  const current = state.offer;
  const updated = offerDetails({
    ...current,
    exemptionCode: data.exemptionCode ?? current.exemptionCode,
    job: patched(current.job, data.job),
    candidate: patched(current.candidate, data.candidate),
  });
  if (!updated.ok) return invalidOfferInput(updated.errors);
  if (isOpenPermitCode(updated.value.exemptionCode)) return openPermitCode(updated.value.exemptionCode);
  const changes = changedFields(updated.value, current);
  if (Object.keys(changes).length === 0) return [];
  return [{ type: 'OfferDraftUpdated', data: { offerId: current.offerId, changes } }];
}

function payFee(data: PayComplianceFee['data'], state: OfferState): Decision<OfferEvent> {
  if (state.status === 'NOT_DRAFTED') return offerNotFound();
  if (state.status !== 'DRAFT') return offerNotDraft(state.status);
  const input = fields({ paymentReference: requiredTextOfAnyLength(data.paymentReference) });
  if (!input.ok) return invalidOfferInput(input.errors);
  if (!isComplianceFee(data.amount, data.currency)) return feeAmountWrong();
  return [
    {
      type: 'OfferComplianceFeePaid',
      data: {
        offerId: state.offer.offerId,
        ...COMPLIANCE_FEE,
        paymentReference: input.value.paymentReference,
        paidAt: data.now,
      },
    },
  ];
}

function claimFeeExemption(data: ClaimFeeExemption['data'], state: OfferState): Decision<OfferEvent> {
  if (state.status === 'NOT_DRAFTED') return offerNotFound();
  if (state.status !== 'DRAFT') return offerNotDraft(state.status);
  const input = fields({ reason: requiredTextOfAnyLength(data.reason) });
  if (!input.ok) return invalidOfferInput(input.errors);
  return [
    {
      type: 'OfferFeeExemptionClaimed',
      data: { offerId: state.offer.offerId, reason: input.value.reason, claimedAt: data.now },
    },
  ];
}

function submit(data: SubmitOffer['data'], state: OfferState): Decision<OfferEvent> {
  switch (state.status) {
    case 'NOT_DRAFTED':
      return offerNotFound();
    case 'DRAFT':
      return feeRequired();
    case 'SUBMITTED':
    case 'CONSUMED':
      return offerAlreadySubmitted(state.submission.offerNumber);
    case 'WITHDRAWN':
      return offerWithdrawn();
  }
  const input = fields({ offerNumber: offerNumber(data.offerNumber) });
  if (!input.ok) return invalidOfferInput(input.errors);
  if (!data.employer.known) return employerUnknown(state.offer.employerId);
  if (!data.employer.eligible) return employerIneligible(data.employer.reason);
  return [
    {
      type: 'OfferSubmitted',
      data: { ...state.offer, offerNumber: input.value.offerNumber, submittedAt: data.now, fee: state.fee },
    },
  ];
}

function withdraw(data: WithdrawOffer['data'], state: OfferState): Decision<OfferEvent> {
  switch (state.status) {
    case 'NOT_DRAFTED':
      return offerNotFound();
    case 'WITHDRAWN':
      return offerWithdrawn();
    case 'CONSUMED':
      return offerConsumed(state.submission.offerNumber, state.consumption.applicationNumber);
  }
  const input = fields({ reason: requiredTextOfAnyLength(data.reason) });
  if (!input.ok) return invalidOfferInput(input.errors);
  const submitted = state.status === 'SUBMITTED' ? { offerNumber: state.submission.offerNumber } : {};
  return [
    {
      type: 'OfferWithdrawn',
      data: { offerId: state.offer.offerId, ...submitted, reason: input.value.reason, withdrawnAt: data.now },
    },
  ];
}

/** A decision uses the offer up; the same decision arriving again (at-least-once delivery) changes nothing. */
function markConsumed(data: MarkOfferConsumed['data'], state: OfferState): Decision<OfferEvent> {
  switch (state.status) {
    case 'NOT_DRAFTED':
      return offerNotFound();
    case 'CONSUMED': {
      const { consumption, submission } = state;
      if (consumption.applicationNumber === data.applicationNumber) return [];
      return offerConsumed(submission.offerNumber, consumption.applicationNumber);
    }
    case 'WITHDRAWN':
      return offerWithdrawn();
    case 'DRAFT':
    case 'FEE_PAID':
    case 'FEE_EXEMPT':
      return offerNotSubmitted(state.status);
  }
  const input = fields({
    applicationNumber: applicationNumber(data.applicationNumber),
    decision: oneOf(data.decision, OFFER_DECISIONS),
  });
  if (!input.ok) return invalidOfferInput(input.errors);
  return [
    {
      type: 'OfferConsumed',
      data: {
        offerId: state.offer.offerId,
        offerNumber: state.submission.offerNumber,
        ...input.value,
        decidedAt: data.decidedAt,
      },
    },
  ];
}

/**
 * R303.1: the fee comes back when the permit is refused. Only a submitted offer can be quoted, so only one can
 * be refused; a withdrawn one still can if it was submitted first. Once only, and nothing to do for an exemption.
 */
function refundFee(data: RefundComplianceFee['data'], state: OfferState): Decision<OfferEvent> {
  if (state.status === 'NOT_DRAFTED') return offerNotFound();
  if (state.status === 'DRAFT' || state.status === 'FEE_PAID' || state.status === 'FEE_EXEMPT') {
    return offerNotSubmitted(state.status);
  }
  const { submission, fee } = state;
  if (!submission) return offerNotSubmitted(state.status);
  const input = fields({ applicationNumber: applicationNumber(data.applicationNumber) });
  if (!input.ok) return invalidOfferInput(input.errors);
  if (state.status === 'CONSUMED' && state.consumption.decision === 'APPROVED') return refundAfterApproval();
  if (fee?.status !== 'PAID' || state.refund) return [];
  return [
    {
      type: 'OfferComplianceFeeRefunded',
      data: {
        offerId: state.offer.offerId,
        offerNumber: submission.offerNumber,
        applicationNumber: input.value.applicationNumber,
        amount: fee.amount,
        currency: fee.currency,
        paymentReference: fee.paymentReference,
        refundedAt: data.now,
      },
    },
  ];
}

export const offerDecider: Decider<OfferCommand, OfferEvent, OfferState> = {
  initialState: initialOfferState,
  decide: decideOffer,
  evolve: evolveOffer,
};
