import { uuidFromName } from '@imp/service-kit';

/** Fixed namespace for case ids, so one application always maps to one case stream. */
const CASE_NAMESPACE = '9bc531a1-edeb-4cd5-8ba4-d014c0ad9faa';

export const caseStream = (caseId: string) => `case-${caseId}`;

/**
 * The case id follows from the application id: ApplicationSubmitted delivered twice finds the case it
 * opened the first time, so there is exactly one case per application without a look-up table.
 */
export const caseIdFor = (applicationId: string) => uuidFromName(CASE_NAMESPACE, applicationId);
