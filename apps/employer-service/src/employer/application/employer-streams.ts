import { uuidFromName } from '@imp/service-kit';

/** Fixed namespace for employer ids, so one business number always maps to one employer stream. */
const EMPLOYER_NAMESPACE = '6f1c1b8e-3d55-4d63-9a51-0c3c3a1f0e21';

export const employerStream = (employerId: string) => `employer-${employerId}`;

/**
 * The employer id follows from the business number: a second enrolment of a BN lands on the same stream,
 * and the store's expected-revision check makes "unique across employers" atomic without a lookup table.
 */
export const employerIdFor = (businessNumber: string) =>
  uuidFromName(EMPLOYER_NAMESPACE, businessNumber.trim());
