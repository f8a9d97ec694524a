import type { ApplicationDocumentsAddedV1Data } from '../application/application-documents-added.v1';
import type { ApplicationSubmittedV1Data } from '../application/application-submitted.v1';
import type { ApplicationWithdrawnV1Data } from '../application/application-withdrawn.v1';
import { contractKey } from '../contract';
import type { ApplicationApprovedV1Data } from '../decision/application-approved.v1';
import type { ApplicationRefusedV1Data } from '../decision/application-refused.v1';
import type { CaseFlaggedV1Data } from '../decision/case-flagged.v1';
import type { CaseOpenedV1Data } from '../decision/case-opened.v1';
import type { InformationRequestedV1Data } from '../decision/information-requested.v1';
import type { PortOfEntryOutcomeRecordedV1Data } from '../decision/port-of-entry-outcome-recorded.v1';
import type { EmployerDeclaredIneligibleV1Data } from '../employer/employer-declared-ineligible.v1';
import type { EmployerDetailsUpdatedV1Data } from '../employer/employer-details-updated.v1';
import type { EmployerEnrolledV1Data } from '../employer/employer-enrolled.v1';
import type { EmployerReinstatedV1Data } from '../employer/employer-reinstated.v1';
import type { EnvelopeMetadata, IntegrationEnvelope } from '../envelope';
import type { OfferComplianceFeeRefundedV1Data } from '../offer/offer-compliance-fee-refunded.v1';
import type { OfferConsumedV1Data } from '../offer/offer-consumed.v1';
import type { OfferSubmittedV1Data } from '../offer/offer-submitted.v1';
import type { OfferSubmittedV2Data } from '../offer/offer-submitted.v2';
import type { OfferWithdrawnV1Data } from '../offer/offer-withdrawn.v1';

/** One story told across all four services: the same employer, offer, application and case throughout. */
export const sampleIds = {
  employerId: '3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e01',
  offerId: '3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e02',
  applicationId: '3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e03',
  caseId: '3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e04',
  informationRequestId: '3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e05',
  documentId: '3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e06',
  eventId: '3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e07',
  offerNumber: 'A1234567',
  applicationNumber: 'W993830598',
  businessNumber: '123456789',
} as const;

const candidate = {
  familyName: 'Sharma',
  givenNames: 'Priya',
  dateOfBirth: '1990-04-12',
  citizenship: 'IND',
  passportNumber: 'Z1234567',
};

export const employerEnrolledV1: EmployerEnrolledV1Data = {
  employerId: sampleIds.employerId,
  businessNumber: sampleIds.businessNumber,
  legalName: 'Maple Robotics Inc.',
  operatingName: 'Maple Robotics',
  province: 'ON',
};

export const employerDetailsUpdatedV1: EmployerDetailsUpdatedV1Data = {
  employerId: sampleIds.employerId,
  changes: { phone: '+1 416 555 0100', email: 'hr@maplerobotics.example' },
};

export const employerDeclaredIneligibleV1: EmployerDeclaredIneligibleV1Data = {
  employerId: sampleIds.employerId,
  reason: 'BAN',
  reference: 'AMP-2025-0042',
  effectiveFrom: '2025-06-01',
  until: '2027-06-01',
  permanent: false,
};

export const employerReinstatedV1: EmployerReinstatedV1Data = {
  employerId: sampleIds.employerId,
  reinstatedAt: '2027-06-01T00:00:00Z',
};

const job = {
  title: 'Robotics software engineer',
  nocCode: '21231',
  workLocations: [{ city: 'Toronto', province: 'ON' as const }],
};

export const offerSubmittedV1: OfferSubmittedV1Data = {
  offerId: sampleIds.offerId,
  employerId: sampleIds.employerId,
  offerNumber: sampleIds.offerNumber,
  exemptionCode: 'C10',
  submittedAt: '2025-02-03T15:30:00Z',
  feePaidAt: '2025-02-03T15:20:00Z',
  feeExempt: false,
  candidate,
  job,
};

export const offerSubmittedV2: OfferSubmittedV2Data = {
  offerId: sampleIds.offerId,
  employerId: sampleIds.employerId,
  offerNumber: sampleIds.offerNumber,
  exemptionCode: 'C10',
  submittedAt: '2025-02-03T15:30:00Z',
  fee: { status: 'PAID', paidAt: '2025-02-03T15:20:00Z' },
  candidate: { ...candidate, passportExpiry: '2030-06-30' },
  job,
};

export const offerWithdrawnV1: OfferWithdrawnV1Data = {
  offerId: sampleIds.offerId,
  offerNumber: sampleIds.offerNumber,
  reason: 'Candidate declined the position',
  withdrawnAt: '2025-02-20T10:00:00Z',
};

export const offerConsumedV1: OfferConsumedV1Data = {
  offerId: sampleIds.offerId,
  offerNumber: sampleIds.offerNumber,
  applicationNumber: sampleIds.applicationNumber,
  decision: 'APPROVED',
};

export const offerComplianceFeeRefundedV1: OfferComplianceFeeRefundedV1Data = {
  offerId: sampleIds.offerId,
  offerNumber: sampleIds.offerNumber,
  amount: 230,
  currency: 'CAD',
};

export const applicationSubmittedV1: ApplicationSubmittedV1Data = {
  applicationId: sampleIds.applicationId,
  applicationNumber: sampleIds.applicationNumber,
  offerNumber: sampleIds.offerNumber,
  receivedAt: '2025-02-10T09:00:00Z',
  applicant: { ...candidate, passportExpiry: '2030-06-30' },
  placeOfApplication: 'OUTSIDE_CANADA',
  fees: { workPermit: 155, biometrics: 85, currency: 'CAD' },
};

export const applicationDocumentsAddedV1: ApplicationDocumentsAddedV1Data = {
  applicationId: sampleIds.applicationId,
  applicationNumber: sampleIds.applicationNumber,
  documents: [
    { documentId: sampleIds.documentId, kind: 'EMPLOYMENT_CONTRACT', fileName: 'contract-signed.pdf' },
  ],
  informationRequestId: sampleIds.informationRequestId,
  addedAt: '2025-03-05T12:00:00Z',
};

export const applicationWithdrawnV1: ApplicationWithdrawnV1Data = {
  applicationId: sampleIds.applicationId,
  applicationNumber: sampleIds.applicationNumber,
  reason: 'Accepted another job',
  withdrawnAt: '2025-03-01T08:00:00Z',
};

export const caseOpenedV1: CaseOpenedV1Data = {
  caseId: sampleIds.caseId,
  applicationId: sampleIds.applicationId,
  applicationNumber: sampleIds.applicationNumber,
  offerNumber: sampleIds.offerNumber,
};

export const informationRequestedV1: InformationRequestedV1Data = {
  caseId: sampleIds.caseId,
  requestId: sampleIds.informationRequestId,
  applicationNumber: sampleIds.applicationNumber,
  items: [{ kind: 'EMPLOYMENT_CONTRACT', description: 'The signed employment contract' }],
  dueDate: '2025-03-14',
};

export const applicationApprovedV1: ApplicationApprovedV1Data = {
  caseId: sampleIds.caseId,
  applicationNumber: sampleIds.applicationNumber,
  offerNumber: sampleIds.offerNumber,
  outcome: 'PORT_OF_ENTRY_LETTER',
  validFrom: '2025-04-01',
  validUntil: '2027-03-31',
  conditions: { employer: 'Maple Robotics Inc.', occupation: '21231', location: 'Toronto, ON' },
  approvedBy: 'officer-17',
  approvedAt: '2025-03-20T16:00:00Z',
};

export const applicationRefusedV1: ApplicationRefusedV1Data = {
  caseId: sampleIds.caseId,
  applicationNumber: sampleIds.applicationNumber,
  offerNumber: sampleIds.offerNumber,
  reasons: [
    { rule: 'R200(3)(f.1)', text: 'The compliance fee was paid after the application was received.' },
  ],
  refusedBy: 'officer-17',
  refusedAt: '2025-03-20T16:00:00Z',
};

export const portOfEntryOutcomeRecordedV1: PortOfEntryOutcomeRecordedV1Data = {
  caseId: sampleIds.caseId,
  applicationNumber: sampleIds.applicationNumber,
  outcome: 'PERMIT_ISSUED',
  recordedAt: '2025-04-02T18:45:00Z',
};

export const caseFlaggedV1: CaseFlaggedV1Data = {
  caseId: sampleIds.caseId,
  applicationNumber: sampleIds.applicationNumber,
  reason: 'OFFER_WITHDRAWN',
};

/** Valid data for every contract, keyed like `OfferSubmitted v1`. */
export const sampleDataByContract: Readonly<Record<string, object>> = {
  'EmployerEnrolled v1': employerEnrolledV1,
  'EmployerDetailsUpdated v1': employerDetailsUpdatedV1,
  'EmployerDeclaredIneligible v1': employerDeclaredIneligibleV1,
  'EmployerReinstated v1': employerReinstatedV1,
  'OfferSubmitted v1': offerSubmittedV1,
  'OfferSubmitted v2': offerSubmittedV2,
  'OfferWithdrawn v1': offerWithdrawnV1,
  'OfferConsumed v1': offerConsumedV1,
  'OfferComplianceFeeRefunded v1': offerComplianceFeeRefundedV1,
  'ApplicationSubmitted v1': applicationSubmittedV1,
  'ApplicationDocumentsAdded v1': applicationDocumentsAddedV1,
  'ApplicationWithdrawn v1': applicationWithdrawnV1,
  'CaseOpened v1': caseOpenedV1,
  'InformationRequested v1': informationRequestedV1,
  'ApplicationApproved v1': applicationApprovedV1,
  'ApplicationRefused v1': applicationRefusedV1,
  'PortOfEntryOutcomeRecorded v1': portOfEntryOutcomeRecordedV1,
  'CaseFlagged v1': caseFlaggedV1,
};

export const sampleMetadata: EnvelopeMetadata = {
  correlationId: 'req-7f3a9c',
  causationId: 'req-7f3a9c',
  actor: { id: 'user-42', role: 'employer' },
};

/** A complete, valid message value for (type, version), with the sample data unless other data is given. */
export function sampleEnvelope<Data = object>(
  contract: { type: string; version: number },
  overrides: Partial<IntegrationEnvelope<string, Data>> = {},
): IntegrationEnvelope<string, Data> {
  return {
    id: sampleIds.eventId,
    type: contract.type,
    version: contract.version,
    streamId: 'sample-stream',
    revision: 0,
    occurredAt: '2025-02-03T15:30:00Z',
    recordedAt: '2025-02-03T15:30:00.125Z',
    data: structuredClone(sampleDataByContract[contractKey(contract)]) as Data,
    metadata: sampleMetadata,
    ...overrides,
  };
}
