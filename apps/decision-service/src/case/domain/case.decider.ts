import {
  type Decider,
  type Decision,
  dateOf,
  isoDate,
  each,
  fields,
  matching,
  object,
  oneOf,
  requiredText,
} from '@imp/domain-kernel';
import { approveApplication } from './approve-application';
import { assignmentRefusal } from './assignment';
import type {
  AssignCase,
  CaseCommand,
  CloseCaseAsWithdrawn,
  FlagCase,
  OpenCase,
  RecordDocumentsReceived,
  RecordPortOfEntryOutcome,
  RequestInformation,
} from './case.commands';
import {
  caseClosed,
  caseNotFound,
  caseOfOtherApplication,
  dueDateNotFuture,
  informationAlreadyRequested,
  invalidCaseInput,
  noPortOfEntryLetter,
  portOfEntryOutcomeRecorded,
} from './case.errors';
import type { CaseEvent } from './case.events';
import { evolveCase, initialCaseState, isActive, type CaseState } from './case.state';
import { evaluateChecks } from './evaluate-checks';
import { officerId, uuid } from './identifiers';
import { PORT_OF_ENTRY_OUTCOMES } from './permit';
import { refuseApplication } from './refuse-application';

// Checks run in one order: the case exists (404), its status allows the command (409), the input is valid
// (400), then the business rules (422).

export function decideCase(command: CaseCommand, state: CaseState): Decision<CaseEvent> {
  switch (command.type) {
    case 'OpenCase':
      return open(command.data, state);
    case 'EvaluateChecks':
      return evaluateChecks(command.data, state);
    case 'AssignCase':
      return assign(command.data, state);
    case 'RequestInformation':
      return requestInformation(command.data, state);
    case 'RecordDocumentsReceived':
      return recordDocumentsReceived(command.data, state);
    case 'ApproveApplication':
      return approveApplication(command.data, state);
    case 'RefuseApplication':
      return refuseApplication(command.data, state);
    case 'RecordPortOfEntryOutcome':
      return recordPortOfEntryOutcome(command.data, state);
    case 'FlagCase':
      return flag(command.data, state);
    case 'CloseCaseAsWithdrawn':
      return closeAsWithdrawn(command.data, state);
  }
}

/** One case per application: the stream is derived from the application id, so a redelivery opens nothing. */
function open(data: OpenCase['data'], state: CaseState): Decision<CaseEvent> {
  if (state.status !== 'NOT_OPENED') {
    return state.applicationId === data.applicationId ? [] : caseOfOtherApplication(state.applicationId);
  }
  const { now, ...application } = data;
  return [{ type: 'CaseOpened', data: { ...application, openedAt: now } }];
}

function assign(data: AssignCase['data'], state: CaseState): Decision<CaseEvent> {
  if (state.status === 'NOT_OPENED') return caseNotFound();
  if (!isActive(state)) return caseClosed(state.status);
  const input = fields({ officerId: officerId(data.officerId) });
  if (!input.ok) return invalidCaseInput(input.errors);
  if (state.assignedTo === input.value.officerId) return [];
  return [{ type: 'CaseAssigned', data: { caseId: state.caseId, ...input.value, assignedAt: data.now } }];
}

/** One request waits at a time: the applicant answers it, then the officer may ask again. */
function requestInformation(data: RequestInformation['data'], state: CaseState): Decision<CaseEvent> {
  if (state.status === 'NOT_OPENED') return caseNotFound();
  if (!isActive(state)) return caseClosed(state.status);
  if (state.status === 'INFORMATION_REQUESTED') return informationAlreadyRequested(state.pendingRequestId);
  const input = fields({
    officerId: officerId(data.officerId),
    requestId: uuid(data.requestId),
    items: each(data.items, requestedItem, 1),
    dueDate: isoDate(data.dueDate),
  });
  if (!input.ok) return invalidCaseInput(input.errors);
  const { officerId: requestedBy, requestId, items, dueDate } = input.value;
  const notAssigned = assignmentRefusal(state, requestedBy);
  if (notAssigned) return notAssigned;
  if (dueDate <= dateOf(data.now)) return dueDateNotFuture();
  const { caseId, applicationNumber } = state;
  return [
    {
      type: 'InformationRequested',
      data: { caseId, applicationNumber, requestId, items, dueDate, requestedBy, requestedAt: data.now },
    },
  ];
}

/** Documents quoting the pending request answer it and reopen the case; redelivered ones are known already. */
function recordDocumentsReceived(
  data: RecordDocumentsReceived['data'],
  state: CaseState,
): Decision<CaseEvent> {
  if (state.status === 'NOT_OPENED') return caseNotFound();
  // A decided case has no use for them.
  if (!isActive(state)) return [];
  const { informationRequestId, now } = data;
  const documents = data.documents.filter(
    (d) => !state.documents.some((known) => known.documentId === d.documentId),
  );
  if (documents.length === 0) return [];
  return [
    {
      type: 'CaseDocumentsReceived',
      data: {
        caseId: state.caseId,
        documents,
        ...(informationRequestId ? { informationRequestId } : {}),
        receivedAt: now,
      },
    },
  ];
}

/** CBSA's word on a letter of introduction, once: an inland permit needs none. */
function recordPortOfEntryOutcome(
  data: RecordPortOfEntryOutcome['data'],
  state: CaseState,
): Decision<CaseEvent> {
  if (state.status === 'NOT_OPENED') return caseNotFound();
  if (state.status !== 'APPROVED' || state.approval.outcome !== 'PORT_OF_ENTRY_LETTER')
    return noPortOfEntryLetter();
  if (state.portOfEntry) return portOfEntryOutcomeRecorded(state.portOfEntry.outcome);
  const input = fields({
    officerId: officerId(data.officerId),
    outcome: oneOf(data.outcome, PORT_OF_ENTRY_OUTCOMES),
  });
  if (!input.ok) return invalidCaseInput(input.errors);
  const { caseId, applicationNumber } = state;
  const { officerId: recordedBy, outcome } = input.value;
  return [
    {
      type: 'PortOfEntryOutcomeRecorded',
      data: { caseId, applicationNumber, outcome, recordedBy, recordedAt: data.now },
    },
  ];
}

/** Something changed under an open case; a decided case has nothing left to weigh. */
function flag(data: FlagCase['data'], state: CaseState): Decision<CaseEvent> {
  if (state.status === 'NOT_OPENED') return caseNotFound();
  if (!isActive(state) || state.flags.some((known) => known.reason === data.reason)) return [];
  const { caseId, applicationNumber } = state;
  return [
    { type: 'CaseFlagged', data: { caseId, applicationNumber, reason: data.reason, flaggedAt: data.now } },
  ];
}

/**
 * The applicant withdrew. Already withdrawn: a redelivery. Already decided: the withdrawal crossed the decision
 * in flight, and the decision stands.
 */
function closeAsWithdrawn(data: CloseCaseAsWithdrawn['data'], state: CaseState): Decision<CaseEvent> {
  if (state.status === 'NOT_OPENED') return caseNotFound();
  if (!isActive(state)) return [];
  const { caseId, applicationNumber } = state;
  const reason = data.reason ? { reason: data.reason } : {};
  return [{ type: 'CaseWithdrawn', data: { caseId, applicationNumber, ...reason, withdrawnAt: data.now } }];
}

function requestedItem(input: unknown) {
  return object(input, (item) => ({
    kind: matching(item.kind, /^[A-Z][A-Z0-9_]*$/, 'must be an upper-case code such as EMPLOYMENT_CONTRACT'),
    description: requiredText(item.description, 1000),
  }));
}

export const caseDecider: Decider<CaseCommand, CaseEvent, CaseState> = {
  initialState: initialCaseState,
  decide: decideCase,
  evolve: evolveCase,
};
