import type { Decision } from '@imp/domain-kernel';
import type {
  RecordApproval,
  RecordCaseOpened,
  RecordInformationRequested,
  RecordPortOfEntryOutcome,
  RecordRefusal,
} from './application.commands';
import {
  applicationClosed,
  applicationNotFound,
  caseMismatch,
  noPortOfEntryLetter,
  portOfEntryOutcomeAlreadyRecorded,
} from './application.errors';
import type { ApplicationEvent } from './application.events';
import type { ApplicationState } from './application.state';

type Reviewable = Exclude<ApplicationState, { status: 'NOT_SUBMITTED' | 'WITHDRAWN' }>;

/**
 * Mirrors the case's decisions without judging them again: the decision service is the authority. Every reaction
 * is idempotent, because the integration layer delivers at least once.
 */
function react(
  state: ApplicationState,
  caseId: string,
  decide: (application: Reviewable) => Decision<ApplicationEvent>,
): Decision<ApplicationEvent> {
  if (state.status === 'NOT_SUBMITTED') return applicationNotFound();
  // The applicant left the process; a decision that crossed the withdrawal in flight is not recorded here, and
  // the case stays decided in the decision service (the two disagree only in that race).
  if (state.status === 'WITHDRAWN') return [];
  // Before the review started the case id is not known yet: any decision event teaches it.
  if (state.status !== 'SUBMITTED' && state.caseId !== caseId) return caseMismatch(state.caseId, caseId);
  return decide(state);
}

export function recordCaseOpened(
  data: RecordCaseOpened['data'],
  state: ApplicationState,
): Decision<ApplicationEvent> {
  return react(state, data.caseId, (application) =>
    application.status === 'SUBMITTED'
      ? [
          {
            type: 'ApplicationReviewStarted',
            data: {
              applicationId: application.application.applicationId,
              caseId: data.caseId,
              startedAt: data.now,
            },
          },
        ]
      : [],
  );
}

export function recordInformationRequested(
  data: RecordInformationRequested['data'],
  state: ApplicationState,
): Decision<ApplicationEvent> {
  return react(state, data.caseId, (application) => {
    if (application.informationRequests.some((r) => r.requestId === data.requestId)) return [];
    if (application.status === 'APPROVED' || application.status === 'REFUSED') {
      return applicationClosed(application.status);
    }
    const { caseId, requestId, items, dueDate, now } = data;
    const { applicationId } = application.application;
    return [
      {
        type: 'ApplicationInformationRequested',
        data: { applicationId, caseId, requestId, items, dueDate, requestedAt: now },
      },
    ];
  });
}

export function recordApproval(
  data: RecordApproval['data'],
  state: ApplicationState,
): Decision<ApplicationEvent> {
  return react(state, data.caseId, (application) => {
    if (application.status === 'APPROVED') return [];
    if (application.status === 'REFUSED') return applicationClosed(application.status);
    const { now, ...approval } = data;
    return [
      {
        type: 'ApplicationApprovalRecorded',
        data: { applicationId: application.application.applicationId, ...approval, approvedAt: now },
      },
    ];
  });
}

export function recordRefusal(
  data: RecordRefusal['data'],
  state: ApplicationState,
): Decision<ApplicationEvent> {
  return react(state, data.caseId, (application) => {
    if (application.status === 'REFUSED') return [];
    if (application.status === 'APPROVED') return applicationClosed(application.status);
    const { caseId, reasons, now } = data;
    return [
      {
        type: 'ApplicationRefusalRecorded',
        data: { applicationId: application.application.applicationId, caseId, reasons, refusedAt: now },
      },
    ];
  });
}

/** Once, and only after a letter of introduction: an inland permit was issued by the officer already. */
export function recordPortOfEntryOutcome(
  data: RecordPortOfEntryOutcome['data'],
  state: ApplicationState,
): Decision<ApplicationEvent> {
  return react(state, data.caseId, (application) => {
    if (application.status !== 'APPROVED' || application.approval.outcome !== 'PORT_OF_ENTRY_LETTER') {
      return noPortOfEntryLetter();
    }
    const recorded = application.portOfEntry;
    if (recorded)
      return recorded.outcome === data.outcome ? [] : portOfEntryOutcomeAlreadyRecorded(recorded.outcome);
    const { caseId, outcome, now } = data;
    return [
      {
        type: 'ApplicationPortOfEntryOutcomeRecorded',
        data: { applicationId: application.application.applicationId, caseId, outcome, recordedAt: now },
      },
    ];
  });
}
