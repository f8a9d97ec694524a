import type { ApplicationDocument } from './application-documents';
import type { ApplicationEvent, SubmittedApplication } from './application.events';
import type {
  ApprovalOutcome,
  PermitConditions,
  PortOfEntryOutcome,
  RefusalReason,
  RequestedItem,
} from './case-decisions';

export interface InformationRequest {
  requestId: string;
  items: RequestedItem[];
  dueDate: string;
  requestedAt: string;
  /** When documents quoting the request first arrived. */
  answeredAt?: string;
}

export interface Approval {
  outcome: ApprovalOutcome;
  validFrom: string;
  validUntil: string;
  conditions: PermitConditions;
  approvedAt: string;
}

export interface Refusal {
  reasons: RefusalReason[];
  refusedAt: string;
}

export interface Withdrawal {
  reason?: string;
  withdrawnAt: string;
}

/** What CBSA did with the letter of introduction at the border. */
export interface PortOfEntryRecord {
  outcome: PortOfEntryOutcome;
  recordedAt: string;
}

/** Everything an application carries whatever its status. */
export interface ApplicationFile {
  application: SubmittedApplication;
  documents: readonly ApplicationDocument[];
  informationRequests: readonly InformationRequest[];
}

export type ApplicationState =
  | { status: 'NOT_SUBMITTED' }
  | (ApplicationFile & { status: 'SUBMITTED' })
  | (ApplicationFile & { status: 'IN_REVIEW'; caseId: string })
  | (ApplicationFile & { status: 'INFORMATION_REQUESTED'; caseId: string; pendingRequestId: string })
  | (ApplicationFile & {
      status: 'APPROVED';
      caseId: string;
      approval: Approval;
      portOfEntry?: PortOfEntryRecord;
    })
  | (ApplicationFile & { status: 'REFUSED'; caseId: string; refusal: Refusal })
  /** `caseId` only when the case had been opened before the withdrawal. */
  | (ApplicationFile & { status: 'WITHDRAWN'; caseId?: string; withdrawal: Withdrawal });

export type SubmittedApplicationState = Exclude<ApplicationState, { status: 'NOT_SUBMITTED' }>;

/** The statuses an application can have once submitted, as the API shows them. */
export type ApplicationStatus = SubmittedApplicationState['status'];

/** No further change once here: documents and decisions are refused or ignored. */
export const CLOSED_STATUSES = [
  'APPROVED',
  'REFUSED',
  'WITHDRAWN',
] as const satisfies readonly ApplicationStatus[];

export const initialApplicationState: ApplicationState = { status: 'NOT_SUBMITTED' };

export function evolveApplication(state: ApplicationState, event: ApplicationEvent): ApplicationState {
  if (event.type === 'ApplicationSubmitted') {
    return { status: 'SUBMITTED', application: event.data, documents: [], informationRequests: [] };
  }
  if (state.status === 'NOT_SUBMITTED') return state;
  const file = fileOf(state);
  switch (event.type) {
    case 'ApplicationDocumentsAdded': {
      const { documents, informationRequestId, addedAt } = event.data;
      const next = {
        ...file,
        documents: [...file.documents, ...documents],
        informationRequests: file.informationRequests.map((request) =>
          request.requestId === informationRequestId && !request.answeredAt
            ? { ...request, answeredAt: addedAt }
            : request,
        ),
      };
      const answersPending =
        state.status === 'INFORMATION_REQUESTED' && state.pendingRequestId === informationRequestId;
      return answersPending ? { ...next, status: 'IN_REVIEW', caseId: state.caseId } : { ...state, ...next };
    }
    case 'ApplicationWithdrawn': {
      const { reason, withdrawnAt } = event.data;
      const caseId = 'caseId' in state ? state.caseId : undefined;
      return {
        ...file,
        status: 'WITHDRAWN',
        ...(caseId ? { caseId } : {}),
        withdrawal: { reason, withdrawnAt },
      };
    }
    case 'ApplicationReviewStarted':
      return { ...file, status: 'IN_REVIEW', caseId: event.data.caseId };
    case 'ApplicationInformationRequested': {
      const { caseId, requestId, items, dueDate, requestedAt } = event.data;
      return {
        ...file,
        informationRequests: [...file.informationRequests, { requestId, items, dueDate, requestedAt }],
        status: 'INFORMATION_REQUESTED',
        caseId,
        pendingRequestId: requestId,
      };
    }
    case 'ApplicationApprovalRecorded': {
      const { applicationId: _applicationId, caseId, ...approval } = event.data;
      return { ...file, status: 'APPROVED', caseId, approval };
    }
    case 'ApplicationRefusalRecorded': {
      const { caseId, reasons, refusedAt } = event.data;
      return { ...file, status: 'REFUSED', caseId, refusal: { reasons, refusedAt } };
    }
    case 'ApplicationPortOfEntryOutcomeRecorded': {
      if (state.status !== 'APPROVED') return state;
      const { outcome, recordedAt } = event.data;
      return { ...state, portOfEntry: { outcome, recordedAt } };
    }
  }
}

function fileOf({ application, documents, informationRequests }: ApplicationFile): ApplicationFile {
  return { application, documents, informationRequests };
}

export type ClosedApplicationState = Extract<ApplicationState, { status: (typeof CLOSED_STATUSES)[number] }>;

export const isClosed = (state: ApplicationState): state is ClosedApplicationState =>
  (CLOSED_STATUSES as readonly string[]).includes(state.status);
