import {
  BusinessRuleError,
  IllegalStateError,
  InvalidInputError,
  NotFoundError,
  describeFieldErrors,
  type FieldErrors,
} from '@imp/domain-kernel';
import type { EmployerStatus } from './employer.state';
import type { LockedField } from './employer-profile';

export const invalidEmployerInput = (fieldErrors: FieldErrors) =>
  new InvalidInputError(
    'employer.invalid-input',
    `Invalid employer input: ${describeFieldErrors(fieldErrors)}`,
    fieldErrors,
  );

export const employerNotFound = () =>
  new NotFoundError('employer.not-found', 'No employer is enrolled under this id');

export const employerAlreadyEnrolled = () =>
  new IllegalStateError('employer.already-enrolled', 'This employer is already enrolled');

export const lockedFieldsChanged = (fields: LockedField[]) =>
  new BusinessRuleError(
    'employer.locked-field',
    `${fields.join(', ')} cannot change after enrolment`,
    Object.fromEntries(fields.map((field) => [field, ['cannot change after enrolment']])),
  );

export const ineligibilityAlreadyDeclared = (reference: string) =>
  new IllegalStateError(
    'employer.ineligibility-already-declared',
    `An ineligibility with reference ${reference} is already on the employer's record`,
    { reference: ['is already on the record'] },
  );

export const employerNotIneligible = (status: EmployerStatus) =>
  new IllegalStateError(
    'employer.not-ineligible',
    `Only an ineligible employer can be reinstated; this one is ${status}`,
  );

export const employerPermanentlyBanned = () =>
  new BusinessRuleError('employer.permanently-banned', 'A permanently banned employer cannot be reinstated');

/** Raised by the application layer, which checks the BN against its read model before enrolling. */
export class DuplicateBusinessNumber extends IllegalStateError {
  constructor(businessNumber: string) {
    super('employer.business-number-taken', `Business number ${businessNumber} is already enrolled`, {
      businessNumber: ['is already enrolled'],
    });
  }
}
