import type { CaseApplication, PassportHolder } from './case-application';
import { isAfter } from '@imp/domain-kernel';

/** The automatic checks an officer relies on before deciding (architecture §8.4). */
export const CHECK_NAMES = [
  'OFFER_SUBMITTED',
  'FEE_BEFORE_APPLICATION',
  'IDENTITY_MATCHES',
  'EMPLOYER_ELIGIBLE',
] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export const CHECK_DESCRIPTIONS: Record<CheckName, string> = {
  OFFER_SUBMITTED: 'The quoted offer of employment exists and stands submitted',
  FEE_BEFORE_APPLICATION:
    'The offer was submitted and its compliance fee paid (or exempt) before the application was received',
  IDENTITY_MATCHES: 'The applicant is the candidate named in the offer',
  EMPLOYER_ELIGIBLE: 'The employer was eligible when the application was received',
};

/** Where a fact was read: a stream of another service, at a revision, as the decision service's read model saw it. */
export interface Evidence {
  streamId: string;
  revision: number;
}

/** The offer as the decision service's read model knows it, found by the quoted offer number. */
export interface OfferFacts {
  offerNumber: string;
  offerId: string;
  status: 'SUBMITTED' | 'WITHDRAWN' | 'CONSUMED';
  submittedAt: string;
  /** `paidAt` is when the offer service recorded the payment. */
  fee: { status: 'PAID' | 'EXEMPT'; paidAt?: string };
  employerId: string;
  candidate: PassportHolder;
  job: OfferedJob;
  evidence: Evidence;
}

export interface OfferedJob {
  title: string;
  /** NOC 2021 */
  nocCode: string;
  workLocations: { city: string; province: string }[];
}

/** The offer's employer as the read model knows it, judged at the application's receipt. */
export interface EmployerFacts {
  employerId: string;
  legalName: string;
  eligibleAtApplication: boolean;
  ineligibility?: { reason: string; reference: string; until: string | null };
  evidence: Evidence;
}

/** A check waits until its inputs arrive; once completed it keeps the evidence it was decided on. */
export type CheckResult =
  | { status: 'PENDING' }
  | { status: 'PASSED'; evidence: Evidence[]; completedAt: string }
  | { status: 'FAILED'; reason: string; evidence: Evidence[]; completedAt: string };

export type Checks = Record<CheckName, CheckResult>;

export const PENDING_CHECKS: Checks = {
  OFFER_SUBMITTED: { status: 'PENDING' },
  FEE_BEFORE_APPLICATION: { status: 'PENDING' },
  IDENTITY_MATCHES: { status: 'PENDING' },
  EMPLOYER_ELIGIBLE: { status: 'PENDING' },
};

export type CheckOutcome = { result: 'PASSED' } | { result: 'FAILED'; reason: string };

/** What the inputs show for one check, with the evidence used. */
export type Finding = CheckOutcome & { check: CheckName; evidence: Evidence[] };

const passed: CheckOutcome = { result: 'PASSED' };
const failed = (reason: string): CheckOutcome => ({ result: 'FAILED', reason });

/** A withdrawn offer can no longer be accepted; a consumed one was used up by another application's decision. */
export function checkOfferSubmitted(offer: OfferFacts): CheckOutcome {
  switch (offer.status) {
    case 'SUBMITTED':
      return passed;
    case 'WITHDRAWN':
      return failed(`Offer ${offer.offerNumber} was withdrawn by the employer`);
    case 'CONSUMED':
      return failed(`Offer ${offer.offerNumber} was already used by the decision on another application`);
  }
}

/** R200(3)(f.1), domain.md §5 rule 1: the times the systems recorded decide, and "at the same instant" counts. */
export function checkFeeBeforeApplication(offer: OfferFacts, receivedAt: string): CheckOutcome {
  const { fee, offerNumber, submittedAt } = offer;
  if (fee.status === 'PAID' && !fee.paidAt) {
    return failed(`No payment time is recorded for the compliance fee of offer ${offerNumber}`);
  }
  const late = [
    ...(isAfter(submittedAt, receivedAt) ? [`offer ${offerNumber} was submitted (${submittedAt})`] : []),
    ...(fee.paidAt && isAfter(fee.paidAt, receivedAt) ? [`its compliance fee was paid (${fee.paidAt})`] : []),
  ];
  return late.length === 0
    ? passed
    : failed(`The application was received (${receivedAt}) before ${late.join(' and before ')}`);
}

const IDENTITY_FIELDS: Record<keyof PassportHolder, string> = {
  familyName: 'family name',
  givenNames: 'given names',
  dateOfBirth: 'date of birth',
  citizenship: 'citizenship',
  passportNumber: 'passport number',
};

/** Case and spacing are ignored: people type the same name differently. Personal data stays out of the reason. */
export function checkIdentityMatches(applicant: PassportHolder, offer: OfferFacts): CheckOutcome {
  const differing = (Object.keys(IDENTITY_FIELDS) as (keyof PassportHolder)[]).filter(
    (field) => comparable(applicant[field]) !== comparable(offer.candidate[field]),
  );
  return differing.length === 0
    ? passed
    : failed(
        `The application and offer ${offer.offerNumber} differ in ${differing.map((f) => IDENTITY_FIELDS[f]).join(', ')}`,
      );
}

export function checkEmployerEligible(employer: EmployerFacts): CheckOutcome {
  if (employer.eligibleAtApplication) return passed;
  const { ineligibility } = employer;
  const detail = ineligibility
    ? ` (${ineligibility.reason} ${ineligibility.reference}, ${ineligibility.until ? `until ${ineligibility.until}` : 'with no end date'})`
    : '';
  return failed(`${employer.legalName} was ineligible when the application was received${detail}`);
}

/** Every check whose inputs have arrived; the others stay as they are (pending until their inputs come). */
export function findChecks(
  application: Pick<CaseApplication, 'applicant' | 'receivedAt'>,
  { offer, employer }: { offer?: OfferFacts; employer?: EmployerFacts },
): Finding[] {
  const findings: Finding[] = [];
  if (offer) {
    const evidence = [offer.evidence];
    findings.push(
      { check: 'OFFER_SUBMITTED', evidence, ...checkOfferSubmitted(offer) },
      {
        check: 'FEE_BEFORE_APPLICATION',
        evidence,
        ...checkFeeBeforeApplication(offer, application.receivedAt),
      },
      { check: 'IDENTITY_MATCHES', evidence, ...checkIdentityMatches(application.applicant, offer) },
    );
  }
  if (employer) {
    findings.push({
      check: 'EMPLOYER_ELIGIBLE',
      evidence: [employer.evidence],
      ...checkEmployerEligible(employer),
    });
  }
  return findings;
}

const comparable = (value: string) => value.normalize('NFC').trim().replace(/\s+/g, ' ').toUpperCase();

export function completedCheck(finding: Finding, completedAt: string): CheckResult {
  const { evidence } = finding;
  return finding.result === 'PASSED'
    ? { status: 'PASSED', evidence, completedAt }
    : { status: 'FAILED', reason: finding.reason, evidence, completedAt };
}

/** Newer evidence that shows the same thing adds nothing: the first evidence already explains the result. */
export function isAlreadyKnown(current: CheckResult, finding: Finding): boolean {
  if (current.status === 'PENDING' || current.status !== finding.result) return false;
  return current.status === 'PASSED' || (finding.result === 'FAILED' && current.reason === finding.reason);
}
