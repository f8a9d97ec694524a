export * from './employer.commands';
export * from './employer.decider';
export * from './employer.errors';
export * from './employer.events';
export * from './employer.state';
export { isEligibleAt } from './employer-eligibility';
export {
  BUSINESS_TYPES,
  LOCKED_FIELDS,
  type BusinessType,
  type Contact,
  type EmployerContactDetails,
  type EmployerProfile,
  type LockedField,
} from './employer-profile';
export { PROVINCES, type Province } from '@imp/domain-kernel';
export type { Address } from './canadian-address';
export {
  BAN_YEARS,
  INELIGIBILITY_REASONS,
  type BanDuration,
  type BanYears,
  type Ineligibility,
  type IneligibilityDeclaration,
  type IneligibilityReason,
  type PermanentBan,
  type TimeLimitedBan,
  type UnpaidPenalty,
} from './ineligibility';
export type { FieldErrors } from '@imp/domain-kernel';
