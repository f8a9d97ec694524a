import {
  BusinessRuleError,
  IllegalStateError,
  InvalidInputError,
  NotFoundError,
  describeFieldErrors,
  type FieldErrors,
} from '@imp/domain-kernel';
import { COMPLIANCE_FEE } from './compliance-fee';
import type { OfferStatus } from './offer.state';

export const invalidOfferInput = (fieldErrors: FieldErrors) =>
  new InvalidInputError(
    'offer.invalid-input',
    `Invalid offer input: ${describeFieldErrors(fieldErrors)}`,
    fieldErrors,
  );

export const offerNotFound = () =>
  new NotFoundError('offer.not-found', 'No offer has been drafted under this id');

export const offerAlreadyDrafted = () =>
  new IllegalStateError('offer.already-drafted', 'This offer is already drafted');

export const offerNotDraft = (status: OfferStatus) =>
  new IllegalStateError(
    'offer.not-draft',
    `Only a DRAFT offer can be changed or have its fee settled; this one is ${status}`,
  );

export const offerAlreadySubmitted = (offerNumber: string) =>
  new IllegalStateError('offer.already-submitted', `The offer was already submitted as ${offerNumber}`);

export const offerNotSubmitted = (status: OfferStatus) =>
  new IllegalStateError('offer.not-submitted', `The offer has not been submitted; it is ${status}`);

export const offerWithdrawn = () => new IllegalStateError('offer.withdrawn', 'The offer was withdrawn');

export const offerConsumed = (offerNumber: string, applicationNumber: string) =>
  new IllegalStateError(
    'offer.consumed',
    `Offer ${offerNumber} was used up by the decision on application ${applicationNumber} and cannot be used again`,
  );

export const openPermitCode = (code: string) =>
  new BusinessRuleError(
    'offer.open-permit-code',
    `${code} is an open work permit code: open permits need no offer of employment`,
    { exemptionCode: ['is for open work permits, which need no offer of employment'] },
  );

export const feeAmountWrong = () =>
  new BusinessRuleError(
    'offer.fee-amount',
    `The employer compliance fee is exactly ${COMPLIANCE_FEE.amount} ${COMPLIANCE_FEE.currency}`,
    { amount: [`must be exactly ${COMPLIANCE_FEE.amount} ${COMPLIANCE_FEE.currency}`] },
  );

export const feeRequired = () =>
  new BusinessRuleError(
    'offer.fee-required',
    'Pay the employer compliance fee or claim an exemption before submitting the offer',
  );

export const employerUnknown = (employerId: string) =>
  new BusinessRuleError('offer.employer-unknown', `Employer ${employerId} is not enrolled`);

export const employerIneligible = (reason?: string) =>
  new BusinessRuleError(
    'offer.employer-ineligible',
    `The employer is not eligible to make offers${reason ? `: ${reason}` : ''}`,
  );

export const refundAfterApproval = () =>
  new BusinessRuleError(
    'offer.refund-after-approval',
    'The compliance fee is refunded only when the permit is refused, and this offer led to an approval',
  );
