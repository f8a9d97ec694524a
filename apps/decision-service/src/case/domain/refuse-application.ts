import { type Decision, each, fields, object, oneOf, requiredText, type Validated } from '@imp/domain-kernel';
import { assignmentRefusal } from './assignment';
import type { RefuseApplication } from './case.commands';
import { caseClosed, caseNotFound, invalidCaseInput, refusalMissingCitation } from './case.errors';
import type { CaseEvent } from './case.events';
import { isActive, type CaseState } from './case.state';
import { officerId } from './identifiers';
import { REFUSAL_RULE_NAMES, uncitedRules, type RefusalReason } from './refusal-rules';

/**
 * By the assigned officer, at any time while the case is open, even with checks pending. The reasons must
 * cite the rule behind every failed check, e.g. R200(3)(f.1) for an offer or fee that came too late.
 */
export function refuseApplication(data: RefuseApplication['data'], state: CaseState): Decision<CaseEvent> {
  if (state.status === 'NOT_OPENED') return caseNotFound();
  if (!isActive(state)) return caseClosed(state.status);
  const input = fields({
    officerId: officerId(data.officerId),
    reasons: each(data.reasons, refusalReason, 1),
  });
  if (!input.ok) return invalidCaseInput(input.errors);
  const { officerId: refusedBy, reasons } = input.value;
  const notAssigned = assignmentRefusal(state, refusedBy);
  if (notAssigned) return notAssigned;
  const uncited = uncitedRules(state.checks, reasons);
  if (uncited.length > 0) return refusalMissingCitation(uncited);
  return [
    {
      type: 'ApplicationRefused',
      data: {
        caseId: state.caseId,
        applicationNumber: state.applicationNumber,
        // Only a submitted offer that matched is consumed, and its fee refunded, by the offer service.
        offerNumber: state.checks.OFFER_SUBMITTED.status === 'PASSED' ? state.offerNumber : null,
        reasons,
        refusedBy,
        refusedAt: data.now,
      },
    },
  ];
}

function refusalReason(input: unknown): Validated<RefusalReason> {
  return object(input, (reason) => ({
    rule: oneOf(reason.rule, REFUSAL_RULE_NAMES),
    text: requiredText(reason.text, 2000),
  }));
}
