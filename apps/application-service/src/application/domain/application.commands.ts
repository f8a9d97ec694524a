import type { Command } from '@imp/domain-kernel';
import type {
  ApprovalOutcome,
  PermitConditions,
  PortOfEntryOutcome,
  RefusalReason,
  RequestedItem,
} from './case-decisions';

/** Raw input from the applicant: decide checks and normalises it. Dates are YYYY-MM-DD. */
export interface ApplicantInput {
  familyName: string;
  givenNames: string;
  dateOfBirth: string;
  countryOfBirth?: string;
  citizenship: string;
  passportNumber: string;
  passportExpiry: string;
  uci?: string;
}

/** `now` is when the application is received: rule R200(3)(f.1) compares it with the offer's submission. */
export type SubmitApplication = Command<
  'SubmitApplication',
  {
    applicationId: string;
    applicationNumber: string;
    offerNumber: string;
    applicant: ApplicantInput;
    placeOfApplication: string;
    fees: { workPermit: number; biometrics: number; currency: string };
    now: string;
  }
>;

export type AddDocuments = Command<
  'AddDocuments',
  {
    documents: { documentId: string; kind: string; fileName: string }[];
    /** Set when the documents answer an officer's information request. */
    informationRequestId?: string;
    now: string;
  }
>;

export type WithdrawApplication = Command<'WithdrawApplication', { reason?: string; now: string }>;

// Reactions to the decision service's events, issued by the integration layer with input already validated
// against the contract; `now` is the decision event's business time. Each is idempotent under redelivery.

export type RecordCaseOpened = Command<'RecordCaseOpened', { caseId: string; now: string }>;

export type RecordInformationRequested = Command<
  'RecordInformationRequested',
  { caseId: string; requestId: string; items: RequestedItem[]; dueDate: string; now: string }
>;

export type RecordApproval = Command<
  'RecordApproval',
  {
    caseId: string;
    outcome: ApprovalOutcome;
    validFrom: string;
    validUntil: string;
    conditions: PermitConditions;
    now: string;
  }
>;

export type RecordRefusal = Command<
  'RecordRefusal',
  { caseId: string; reasons: RefusalReason[]; now: string }
>;

export type RecordPortOfEntryOutcome = Command<
  'RecordPortOfEntryOutcome',
  { caseId: string; outcome: PortOfEntryOutcome; now: string }
>;

export type ApplicationCommand =
  | SubmitApplication
  | AddDocuments
  | WithdrawApplication
  | RecordCaseOpened
  | RecordInformationRequested
  | RecordApproval
  | RecordRefusal
  | RecordPortOfEntryOutcome;
