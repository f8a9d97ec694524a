import { type Decider, type Decision, dateOf, fields, oneOf, optionalText } from '@imp/domain-kernel';
import { applicant, isPassportValidAfter } from './applicant';
import { applicationDocuments, informationRequestId } from './application-documents';
import { applicationFees, areProcessingFees } from './application-fees';
import type {
  AddDocuments,
  ApplicationCommand,
  SubmitApplication,
  WithdrawApplication,
} from './application.commands';
import {
  applicationAlreadySubmitted,
  applicationClosed,
  applicationNotFound,
  documentAlreadyAdded,
  feeAmountWrong,
  informationRequestUnknown,
  invalidApplicationInput,
  passportExpired,
} from './application.errors';
import type { ApplicationEvent } from './application.events';
import {
  evolveApplication,
  initialApplicationState,
  isClosed,
  type ApplicationState,
} from './application.state';
import {
  recordApproval,
  recordCaseOpened,
  recordInformationRequested,
  recordPortOfEntryOutcome,
  recordRefusal,
} from './case-reactions';
import { PLACES_OF_APPLICATION } from './case-decisions';
import { applicationNumber, offerNumber, uuid } from './identifiers';

// Checks run in one order: the application exists (404), its status allows the command (409), the input is
// valid (400), then the business rules (422).

export function decideApplication(
  command: ApplicationCommand,
  state: ApplicationState,
): Decision<ApplicationEvent> {
  switch (command.type) {
    case 'SubmitApplication':
      return submit(command.data, state);
    case 'AddDocuments':
      return addDocuments(command.data, state);
    case 'WithdrawApplication':
      return withdraw(command.data, state);
    case 'RecordCaseOpened':
      return recordCaseOpened(command.data, state);
    case 'RecordInformationRequested':
      return recordInformationRequested(command.data, state);
    case 'RecordApproval':
      return recordApproval(command.data, state);
    case 'RecordRefusal':
      return recordRefusal(command.data, state);
    case 'RecordPortOfEntryOutcome':
      return recordPortOfEntryOutcome(command.data, state);
  }
}

function submit(data: SubmitApplication['data'], state: ApplicationState): Decision<ApplicationEvent> {
  if (state.status !== 'NOT_SUBMITTED')
    return applicationAlreadySubmitted(state.application.applicationNumber);
  const today = dateOf(data.now);
  const input = fields({
    applicationId: uuid(data.applicationId),
    applicationNumber: applicationNumber(data.applicationNumber),
    offerNumber: offerNumber(data.offerNumber),
    applicant: applicant(data.applicant, today),
    placeOfApplication: oneOf(data.placeOfApplication, PLACES_OF_APPLICATION),
    fees: applicationFees(data.fees),
  });
  if (!input.ok) return invalidApplicationInput(input.errors);
  const { applicant: person, fees } = input.value;
  if (!isPassportValidAfter(person, today)) return passportExpired(person.passportExpiry);
  if (!areProcessingFees(fees)) return feeAmountWrong();
  return [{ type: 'ApplicationSubmitted', data: { ...input.value, receivedAt: data.now } }];
}

/** Allowed until the application closes; documents quoting the pending request answer it. */
function addDocuments(data: AddDocuments['data'], state: ApplicationState): Decision<ApplicationEvent> {
  if (state.status === 'NOT_SUBMITTED') return applicationNotFound();
  if (isClosed(state)) return applicationClosed(state.status);
  const input = fields({
    documents: applicationDocuments(data.documents),
    informationRequestId: informationRequestId(data.informationRequestId),
  });
  if (!input.ok) return invalidApplicationInput(input.errors);
  const { documents, informationRequestId: requestId } = input.value;
  const added = documents.filter((d) => state.documents.some((known) => known.documentId === d.documentId));
  if (added.length > 0) return documentAlreadyAdded(added.map((d) => d.documentId));
  // A late answer, or a second one, is still accepted: whether it came in time is the officer's call.
  if (requestId && !state.informationRequests.some((r) => r.requestId === requestId)) {
    return informationRequestUnknown(requestId);
  }
  const { applicationId, applicationNumber } = state.application;
  return [
    {
      type: 'ApplicationDocumentsAdded',
      data: { applicationId, applicationNumber, ...input.value, addedAt: data.now },
    },
  ];
}

function withdraw(data: WithdrawApplication['data'], state: ApplicationState): Decision<ApplicationEvent> {
  if (state.status === 'NOT_SUBMITTED') return applicationNotFound();
  if (isClosed(state)) return applicationClosed(state.status);
  const input = fields({ reason: optionalText(data.reason, 500) });
  if (!input.ok) return invalidApplicationInput(input.errors);
  const { applicationId, applicationNumber } = state.application;
  return [
    {
      type: 'ApplicationWithdrawn',
      data: { applicationId, applicationNumber, ...input.value, withdrawnAt: data.now },
    },
  ];
}

export const applicationDecider: Decider<ApplicationCommand, ApplicationEvent, ApplicationState> = {
  initialState: initialApplicationState,
  decide: decideApplication,
  evolve: evolveApplication,
};
