import type { DomainEvent } from '@imp/domain-kernel';
import type { Applicant } from './applicant';
import type { ApplicationDocument } from './application-documents';
import type { ApplicationFees } from './application-fees';
import type {
  ApprovalOutcome,
  PermitConditions,
  PlaceOfApplication,
  PortOfEntryOutcome,
  RefusalReason,
  RequestedItem,
} from './case-decisions';

export interface SubmittedApplication {
  applicationId: string;
  applicationNumber: string;
  /** As quoted: the offer may be unknown or late, which is the decision service's to judge. */
  offerNumber: string;
  receivedAt: string;
  applicant: Applicant;
  placeOfApplication: PlaceOfApplication;
  fees: ApplicationFees;
}

export type ApplicationSubmitted = DomainEvent<'ApplicationSubmitted', SubmittedApplication>;

export type ApplicationDocumentsAdded = DomainEvent<
  'ApplicationDocumentsAdded',
  {
    applicationId: string;
    applicationNumber: string;
    documents: ApplicationDocument[];
    informationRequestId?: string;
    addedAt: string;
  }
>;

export type ApplicationWithdrawn = DomainEvent<
  'ApplicationWithdrawn',
  { applicationId: string; applicationNumber: string; reason?: string; withdrawnAt: string }
>;

/** The decision service opened its case: an officer's review has begun. */
export type ApplicationReviewStarted = DomainEvent<
  'ApplicationReviewStarted',
  { applicationId: string; caseId: string; startedAt: string }
>;

export type ApplicationInformationRequested = DomainEvent<
  'ApplicationInformationRequested',
  {
    applicationId: string;
    caseId: string;
    requestId: string;
    items: RequestedItem[];
    dueDate: string;
    requestedAt: string;
  }
>;

export type ApplicationApprovalRecorded = DomainEvent<
  'ApplicationApprovalRecorded',
  {
    applicationId: string;
    caseId: string;
    outcome: ApprovalOutcome;
    validFrom: string;
    validUntil: string;
    conditions: PermitConditions;
    approvedAt: string;
  }
>;

export type ApplicationRefusalRecorded = DomainEvent<
  'ApplicationRefusalRecorded',
  { applicationId: string; caseId: string; reasons: RefusalReason[]; refusedAt: string }
>;

export type ApplicationPortOfEntryOutcomeRecorded = DomainEvent<
  'ApplicationPortOfEntryOutcomeRecorded',
  { applicationId: string; caseId: string; outcome: PortOfEntryOutcome; recordedAt: string }
>;

export type ApplicationEvent =
  | ApplicationSubmitted
  | ApplicationDocumentsAdded
  | ApplicationWithdrawn
  | ApplicationReviewStarted
  | ApplicationInformationRequested
  | ApplicationApprovalRecorded
  | ApplicationRefusalRecorded
  | ApplicationPortOfEntryOutcomeRecorded;
