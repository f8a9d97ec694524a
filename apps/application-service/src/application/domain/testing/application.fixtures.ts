import type {
  AddDocuments,
  RecordApproval,
  RecordInformationRequested,
  SubmitApplication,
} from '../application.commands';
import type {
  ApplicationApprovalRecorded,
  ApplicationDocumentsAdded,
  ApplicationInformationRequested,
  ApplicationRefusalRecorded,
  ApplicationReviewStarted,
  ApplicationSubmitted,
  ApplicationWithdrawn,
  SubmittedApplication,
} from '../application.events';

export const applicationId = '3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e03';
export const caseId = '3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e04';
export const requestId = '3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e05';
export const documentId = '3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e06';
export const otherCaseId = '9a1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e99';
export const receivedAt = '2025-02-10T09:00:00Z';

/** As a person types it: spacing and case all over the place. */
export const submission: SubmitApplication['data'] = {
  applicationId,
  applicationNumber: 'W993830598',
  offerNumber: 'A1234567',
  applicant: {
    familyName: ' Sharma ',
    givenNames: 'Priya ',
    dateOfBirth: '1990-04-12',
    countryOfBirth: 'ind',
    citizenship: 'ind',
    passportNumber: ' z1234567',
    passportExpiry: '2030-06-30',
  },
  placeOfApplication: 'OUTSIDE_CANADA',
  fees: { workPermit: 155, biometrics: 85, currency: 'CAD' },
  now: receivedAt,
};

export const submitted: SubmittedApplication = {
  applicationId,
  applicationNumber: 'W993830598',
  offerNumber: 'A1234567',
  receivedAt,
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
  fees: { workPermit: 155, biometrics: 85, currency: 'CAD' },
};

export const submit = (changes: Partial<SubmitApplication['data']> = {}): SubmitApplication => ({
  type: 'SubmitApplication',
  data: { ...submission, ...changes },
});

export const applicationSubmitted = (changes: Partial<SubmittedApplication> = {}): ApplicationSubmitted => ({
  type: 'ApplicationSubmitted',
  data: { ...submitted, ...changes },
});

export const contract = { documentId, kind: 'EMPLOYMENT_CONTRACT', fileName: 'contract-signed.pdf' };

export const addDocuments = (changes: Partial<AddDocuments['data']> = {}): AddDocuments => ({
  type: 'AddDocuments',
  data: { documents: [contract], now: '2025-03-05T12:00:00Z', ...changes },
});

export const documentsAdded = (
  changes: Partial<ApplicationDocumentsAdded['data']> = {},
): ApplicationDocumentsAdded => ({
  type: 'ApplicationDocumentsAdded',
  data: {
    applicationId,
    applicationNumber: 'W993830598',
    documents: [contract],
    addedAt: '2025-03-05T12:00:00Z',
    ...changes,
  },
});

export const withdrawn: ApplicationWithdrawn = {
  type: 'ApplicationWithdrawn',
  data: {
    applicationId,
    applicationNumber: 'W993830598',
    reason: 'Accepted another job',
    withdrawnAt: '2025-03-01T08:00:00Z',
  },
};

export const reviewStarted: ApplicationReviewStarted = {
  type: 'ApplicationReviewStarted',
  data: { applicationId, caseId, startedAt: '2025-02-10T09:00:05Z' },
};

export const informationRequest: Omit<RecordInformationRequested['data'], 'now'> = {
  caseId,
  requestId,
  items: [{ kind: 'EMPLOYMENT_CONTRACT', description: 'The signed employment contract' }],
  dueDate: '2025-03-14',
};

export const informationRequested: ApplicationInformationRequested = {
  type: 'ApplicationInformationRequested',
  data: {
    applicationId,
    ...informationRequest,
    requestedAt: '2025-02-28T10:00:00Z',
  },
};

export const approval: Omit<RecordApproval['data'], 'now'> = {
  caseId,
  outcome: 'PORT_OF_ENTRY_LETTER',
  validFrom: '2025-04-01',
  validUntil: '2027-03-31',
  conditions: { employer: 'Maple Robotics Inc.', occupation: '21231', location: 'Toronto, ON' },
};

export const approvalRecorded = (
  changes: Partial<ApplicationApprovalRecorded['data']> = {},
): ApplicationApprovalRecorded => ({
  type: 'ApplicationApprovalRecorded',
  data: { applicationId, ...approval, approvedAt: '2025-03-20T16:00:00Z', ...changes },
});

export const refusalReasons = [
  { rule: 'R200(3)(f.1)', text: 'The compliance fee was paid after the application was received.' },
];

export const refusalRecorded: ApplicationRefusalRecorded = {
  type: 'ApplicationRefusalRecorded',
  data: { applicationId, caseId, reasons: refusalReasons, refusedAt: '2025-03-20T16:00:00Z' },
};
