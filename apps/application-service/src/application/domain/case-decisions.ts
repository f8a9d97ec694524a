/** What the decision service decided, as this service records it: shapes follow the decision contracts. */

export const PLACES_OF_APPLICATION = ['OUTSIDE_CANADA', 'INSIDE_CANADA', 'PORT_OF_ENTRY'] as const;
export type PlaceOfApplication = (typeof PLACES_OF_APPLICATION)[number];

/** Outside Canada the officer issues a letter of introduction; CBSA issues the permit at entry. */
export const APPROVAL_OUTCOMES = ['PORT_OF_ENTRY_LETTER', 'WORK_PERMIT'] as const;
export type ApprovalOutcome = (typeof APPROVAL_OUTCOMES)[number];

export const PORT_OF_ENTRY_OUTCOMES = ['PERMIT_ISSUED', 'ENTRY_REFUSED'] as const;
export type PortOfEntryOutcome = (typeof PORT_OF_ENTRY_OUTCOMES)[number];

export interface RequestedItem {
  kind: string;
  description: string;
}

/** Employer and occupation always bind the worker; a location only when the officer stated one. */
export interface PermitConditions {
  employer: string;
  occupation: string;
  location?: string;
}

export interface RefusalReason {
  /** The provision relied on, e.g. R200(3)(f.1). */
  rule: string;
  text: string;
}
