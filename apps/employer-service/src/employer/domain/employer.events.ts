import type { DomainEvent } from '@imp/domain-kernel';
import type { EmployerContactDetails, EmployerProfile } from './employer-profile';
import type { IneligibilityDeclaration } from './ineligibility';

export type EmployerEnrolled = DomainEvent<'EmployerEnrolled', EmployerProfile>;

/** Carries only what changed, each with its whole new value. */
export type EmployerDetailsUpdated = DomainEvent<
  'EmployerDetailsUpdated',
  { employerId: string; changes: Partial<EmployerContactDetails> }
>;

export type EmployerDeclaredIneligible = DomainEvent<
  'EmployerDeclaredIneligible',
  { employerId: string; ineligibility: IneligibilityDeclaration }
>;

/** Lifts every ineligibility still on the record, named in `liftedReferences`. */
export type EmployerReinstated = DomainEvent<
  'EmployerReinstated',
  { employerId: string; reason: string; reinstatedAt: string; liftedReferences: string[] }
>;

export type EmployerEvent =
  EmployerEnrolled | EmployerDetailsUpdated | EmployerDeclaredIneligible | EmployerReinstated;
