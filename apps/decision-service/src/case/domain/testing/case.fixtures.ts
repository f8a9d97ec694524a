import type { EvaluateChecks, OpenCase } from '../case.commands';
import type {
  ApplicationApproved,
  CaseAssigned,
  CaseEmployerLinked,
  CaseEvent,
  CaseOfferLinked,
  CaseOpened,
  EligibilityCheckCompleted,
  InformationRequested,
} from '../case.events';
import type { CaseApplication } from '../case-application';
import type { CheckName, EmployerFacts, Evidence, OfferFacts } from '../eligibility-checks';

export const caseId = '3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e04';
export const applicationId = '3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e03';
export const offerId = '3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e02';
export const employerId = '3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e01';
export const requestId = '3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e05';
export const documentId = '3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e06';
export const officer = 'officer-17';
export const receivedAt = '2025-02-10T09:00:00Z';
export const now = '2025-03-20T16:00:00Z';

export const application: CaseApplication = {
  caseId,
  applicationId,
  applicationNumber: 'W993830598',
  offerNumber: 'A1234567',
  applicant: {
    familyName: 'Sharma',
    givenNames: 'Priya',
    dateOfBirth: '1990-04-12',
    countryOfBirth: 'IND',
    citizenship: 'IND',
    passportNumber: 'Z1234567',
    passportExpiry: '2030-06-30',
  },
  placeOfApplication: 'OUTSIDE_CANADA',
  receivedAt,
};

export const openCase = (changes: Partial<OpenCase['data']> = {}): OpenCase => ({
  type: 'OpenCase',
  data: { ...application, now: '2025-02-10T09:00:05Z', ...changes },
});

export const caseOpened = (changes: Partial<CaseApplication> = {}): CaseOpened => ({
  type: 'CaseOpened',
  data: { ...application, ...changes, openedAt: '2025-02-10T09:00:05Z' },
});

export const offerEvidence: Evidence = { streamId: `offer-${offerId}`, revision: 3 };
export const employerEvidence: Evidence = { streamId: `employer-${employerId}`, revision: 0 };

export const job = {
  title: 'Robotics software engineer',
  nocCode: '21231',
  workLocations: [{ city: 'Toronto', province: 'ON' }],
};

/** Submitted a week before the application, fee paid ten minutes before submission. */
export const offer: OfferFacts = {
  offerNumber: 'A1234567',
  offerId,
  status: 'SUBMITTED',
  submittedAt: '2025-02-03T15:30:00Z',
  fee: { status: 'PAID', paidAt: '2025-02-03T15:20:00Z' },
  employerId,
  candidate: {
    familyName: 'SHARMA',
    givenNames: ' priya ',
    dateOfBirth: '1990-04-12',
    citizenship: 'IND',
    passportNumber: 'Z1234567',
  },
  job,
  evidence: offerEvidence,
};

export const employer: EmployerFacts = {
  employerId,
  legalName: 'Maple Robotics Inc.',
  eligibleAtApplication: true,
  evidence: employerEvidence,
};

export const evaluate = (
  inputs: Omit<EvaluateChecks['data'], 'now'>,
  at = '2025-02-10T09:00:10Z',
): EvaluateChecks => ({
  type: 'EvaluateChecks',
  data: { ...inputs, now: at },
});

export const offerLinked = (evidence = offerEvidence): CaseOfferLinked => ({
  type: 'CaseOfferLinked',
  data: { caseId, offerId, employerId, job, evidence },
});

export const employerLinked: CaseEmployerLinked = {
  type: 'CaseEmployerLinked',
  data: { caseId, employerId, legalName: 'Maple Robotics Inc.', evidence: employerEvidence },
};

export const passed = (check: CheckName, at = '2025-02-10T09:00:10Z'): EligibilityCheckCompleted => ({
  type: 'EligibilityCheckCompleted',
  data: {
    caseId,
    check,
    result: 'PASSED',
    evidence: [check === 'EMPLOYER_ELIGIBLE' ? employerEvidence : offerEvidence],
    completedAt: at,
  },
});

export const failed = (
  check: CheckName,
  reason: string,
  evidence = [check === 'EMPLOYER_ELIGIBLE' ? employerEvidence : offerEvidence],
  at = '2025-02-10T09:00:10Z',
): EligibilityCheckCompleted => ({
  type: 'EligibilityCheckCompleted',
  data: { caseId, check, result: 'FAILED', reason, evidence, completedAt: at },
});

export const offerChecksPassed: CaseEvent[] = [
  offerLinked(),
  passed('OFFER_SUBMITTED'),
  passed('FEE_BEFORE_APPLICATION'),
  passed('IDENTITY_MATCHES'),
];

export const allChecksPassed: CaseEvent[] = [
  ...offerChecksPassed,
  employerLinked,
  passed('EMPLOYER_ELIGIBLE'),
];

export const assigned = (officerId = officer): CaseAssigned => ({
  type: 'CaseAssigned',
  data: { caseId, officerId, assignedAt: '2025-02-11T08:00:00Z' },
});

export const informationRequested: InformationRequested = {
  type: 'InformationRequested',
  data: {
    caseId,
    applicationNumber: 'W993830598',
    requestId,
    items: [{ kind: 'EMPLOYMENT_CONTRACT', description: 'The signed employment contract' }],
    dueDate: '2025-03-14',
    requestedBy: officer,
    requestedAt: '2025-02-28T10:00:00Z',
  },
};

export const approved = (changes: Partial<ApplicationApproved['data']> = {}): ApplicationApproved => ({
  type: 'ApplicationApproved',
  data: {
    caseId,
    applicationNumber: 'W993830598',
    offerNumber: 'A1234567',
    outcome: 'PORT_OF_ENTRY_LETTER',
    validFrom: '2025-04-01',
    validUntil: '2027-03-31',
    conditions: { employer: 'Maple Robotics Inc.', occupation: '21231', location: 'Toronto, ON' },
    approvedBy: officer,
    approvedAt: now,
    ...changes,
  },
});

/** A case ready for a decision: open, checks passed, assigned. */
export const readyToDecide: CaseEvent[] = [caseOpened(), ...allChecksPassed, assigned()];
