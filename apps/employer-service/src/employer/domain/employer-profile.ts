import { businessNumber } from './business-number';
import { address, type Address } from './canadian-address';
import { emailAddress } from './email-address';
import { phoneNumber } from './phone-number';
import {
  object,
  oneOf,
  optional,
  optionalTextOfAnyLength,
  requiredTextOfAnyLength,
  type Validated,
} from '@imp/domain-kernel';

export const BUSINESS_TYPES = [
  'CORPORATION',
  'SOLE_PROPRIETORSHIP',
  'PARTNERSHIP',
  'NON_PROFIT',
  'OTHER',
] as const;
export type BusinessType = (typeof BUSINESS_TYPES)[number];

export interface Contact {
  name: string;
  email: string;
  phone: string;
  title?: string;
}

/** What the employer may change after enrolment. */
export interface EmployerContactDetails {
  physicalAddress: Address;
  mailingAddress: Address;
  phone: string;
  email: string;
  primaryContact: Contact;
}

export interface EmployerProfile extends EmployerContactDetails {
  employerId: string;
  businessNumber: string;
  legalName: string;
  operatingName: string;
  businessType: BusinessType;
}

/** Fixed at enrolment: the portal identifies the employer by them (domain.md §2). */
export const LOCKED_FIELDS = ['businessNumber', 'legalName', 'operatingName'] as const;
export type LockedField = (typeof LOCKED_FIELDS)[number];

export function contact(input: unknown): Validated<Contact> {
  return object(input, (c) => ({
    name: requiredTextOfAnyLength(c.name),
    email: emailAddress(c.email),
    phone: phoneNumber(c.phone),
    title: optionalTextOfAnyLength(c.title),
  }));
}

export function employerProfile(input: unknown): Validated<EmployerProfile> {
  return object(input, (p) => ({
    employerId: requiredTextOfAnyLength(p.employerId),
    businessNumber: businessNumber(p.businessNumber),
    legalName: requiredTextOfAnyLength(p.legalName),
    operatingName: requiredTextOfAnyLength(p.operatingName),
    businessType: oneOf(p.businessType, BUSINESS_TYPES),
    physicalAddress: address(p.physicalAddress),
    mailingAddress: address(p.mailingAddress),
    phone: phoneNumber(p.phone),
    email: emailAddress(p.email),
    primaryContact: contact(p.primaryContact),
  }));
}

/** Only the details the command carries; each one is checked as at enrolment. */
export function contactDetailChanges(input: unknown): Validated<Partial<EmployerContactDetails>> {
  return object(input, (p) => ({
    physicalAddress: optional(p.physicalAddress, address),
    mailingAddress: optional(p.mailingAddress, address),
    phone: optional(p.phone, phoneNumber),
    email: optional(p.email, emailAddress),
    primaryContact: optional(p.primaryContact, contact),
  }));
}

/** A locked field may be repeated unchanged, because forms send the whole profile back. */
export function changedLockedFields(
  input: Partial<Record<LockedField, unknown>>,
  profile: EmployerProfile,
): LockedField[] {
  return LOCKED_FIELDS.filter((field) => {
    const value = input[field];
    return value !== undefined && (typeof value !== 'string' || value.trim() !== profile[field]);
  });
}
