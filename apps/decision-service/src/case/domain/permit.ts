import type { CaseApplicant, PlaceOfApplication } from './case-application';
import type { OfferedJob } from './eligibility-checks';

/** Outside Canada the officer issues a letter of introduction; CBSA issues the permit at entry. */
export const APPROVAL_OUTCOMES = ['PORT_OF_ENTRY_LETTER', 'WORK_PERMIT'] as const;
export type ApprovalOutcome = (typeof APPROVAL_OUTCOMES)[number];

export const PORT_OF_ENTRY_OUTCOMES = ['PERMIT_ISSUED', 'ENTRY_REFUSED'] as const;
export type PortOfEntryOutcome = (typeof PORT_OF_ENTRY_OUTCOMES)[number];

/**
 * Inside Canada the permit is issued directly. At a port of entry the applicant is already at the border, so
 * the approval is the permit itself: there is nothing to introduce them with.
 */
export function approvalOutcomeFor(place: PlaceOfApplication): ApprovalOutcome {
  return place === 'OUTSIDE_CANADA' ? 'PORT_OF_ENTRY_LETTER' : 'WORK_PERMIT';
}

/** Employer and occupation always bind the worker; a location only when the officer states one. */
export interface PermitConditions {
  /** The employer's legal name as it will appear on the permit. */
  employer: string;
  /** NOC 2021 code. */
  occupation: string;
  location?: string;
}

export function permitConditions(employerName: string, job: OfferedJob, location?: string): PermitConditions {
  return { employer: employerName, occupation: job.nocCode, ...(location ? { location } : {}) };
}

/**
 * R52: the permit never outlives the passport (domain.md §5 rule 10). US citizens are the exception: they may
 * enter without a passport, so theirs caps nothing.
 */
export function latestValidUntil(applicant: CaseApplicant): string | undefined {
  return applicant.citizenship === 'USA' ? undefined : applicant.passportExpiry;
}
