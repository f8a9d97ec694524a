import type { FeeExemption, FeeSettlement, PaidFee } from './compliance-fee';
import type { OfferDecision, OfferEvent } from './offer.events';
import type { OfferDetails } from './offer-details';

export interface Submission {
  offerNumber: string;
  submittedAt: string;
}

export interface Consumption {
  applicationNumber: string;
  decision: OfferDecision;
  decidedAt: string;
}

/** A flag beside the status: a refund changes nothing else about the offer. */
export interface Refund {
  applicationNumber: string;
  refundedAt: string;
}

export type OfferState =
  | { status: 'NOT_DRAFTED' }
  | { status: 'DRAFT'; offer: OfferDetails }
  | { status: 'FEE_PAID'; offer: OfferDetails; fee: PaidFee }
  | { status: 'FEE_EXEMPT'; offer: OfferDetails; fee: FeeExemption }
  | { status: 'SUBMITTED'; offer: OfferDetails; fee: FeeSettlement; submission: Submission; refund?: Refund }
  | {
      status: 'WITHDRAWN';
      offer: OfferDetails;
      fee?: FeeSettlement;
      submission?: Submission;
      withdrawal: { reason: string; withdrawnAt: string };
      refund?: Refund;
    }
  | {
      status: 'CONSUMED';
      offer: OfferDetails;
      fee: FeeSettlement;
      submission: Submission;
      consumption: Consumption;
      refund?: Refund;
    };

/** The statuses an offer can have once drafted, as the API shows them. */
export type OfferStatus = Exclude<OfferState['status'], 'NOT_DRAFTED'>;

export const initialOfferState: OfferState = { status: 'NOT_DRAFTED' };

export function evolveOffer(state: OfferState, event: OfferEvent): OfferState {
  switch (event.type) {
    case 'OfferDrafted':
      return { status: 'DRAFT', offer: event.data };
    case 'OfferDraftUpdated':
      return state.status === 'DRAFT'
        ? { ...state, offer: { ...state.offer, ...event.data.changes } }
        : state;
    case 'OfferComplianceFeePaid': {
      if (state.status !== 'DRAFT') return state;
      const { amount, currency, paymentReference, paidAt } = event.data;
      return {
        status: 'FEE_PAID',
        offer: state.offer,
        fee: { status: 'PAID', amount, currency, paymentReference, paidAt },
      };
    }
    case 'OfferFeeExemptionClaimed': {
      if (state.status !== 'DRAFT') return state;
      const { reason, claimedAt } = event.data;
      return { status: 'FEE_EXEMPT', offer: state.offer, fee: { status: 'EXEMPT', reason, claimedAt } };
    }
    case 'OfferSubmitted': {
      if (state.status !== 'FEE_PAID' && state.status !== 'FEE_EXEMPT') return state;
      const { offerNumber, submittedAt } = event.data;
      return {
        status: 'SUBMITTED',
        offer: state.offer,
        fee: state.fee,
        submission: { offerNumber, submittedAt },
      };
    }
    case 'OfferWithdrawn': {
      if (state.status === 'NOT_DRAFTED' || state.status === 'WITHDRAWN' || state.status === 'CONSUMED')
        return state;
      const { reason, withdrawnAt } = event.data;
      return { ...state, status: 'WITHDRAWN', withdrawal: { reason, withdrawnAt } };
    }
    case 'OfferConsumed': {
      if (state.status !== 'SUBMITTED') return state;
      const { applicationNumber, decision, decidedAt } = event.data;
      return { ...state, status: 'CONSUMED', consumption: { applicationNumber, decision, decidedAt } };
    }
    case 'OfferComplianceFeeRefunded': {
      if (state.status !== 'SUBMITTED' && state.status !== 'WITHDRAWN' && state.status !== 'CONSUMED')
        return state;
      const { applicationNumber, refundedAt } = event.data;
      return { ...state, refund: { applicationNumber, refundedAt } };
    }
  }
}
