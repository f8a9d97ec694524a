import type { NotFoundError } from '@imp/domain-kernel';
import type { PlaceOfApplication } from './case-application';
import { caseNotFound } from './case.errors';
import type {
  CaseFlag,
  CaseState,
  InformationRequest,
  LinkedEmployer,
  LinkedOffer,
  OpenedCaseState,
  PortOfEntryRecord,
  CaseStatus,
} from './case.state';
import { CHECK_DESCRIPTIONS, CHECK_NAMES, type CheckName, type Evidence } from './eligibility-checks';
import type { ApprovalOutcome, PermitConditions } from './permit';
import { REFUSAL_RULES, RULE_OF_FAILED_CHECK, type RefusalRule } from './refusal-rules';

export interface CheckExplanation {
  check: CheckName;
  description: string;
  status: 'PENDING' | 'PASSED' | 'FAILED';
  /** Why it failed. */
  reason?: string;
  /** What a pending check is waiting for. */
  waitingFor?: 'OFFER' | 'EMPLOYER';
  /** The streams and revisions the result was decided on. */
  evidence: Evidence[];
  completedAt?: string;
  /** The provision a refusal must cite while the check stands failed. */
  rule?: RefusalRule;
}

export type DecisionExplanation =
  | {
      decision: 'APPROVED';
      outcome: ApprovalOutcome;
      validFrom: string;
      validUntil: string;
      conditions: PermitConditions;
      decidedBy: string;
      decidedAt: string;
      portOfEntry?: PortOfEntryRecord;
    }
  | {
      decision: 'REFUSED';
      reasons: { rule: RefusalRule; provision: string; text: string }[];
      offerNumber: string | null;
      decidedBy: string;
      decidedAt: string;
    }
  | { decision: 'WITHDRAWN'; reason?: string; decidedAt: string };

/** Everything an officer, applicant or auditor needs to see why the case stands where it does. */
export interface CaseExplanation {
  caseId: string;
  applicationId: string;
  applicationNumber: string;
  offerNumber: string;
  placeOfApplication: PlaceOfApplication;
  receivedAt: string;
  status: CaseStatus;
  assignedTo?: string;
  offer?: LinkedOffer;
  employer?: LinkedEmployer;
  checks: CheckExplanation[];
  flags: readonly CaseFlag[];
  informationRequests: readonly InformationRequest[];
  decision?: DecisionExplanation;
}

export function explain(state: CaseState): CaseExplanation | NotFoundError {
  if (state.status === 'NOT_OPENED') return caseNotFound();
  const { caseId, applicationId, applicationNumber, offerNumber, placeOfApplication, receivedAt, status } =
    state;
  const decision = decisionOf(state);
  return {
    caseId,
    applicationId,
    applicationNumber,
    offerNumber,
    placeOfApplication,
    receivedAt,
    status,
    ...(state.assignedTo ? { assignedTo: state.assignedTo } : {}),
    ...(state.offer ? { offer: state.offer } : {}),
    ...(state.employer ? { employer: state.employer } : {}),
    checks: CHECK_NAMES.map((check) => explainCheck(state, check)),
    flags: state.flags,
    informationRequests: state.informationRequests,
    ...(decision ? { decision } : {}),
  };
}

function explainCheck(state: OpenedCaseState, check: CheckName): CheckExplanation {
  const result = state.checks[check];
  const description = CHECK_DESCRIPTIONS[check];
  switch (result.status) {
    case 'PENDING': {
      const waitingFor = check === 'EMPLOYER_ELIGIBLE' && state.offer ? 'EMPLOYER' : 'OFFER';
      return { check, description, status: 'PENDING', waitingFor, evidence: [] };
    }
    case 'PASSED':
      return { check, description, ...result };
    case 'FAILED':
      return { check, description, ...result, rule: RULE_OF_FAILED_CHECK[check] };
  }
}

function decisionOf(state: OpenedCaseState): DecisionExplanation | undefined {
  switch (state.status) {
    case 'APPROVED': {
      const { approvedBy, approvedAt, ...permit } = state.approval;
      const portOfEntry = state.portOfEntry ? { portOfEntry: state.portOfEntry } : {};
      return {
        decision: 'APPROVED',
        ...permit,
        decidedBy: approvedBy,
        decidedAt: approvedAt,
        ...portOfEntry,
      };
    }
    case 'REFUSED': {
      const { reasons, offerNumber, refusedBy, refusedAt } = state.refusal;
      return {
        decision: 'REFUSED',
        reasons: reasons.map(({ rule, text }) => ({ rule, provision: REFUSAL_RULES[rule], text })),
        offerNumber,
        decidedBy: refusedBy,
        decidedAt: refusedAt,
      };
    }
    case 'WITHDRAWN': {
      const { reason, withdrawnAt } = state.withdrawal;
      return { decision: 'WITHDRAWN', ...(reason ? { reason } : {}), decidedAt: withdrawnAt };
    }
    case 'OPEN':
    case 'INFORMATION_REQUESTED':
      return undefined;
  }
}
