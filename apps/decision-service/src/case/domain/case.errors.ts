import {
  BusinessRuleError,
  IllegalStateError,
  InvalidInputError,
  NotFoundError,
  describeFieldErrors,
  type FieldErrors,
} from '@imp/domain-kernel';
import type { CaseFlagReason } from './case.commands';
import type { CaseStatus } from './case.state';
import type { CheckName, CheckResult } from './eligibility-checks';
import type { RefusalRule } from './refusal-rules';

export const invalidCaseInput = (fieldErrors: FieldErrors) =>
  new InvalidInputError(
    'case.invalid-input',
    `Invalid case input: ${describeFieldErrors(fieldErrors)}`,
    fieldErrors,
  );

export const caseNotFound = () =>
  new NotFoundError('case.not-found', 'No case has been opened under this id');

/** The stream is derived from the application id, so another application here is a wiring fault. */
export const caseOfOtherApplication = (applicationId: string) =>
  new IllegalStateError('case.other-application', `This case was opened for application ${applicationId}`);

export const caseClosed = (status: CaseStatus) =>
  new IllegalStateError('case.closed', `The case is ${status}: it can no longer be acted on`);

/** Evidence from the read models that is not about this case: the application layer looked up the wrong thing. */
export const evidenceMismatch = (detail: string) =>
  new InvalidInputError('case.evidence-mismatch', `The check inputs do not belong to this case: ${detail}`);

export const caseNotAssigned = () =>
  new BusinessRuleError('case.not-assigned', 'Assign the case to an officer before acting on it');

export const caseAssignedToAnotherOfficer = (assignedTo: string) =>
  new BusinessRuleError(
    'case.assigned-to-another-officer',
    `The case is assigned to ${assignedTo}: only they act on it, unless it is reassigned`,
  );

export const informationAlreadyRequested = (requestId: string) =>
  new IllegalStateError(
    'case.information-already-requested',
    `Information request ${requestId} is still waiting for the applicant`,
  );

export const dueDateNotFuture = () =>
  new BusinessRuleError('case.due-date-not-future', 'The due date must be after today', {
    dueDate: ['must be after today'],
  });

export const checksNotPassed = (unmet: [CheckName, CheckResult][]) =>
  new BusinessRuleError(
    'case.checks-not-passed',
    `Approval needs every eligibility check PASSED: ${unmet.map(([check, result]) => `${check} is ${result.status}`).join(', ')}`,
  );

export const caseFlagged = (reasons: CaseFlagReason[]) =>
  new BusinessRuleError(
    'case.flagged',
    `The case is flagged (${reasons.join(', ')}): what changed must be weighed, so it cannot be approved`,
  );

export const validityPastPassport = (passportExpiry: string) =>
  new BusinessRuleError(
    'case.validity-past-passport',
    `A permit may not be valid past the passport's expiry on ${passportExpiry} (R52)`,
    { validUntil: [`must not be after ${passportExpiry}`] },
  );

export const refusalMissingCitation = (rules: RefusalRule[]) =>
  new BusinessRuleError(
    'case.refusal-missing-citation',
    `The failed eligibility checks call for citing ${rules.join(', ')}`,
    { reasons: [`must cite ${rules.join(', ')}`] },
  );

export const noPortOfEntryLetter = () =>
  new IllegalStateError(
    'case.no-port-of-entry-letter',
    'A port-of-entry outcome follows only an approval with a letter of introduction',
  );

export const portOfEntryOutcomeRecorded = (outcome: string) =>
  new IllegalStateError(
    'case.port-of-entry-outcome-recorded',
    `The port-of-entry outcome was already recorded as ${outcome}`,
  );
