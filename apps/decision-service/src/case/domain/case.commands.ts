import type { Command } from '@imp/domain-kernel';
import type { CaseApplicant, PlaceOfApplication } from './case-application';
import type { EmployerFacts, OfferFacts } from './eligibility-checks';

// OpenCase, EvaluateChecks, RecordDocumentsReceived, FlagCase and CloseCaseAsWithdrawn are issued by the
// integration layer from events already validated against their contracts; each is idempotent under
// redelivery. The officer commands carry raw API input, checked by decide. `now` is the business time.

export type OpenCase = Command<
  'OpenCase',
  {
    caseId: string;
    applicationId: string;
    applicationNumber: string;
    offerNumber: string;
    applicant: CaseApplicant;
    placeOfApplication: PlaceOfApplication;
    receivedAt: string;
    now: string;
  }
>;

/** The inputs the application layer found in the read models; an absent one leaves its checks pending. */
export type EvaluateChecks = Command<
  'EvaluateChecks',
  { offer?: OfferFacts; employer?: EmployerFacts; now: string }
>;

/** `officerId` is whom the case is given to; who gave it is in the event's metadata. */
export type AssignCase = Command<'AssignCase', { officerId: string; now: string }>;

export type RequestInformation = Command<
  'RequestInformation',
  {
    officerId: string;
    requestId: string;
    items: { kind: string; description: string }[];
    /** YYYY-MM-DD */
    dueDate: string;
    now: string;
  }
>;

export type RecordDocumentsReceived = Command<
  'RecordDocumentsReceived',
  {
    documents: { documentId: string; kind: string; fileName: string }[];
    informationRequestId?: string;
    now: string;
  }
>;

/** The outcome and the employer and occupation conditions follow from the file; the officer sets the rest. */
export type ApproveApplication = Command<
  'ApproveApplication',
  { officerId: string; validFrom: string; validUntil: string; location?: string; now: string }
>;

export type RefuseApplication = Command<
  'RefuseApplication',
  { officerId: string; reasons: { rule: string; text: string }[]; now: string }
>;

/** `officerId` is the CBSA officer at the border. */
export type RecordPortOfEntryOutcome = Command<
  'RecordPortOfEntryOutcome',
  { officerId: string; outcome: string; now: string }
>;

export const CASE_FLAG_REASONS = ['OFFER_WITHDRAWN', 'EMPLOYER_DECLARED_INELIGIBLE'] as const;
export type CaseFlagReason = (typeof CASE_FLAG_REASONS)[number];

export type FlagCase = Command<'FlagCase', { reason: CaseFlagReason; now: string }>;

export type CloseCaseAsWithdrawn = Command<'CloseCaseAsWithdrawn', { reason?: string; now: string }>;

export type CaseCommand =
  | OpenCase
  | EvaluateChecks
  | AssignCase
  | RequestInformation
  | RecordDocumentsReceived
  | ApproveApplication
  | RefuseApplication
  | RecordPortOfEntryOutcome
  | FlagCase
  | CloseCaseAsWithdrawn;
