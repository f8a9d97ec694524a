import {
  BusinessRuleError,
  IllegalStateError,
  InvalidInputError,
  NotFoundError,
  describeFieldErrors,
  type FieldErrors,
} from '@imp/domain-kernel';
import { PROCESSING_FEES } from './application-fees';
import type { ApplicationStatus } from './application.state';

export const invalidApplicationInput = (fieldErrors: FieldErrors) =>
  new InvalidInputError(
    'application.invalid-input',
    `Invalid application input: ${describeFieldErrors(fieldErrors)}`,
    fieldErrors,
  );

export const applicationNotFound = () =>
  new NotFoundError('application.not-found', 'No application has been submitted under this id');

export const applicationAlreadySubmitted = (applicationNumber: string) =>
  new IllegalStateError(
    'application.already-submitted',
    `Application ${applicationNumber} is already submitted`,
  );

export const applicationClosed = (status: ApplicationStatus) =>
  new IllegalStateError('application.closed', `The application is ${status}: nothing more can change on it`);

export const passportExpired = (passportExpiry: string) =>
  new BusinessRuleError(
    'application.passport-expired',
    `The passport expired on ${passportExpiry}: apply with a passport that is still valid`,
    { 'applicant.passportExpiry': ['must be after the day the application is received'] },
  );

export const feeAmountWrong = () => {
  const { workPermit, biometrics, currency } = PROCESSING_FEES;
  return new BusinessRuleError(
    'application.fee-amount',
    `The fees are ${workPermit} ${currency} for the work permit and ${biometrics.join(' or ')} ${currency} for biometrics`,
    {
      'fees.workPermit': [`must be ${workPermit}`],
      'fees.biometrics': [`must be ${biometrics.join(' or ')}`],
      'fees.currency': [`must be ${currency}`],
    },
  );
};

export const informationRequestUnknown = (requestId: string) =>
  new BusinessRuleError(
    'application.information-request-unknown',
    `No information request ${requestId} was made on this application`,
    { informationRequestId: ['must be a request made on this application'] },
  );

export const documentAlreadyAdded = (documentIds: string[]) =>
  new IllegalStateError(
    'application.document-already-added',
    `Document ${documentIds.join(', ')} is already on the application`,
  );

/** One application has one case: a decision from another case is a wiring fault, not something to record. */
export const caseMismatch = (expected: string, actual: string) =>
  new IllegalStateError(
    'application.case-mismatch',
    `The application is reviewed in case ${expected}, not ${actual}`,
  );

export const noPortOfEntryLetter = () =>
  new IllegalStateError(
    'application.no-port-of-entry-letter',
    'A port-of-entry outcome follows only an approval with a letter of introduction',
  );

export const portOfEntryOutcomeAlreadyRecorded = (outcome: string) =>
  new IllegalStateError(
    'application.port-of-entry-outcome-recorded',
    `The port-of-entry outcome was already recorded as ${outcome}`,
  );
