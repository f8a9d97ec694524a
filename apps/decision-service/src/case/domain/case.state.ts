import type { CaseApplication } from './case-application';
import type { CaseFlagReason } from './case.commands';
import type { CaseEvent, ReceivedDocument, RequestedItem } from './case.events';
import {
  completedCheck,
  PENDING_CHECKS,
  type Checks,
  type Evidence,
  type OfferedJob,
} from './eligibility-checks';
import type { ApprovalOutcome, PermitConditions, PortOfEntryOutcome } from './permit';
import type { RefusalReason } from './refusal-rules';

export interface LinkedOffer {
  offerId: string;
  employerId: string;
  job: OfferedJob;
  evidence: Evidence;
}

export interface LinkedEmployer {
  employerId: string;
  legalName: string;
  evidence: Evidence;
}

export interface InformationRequest {
  requestId: string;
  items: RequestedItem[];
  dueDate: string;
  requestedBy: string;
  requestedAt: string;
  /** When documents quoting the request first arrived. */
  answeredAt?: string;
}

export interface CaseFlag {
  reason: CaseFlagReason;
  flaggedAt: string;
}

export interface Approval {
  outcome: ApprovalOutcome;
  validFrom: string;
  validUntil: string;
  conditions: PermitConditions;
  approvedBy: string;
  approvedAt: string;
}

export interface Refusal {
  offerNumber: string | null;
  reasons: RefusalReason[];
  refusedBy: string;
  refusedAt: string;
}

export interface Withdrawal {
  reason?: string;
  withdrawnAt: string;
}

export interface PortOfEntryRecord {
  outcome: PortOfEntryOutcome;
  recordedBy: string;
  recordedAt: string;
}

/** Everything a case carries whatever its status. */
export interface CaseFile extends CaseApplication {
  openedAt: string;
  checks: Checks;
  offer?: LinkedOffer;
  employer?: LinkedEmployer;
  assignedTo?: string;
  flags: readonly CaseFlag[];
  informationRequests: readonly InformationRequest[];
  documents: readonly ReceivedDocument[];
}

export type CaseState =
  | { status: 'NOT_OPENED' }
  | (CaseFile & { status: 'OPEN' })
  | (CaseFile & { status: 'INFORMATION_REQUESTED'; pendingRequestId: string })
  | (CaseFile & { status: 'APPROVED'; approval: Approval; portOfEntry?: PortOfEntryRecord })
  | (CaseFile & { status: 'REFUSED'; refusal: Refusal })
  | (CaseFile & { status: 'WITHDRAWN'; withdrawal: Withdrawal });

export type OpenedCaseState = Exclude<CaseState, { status: 'NOT_OPENED' }>;
export type CaseStatus = OpenedCaseState['status'];

/** Still to be decided: checks run, officers act. */
export type ActiveCaseState = Extract<CaseState, { status: 'OPEN' | 'INFORMATION_REQUESTED' }>;

export const isActive = (state: CaseState): state is ActiveCaseState =>
  state.status === 'OPEN' || state.status === 'INFORMATION_REQUESTED';

export const initialCaseState: CaseState = { status: 'NOT_OPENED' };

export function evolveCase(state: CaseState, event: CaseEvent): CaseState {
  if (event.type === 'CaseOpened') {
    const { openedAt, ...application } = event.data;
    return {
      status: 'OPEN',
      ...application,
      openedAt,
      checks: PENDING_CHECKS,
      flags: [],
      informationRequests: [],
      documents: [],
    };
  }
  if (state.status === 'NOT_OPENED') return state;
  switch (event.type) {
    case 'CaseOfferLinked': {
      const { caseId: _caseId, ...offer } = event.data;
      return { ...state, offer };
    }
    case 'CaseEmployerLinked': {
      const { caseId: _caseId, ...employer } = event.data;
      return { ...state, employer };
    }
    case 'EligibilityCheckCompleted':
      return {
        ...state,
        checks: { ...state.checks, [event.data.check]: completedCheck(event.data, event.data.completedAt) },
      };
    case 'CaseAssigned':
      return { ...state, assignedTo: event.data.officerId };
    case 'CaseFlagged':
      return {
        ...state,
        flags: [...state.flags, { reason: event.data.reason, flaggedAt: event.data.flaggedAt }],
      };
    case 'PortOfEntryOutcomeRecorded': {
      if (state.status !== 'APPROVED') return state;
      const { outcome, recordedBy, recordedAt } = event.data;
      return { ...state, portOfEntry: { outcome, recordedBy, recordedAt } };
    }
  }
  if (!isActive(state)) return state;
  switch (event.type) {
    case 'InformationRequested': {
      const { requestId, items, dueDate, requestedBy, requestedAt } = event.data;
      return {
        ...fileOf(state),
        status: 'INFORMATION_REQUESTED',
        pendingRequestId: requestId,
        informationRequests: [
          ...state.informationRequests,
          { requestId, items, dueDate, requestedBy, requestedAt },
        ],
      };
    }
    case 'CaseDocumentsReceived': {
      const { documents, informationRequestId, receivedAt } = event.data;
      const next = {
        ...state,
        documents: [...state.documents, ...documents],
        informationRequests: state.informationRequests.map((request) =>
          request.requestId === informationRequestId && !request.answeredAt
            ? { ...request, answeredAt: receivedAt }
            : request,
        ),
      };
      const answersPending =
        state.status === 'INFORMATION_REQUESTED' && state.pendingRequestId === informationRequestId;
      return answersPending ? { ...fileOf(next), status: 'OPEN' } : next;
    }
    case 'ApplicationApproved': {
      const { outcome, validFrom, validUntil, conditions, approvedBy, approvedAt } = event.data;
      return {
        ...fileOf(state),
        status: 'APPROVED',
        approval: { outcome, validFrom, validUntil, conditions, approvedBy, approvedAt },
      };
    }
    case 'ApplicationRefused': {
      const { offerNumber, reasons, refusedBy, refusedAt } = event.data;
      return { ...fileOf(state), status: 'REFUSED', refusal: { offerNumber, reasons, refusedBy, refusedAt } };
    }
    case 'CaseWithdrawn': {
      const { reason, withdrawnAt } = event.data;
      return { ...fileOf(state), status: 'WITHDRAWN', withdrawal: { reason, withdrawnAt } };
    }
  }
}

function fileOf(state: ActiveCaseState): CaseFile {
  if (state.status === 'INFORMATION_REQUESTED') {
    const { status: _status, pendingRequestId: _pending, ...file } = state;
    return file;
  }
  const { status: _status, ...file } = state;
  return file;
}
