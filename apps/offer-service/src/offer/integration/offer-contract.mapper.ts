import type { IntegrationEventData } from '@imp/contracts';
import type { RecordedEvent } from '@imp/event-store';
import type { ContractEvent } from '@imp/messaging';
import type { FeeSettlement, OfferEvent, OfferSubmitted } from '../domain';

/**
 * Internal offer events → imp.offer.v1. Drafts, draft changes and fee settlements stay internal: no other service
 * may act on an offer before it has a number, and OfferSubmitted carries the fee as it stood at submission.
 */
export function offerContractOf(recorded: RecordedEvent): ContractEvent | null {
  const event = { type: recorded.type, data: recorded.data } as OfferEvent;
  switch (event.type) {
    case 'OfferDrafted':
    case 'OfferDraftUpdated':
    case 'OfferComplianceFeePaid':
    case 'OfferFeeExemptionClaimed':
      return null;
    case 'OfferSubmitted':
      return { type: 'OfferSubmitted', key: event.data.offerId, data: offerSubmittedV2(event.data) };
    case 'OfferWithdrawn': {
      const { offerId, offerNumber, reason, withdrawnAt } = event.data;
      return {
        type: 'OfferWithdrawn',
        key: offerId,
        data: { offerId, offerNumber: offerNumber ?? null, reason, withdrawnAt },
      };
    }
    case 'OfferConsumed': {
      const { offerId, offerNumber, applicationNumber, decision } = event.data;
      return {
        type: 'OfferConsumed',
        key: offerId,
        data: { offerId, offerNumber, applicationNumber, decision },
      };
    }
    case 'OfferComplianceFeeRefunded': {
      const { offerId, offerNumber, amount, currency } = event.data;
      return {
        type: 'OfferComplianceFeeRefunded',
        key: offerId,
        data: { offerId, offerNumber, amount, currency },
      };
    }
  }
}

/** The contract lists only what another service checks an application against; the rest stays here. */
function offerSubmittedV2(submitted: OfferSubmitted['data']): IntegrationEventData<'OfferSubmitted'> {
  const { offerId, employerId, offerNumber, exemptionCode, submittedAt, fee, candidate, job } = submitted;
  const { familyName, givenNames, dateOfBirth, citizenship, passportNumber, passportExpiry } = candidate;
  return {
    offerId,
    employerId,
    offerNumber,
    exemptionCode,
    submittedAt,
    fee: contractFee(fee),
    candidate: { familyName, givenNames, dateOfBirth, citizenship, passportNumber, passportExpiry },
    job: {
      title: job.title,
      nocCode: job.nocCode,
      workLocations: job.workLocations.map(({ city, province }) => ({ city, province })),
    },
  };
}

function contractFee(fee: FeeSettlement): IntegrationEventData<'OfferSubmitted'>['fee'] {
  return fee.status === 'PAID'
    ? { status: 'PAID', paidAt: fee.paidAt }
    : { status: 'EXEMPT', exemptionReason: fee.reason };
}
