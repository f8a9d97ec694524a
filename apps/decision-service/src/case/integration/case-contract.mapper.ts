import type { RecordedEvent } from '@imp/event-store';
import type { ContractEvent } from '@imp/messaging';
import type { CaseEvent } from '../domain';

/**
 * Internal case events → imp.decision.v1. How the case got there (links, checks, assignment, documents,
 * the withdrawal the application service announced) stays internal; `/explanation` shows it.
 */
export function caseContractOf(recorded: RecordedEvent): ContractEvent | null {
  const event = { type: recorded.type, data: recorded.data } as CaseEvent;
  switch (event.type) {
    case 'CaseOpened': {
      const { caseId, applicationId, applicationNumber, offerNumber } = event.data;
      return {
        type: 'CaseOpened',
        key: caseId,
        data: { caseId, applicationId, applicationNumber, offerNumber },
      };
    }
    case 'InformationRequested': {
      const { caseId, requestId, applicationNumber, items, dueDate } = event.data;
      return {
        type: 'InformationRequested',
        key: caseId,
        data: { caseId, requestId, applicationNumber, items, dueDate },
      };
    }
    case 'ApplicationApproved': {
      const { caseId, applicationNumber, offerNumber, outcome, validFrom, validUntil, conditions } =
        event.data;
      const { approvedBy, approvedAt } = event.data;
      return {
        type: 'ApplicationApproved',
        key: caseId,
        data: {
          caseId,
          applicationNumber,
          offerNumber,
          outcome,
          validFrom,
          validUntil,
          conditions,
          approvedBy,
          approvedAt,
        },
      };
    }
    case 'ApplicationRefused': {
      const { caseId, applicationNumber, offerNumber, reasons, refusedBy, refusedAt } = event.data;
      return {
        type: 'ApplicationRefused',
        key: caseId,
        data: { caseId, applicationNumber, offerNumber, reasons, refusedBy, refusedAt },
      };
    }
    case 'PortOfEntryOutcomeRecorded': {
      const { caseId, applicationNumber, outcome, recordedAt } = event.data;
      return {
        type: 'PortOfEntryOutcomeRecorded',
        key: caseId,
        data: { caseId, applicationNumber, outcome, recordedAt },
      };
    }
    case 'CaseFlagged': {
      const { caseId, applicationNumber, reason } = event.data;
      return { type: 'CaseFlagged', key: caseId, data: { caseId, applicationNumber, reason } };
    }
    case 'CaseOfferLinked':
    case 'CaseEmployerLinked':
    case 'EligibilityCheckCompleted':
    case 'CaseAssigned':
    case 'CaseDocumentsReceived':
    case 'CaseWithdrawn':
      return null;
  }
}
