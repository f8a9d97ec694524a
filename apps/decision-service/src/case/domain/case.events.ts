import type { DomainEvent } from '@imp/domain-kernel';
import type { CaseApplication } from './case-application';
import type { CaseFlagReason } from './case.commands';
import type { Evidence, Finding, OfferedJob } from './eligibility-checks';
import type { ApprovalOutcome, PermitConditions, PortOfEntryOutcome } from './permit';
import type { RefusalReason } from './refusal-rules';

export type CaseOpened = DomainEvent<'CaseOpened', CaseApplication & { openedAt: string }>;

/** The facts of the quoted offer a decision needs later (employer, occupation), and where they were read. */
export type CaseOfferLinked = DomainEvent<
  'CaseOfferLinked',
  { caseId: string; offerId: string; employerId: string; job: OfferedJob; evidence: Evidence }
>;

export type CaseEmployerLinked = DomainEvent<
  'CaseEmployerLinked',
  { caseId: string; employerId: string; legalName: string; evidence: Evidence }
>;

/** A check completed, or its result changed (e.g. the offer was later consumed by another application). */
export type EligibilityCheckCompleted = DomainEvent<
  'EligibilityCheckCompleted',
  Finding & { caseId: string; completedAt: string }
>;

export type CaseAssigned = DomainEvent<
  'CaseAssigned',
  { caseId: string; officerId: string; assignedAt: string }
>;

export interface RequestedItem {
  kind: string;
  description: string;
}

export type InformationRequested = DomainEvent<
  'InformationRequested',
  {
    caseId: string;
    applicationNumber: string;
    requestId: string;
    items: RequestedItem[];
    dueDate: string;
    requestedBy: string;
    requestedAt: string;
  }
>;

export interface ReceivedDocument {
  documentId: string;
  kind: string;
  fileName: string;
}

export type CaseDocumentsReceived = DomainEvent<
  'CaseDocumentsReceived',
  { caseId: string; documents: ReceivedDocument[]; informationRequestId?: string; receivedAt: string }
>;

export type ApplicationApproved = DomainEvent<
  'ApplicationApproved',
  {
    caseId: string;
    applicationNumber: string;
    offerNumber: string;
    outcome: ApprovalOutcome;
    validFrom: string;
    validUntil: string;
    conditions: PermitConditions;
    approvedBy: string;
    approvedAt: string;
  }
>;

/** `offerNumber` is null when no submitted offer matched, so none is consumed or refunded. */
export type ApplicationRefused = DomainEvent<
  'ApplicationRefused',
  {
    caseId: string;
    applicationNumber: string;
    offerNumber: string | null;
    reasons: RefusalReason[];
    refusedBy: string;
    refusedAt: string;
  }
>;

export type PortOfEntryOutcomeRecorded = DomainEvent<
  'PortOfEntryOutcomeRecorded',
  {
    caseId: string;
    applicationNumber: string;
    outcome: PortOfEntryOutcome;
    recordedBy: string;
    recordedAt: string;
  }
>;

export type CaseFlagged = DomainEvent<
  'CaseFlagged',
  { caseId: string; applicationNumber: string; reason: CaseFlagReason; flaggedAt: string }
>;

export type CaseWithdrawn = DomainEvent<
  'CaseWithdrawn',
  { caseId: string; applicationNumber: string; reason?: string; withdrawnAt: string }
>;

export type CaseEvent =
  | CaseOpened
  | CaseOfferLinked
  | CaseEmployerLinked
  | EligibilityCheckCompleted
  | CaseAssigned
  | InformationRequested
  | CaseDocumentsReceived
  | ApplicationApproved
  | ApplicationRefused
  | PortOfEntryOutcomeRecorded
  | CaseFlagged
  | CaseWithdrawn;
