import type { Currency } from '@imp/contracts';
import type { RecordedEvent } from '@imp/event-store';
import type { ContractEvent } from '@imp/messaging';
import type { Applicant, ApplicationEvent } from '../domain';

/** The contract carries the passport holder without the country of birth, which no consumer needs. */
function applicantOf({ countryOfBirth: _countryOfBirth, ...applicant }: Applicant) {
  return applicant;
}

/**
 * Internal application events → imp.application.v1. What the application service records of the decision
 * service's events (review started, decisions) stays internal: the decision topic already told everyone.
 */
export function applicationContractOf(recorded: RecordedEvent): ContractEvent | null {
  const event = { type: recorded.type, data: recorded.data } as ApplicationEvent;
  switch (event.type) {
    case 'ApplicationSubmitted': {
      const { applicant, fees, ...application } = event.data;
      return {
        type: 'ApplicationSubmitted',
        key: application.applicationId,
        // The decider admits no currency but CAD.
        data: {
          ...application,
          applicant: applicantOf(applicant),
          fees: { ...fees, currency: fees.currency as Currency },
        },
      };
    }
    case 'ApplicationDocumentsAdded': {
      const { applicationId, applicationNumber, documents, informationRequestId, addedAt } = event.data;
      const answering = informationRequestId ? { informationRequestId } : {};
      return {
        type: 'ApplicationDocumentsAdded',
        key: applicationId,
        data: { applicationId, applicationNumber, documents, ...answering, addedAt },
      };
    }
    case 'ApplicationWithdrawn': {
      const { applicationId, applicationNumber, reason, withdrawnAt } = event.data;
      const why = reason ? { reason } : {};
      return {
        type: 'ApplicationWithdrawn',
        key: applicationId,
        data: { applicationId, applicationNumber, ...why, withdrawnAt },
      };
    }
    case 'ApplicationReviewStarted':
    case 'ApplicationInformationRequested':
    case 'ApplicationApprovalRecorded':
    case 'ApplicationRefusalRecorded':
    case 'ApplicationPortOfEntryOutcomeRecorded':
      return null;
  }
}
