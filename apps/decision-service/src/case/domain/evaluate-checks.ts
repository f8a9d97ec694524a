import { type Decision, sameValue } from '@imp/domain-kernel';
import type { EvaluateChecks } from './case.commands';
import { caseNotFound, evidenceMismatch } from './case.errors';
import type {
  CaseEmployerLinked,
  CaseEvent,
  CaseOfferLinked,
  EligibilityCheckCompleted,
} from './case.events';
import { isActive, type ActiveCaseState, type CaseState } from './case.state';
import { findChecks, isAlreadyKnown, type EmployerFacts, type OfferFacts } from './eligibility-checks';

/**
 * Runs every check whose inputs arrived and records what is new: a first result, or a changed one. Inputs
 * that show nothing new record nothing, so the application layer may call it as often as its read models move.
 */
export function evaluateChecks(data: EvaluateChecks['data'], state: CaseState): Decision<CaseEvent> {
  if (state.status === 'NOT_OPENED') return caseNotFound();
  // A decided case keeps the results its decision relied on.
  if (!isActive(state)) return [];
  const { offer, employer, now } = data;
  if (offer && offer.offerNumber !== state.offerNumber) {
    return evidenceMismatch(`offer ${offer.offerNumber} is not the quoted ${state.offerNumber}`);
  }
  const employerIdOfOffer = (offer ?? state.offer)?.employerId;
  if (employer && employer.employerId !== employerIdOfOffer) {
    return evidenceMismatch(
      employerIdOfOffer
        ? `employer ${employer.employerId} did not make offer ${state.offerNumber}`
        : `employer ${employer.employerId} came before offer ${state.offerNumber}, which names the employer`,
    );
  }
  const completions = findChecks(state, { offer, employer })
    .filter((finding) => !isAlreadyKnown(state.checks[finding.check], finding))
    .map((finding): EligibilityCheckCompleted => ({
      type: 'EligibilityCheckCompleted',
      data: { caseId: state.caseId, ...finding, completedAt: now },
    }));
  return [...offerLink(state, offer), ...employerLink(state, employer), ...completions];
}

/** The offer's facts are fixed once submitted: linked once, unless they ever differ. Evidence alone is no change. */
function offerLink(state: ActiveCaseState, offer?: OfferFacts): CaseOfferLinked[] {
  if (!offer) return [];
  const { offerId, employerId, job, evidence } = offer;
  if (state.offer && sameValue({ ...state.offer, evidence }, { offerId, employerId, job, evidence }))
    return [];
  return [{ type: 'CaseOfferLinked', data: { caseId: state.caseId, offerId, employerId, job, evidence } }];
}

function employerLink(state: ActiveCaseState, employer?: EmployerFacts): CaseEmployerLinked[] {
  if (!employer) return [];
  const { employerId, legalName, evidence } = employer;
  if (state.employer && sameValue({ ...state.employer, evidence }, { employerId, legalName, evidence }))
    return [];
  return [{ type: 'CaseEmployerLinked', data: { caseId: state.caseId, employerId, legalName, evidence } }];
}
