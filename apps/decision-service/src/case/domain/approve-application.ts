import { type Decision, isoDate, fields, optionalText } from '@imp/domain-kernel';
import { assignmentRefusal } from './assignment';
import type { ApproveApplication } from './case.commands';
import {
  caseClosed,
  caseFlagged,
  caseNotFound,
  checksNotPassed,
  invalidCaseInput,
  validityPastPassport,
} from './case.errors';
import type { CaseEvent } from './case.events';
import { isActive, type CaseState } from './case.state';
import { CHECK_NAMES, type CheckName, type CheckResult } from './eligibility-checks';
import { officerId } from './identifiers';
import { approvalOutcomeFor, latestValidUntil, permitConditions } from './permit';

/**
 * By the assigned officer, once every check PASSED and nothing is flagged. The outcome follows from where the
 * applicant applied; employer and occupation come from the linked offer, a location only when the officer states one.
 */
export function approveApplication(data: ApproveApplication['data'], state: CaseState): Decision<CaseEvent> {
  if (state.status === 'NOT_OPENED') return caseNotFound();
  if (!isActive(state)) return caseClosed(state.status);
  const input = fields({
    officerId: officerId(data.officerId),
    validFrom: isoDate(data.validFrom),
    validUntil: isoDate(data.validUntil),
    location: optionalText(data.location),
  });
  if (!input.ok) return invalidCaseInput(input.errors);
  const { officerId: approvedBy, validFrom, validUntil, location } = input.value;
  if (validUntil < validFrom) return invalidCaseInput({ validUntil: ['must not be before validFrom'] });
  const notAssigned = assignmentRefusal(state, approvedBy);
  if (notAssigned) return notAssigned;
  const unmet = CHECK_NAMES.map((check): [CheckName, CheckResult] => [check, state.checks[check]]).filter(
    ([, result]) => result.status !== 'PASSED',
  );
  // Passed checks imply a linked offer and employer; testing them too lets the compiler know.
  if (unmet.length > 0 || !state.offer || !state.employer) return checksNotPassed(unmet);
  if (state.flags.length > 0) return caseFlagged(state.flags.map((flag) => flag.reason));
  const passportCap = latestValidUntil(state.applicant);
  if (passportCap && validUntil > passportCap) return validityPastPassport(passportCap);
  return [
    {
      type: 'ApplicationApproved',
      data: {
        caseId: state.caseId,
        applicationNumber: state.applicationNumber,
        offerNumber: state.offerNumber,
        outcome: approvalOutcomeFor(state.placeOfApplication),
        validFrom,
        validUntil,
        conditions: permitConditions(state.employer.legalName, state.offer.job, location),
        approvedBy,
        approvedAt: data.now,
      },
    },
  ];
}
