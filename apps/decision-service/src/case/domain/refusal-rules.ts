import { CHECK_NAMES, type CheckName, type Checks } from './eligibility-checks';

/** The provisions an officer may cite, in the LEGAL_PROVISION form of the contracts. */
export const REFUSAL_RULES = {
  'R200(1)(b)': 'Not satisfied that the applicant will leave Canada by the end of the authorized stay',
  'R200(3)(a)': 'Reasonable grounds to believe that the applicant is unable to perform the work sought',
  'R200(3)(f.1)':
    'No offer of employment was submitted, with its compliance fee paid or exempt, before the application',
  'R200(3)(h)': 'The employer is an ineligible employer',
  'R209.11': 'The employer did not provide the offer of employment or pay the compliance fee',
  'A16(1)': 'The applicant did not provide the documents or information reasonably required',
} as const;
export type RefusalRule = keyof typeof REFUSAL_RULES;
export const REFUSAL_RULE_NAMES = Object.keys(REFUSAL_RULES) as RefusalRule[];

export interface RefusalReason {
  rule: RefusalRule;
  text: string;
}

/** The provision a failed check proves: a refusal must cite it, so the reasons say what the file shows. */
export const RULE_OF_FAILED_CHECK: Record<CheckName, RefusalRule> = {
  OFFER_SUBMITTED: 'R200(3)(f.1)',
  FEE_BEFORE_APPLICATION: 'R200(3)(f.1)',
  // An offer naming someone else is no offer made to this applicant.
  IDENTITY_MATCHES: 'R200(3)(f.1)',
  EMPLOYER_ELIGIBLE: 'R200(3)(h)',
};

/** A starting point for the officer: one reason per failed check, worded from what the check found. */
export function proposeRefusalReasons(checks: Checks): RefusalReason[] {
  return CHECK_NAMES.flatMap((check) => {
    const result = checks[check];
    return result.status === 'FAILED' ? [{ rule: RULE_OF_FAILED_CHECK[check], text: result.reason }] : [];
  });
}

/** The rules the failed checks call for that the reasons do not cite. */
export function uncitedRules(checks: Checks, reasons: readonly { rule: string }[]): RefusalRule[] {
  const required = new Set(proposeRefusalReasons(checks).map((reason) => reason.rule));
  return [...required].filter((rule) => !reasons.some((reason) => reason.rule === rule));
}
