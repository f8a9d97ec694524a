import type { Command } from '@imp/domain-kernel';

/** Raw input: decide checks and normalises every value, so strings stand where the domain has a closed set. */
export interface AddressInput {
  line1: string;
  line2?: string;
  city: string;
  province: string;
  postalCode: string;
}

export interface ContactInput {
  name: string;
  email: string;
  phone: string;
  title?: string;
}

export type EnrolEmployer = Command<
  'EnrolEmployer',
  {
    employerId: string;
    businessNumber: string;
    legalName: string;
    operatingName: string;
    businessType: string;
    physicalAddress: AddressInput;
    mailingAddress: AddressInput;
    phone: string;
    email: string;
    primaryContact: ContactInput;
  }
>;

/** Absent fields stay as they are. The locked fields may be sent back unchanged but never changed. */
export type UpdateEmployerDetails = Command<
  'UpdateEmployerDetails',
  {
    physicalAddress?: AddressInput;
    mailingAddress?: AddressInput;
    phone?: string;
    email?: string;
    primaryContact?: ContactInput;
    businessNumber?: string;
    legalName?: string;
    operatingName?: string;
  }
>;

export type DeclareEmployerIneligible = Command<
  'DeclareEmployerIneligible',
  {
    reason: string;
    /** Bans only: `'PERMANENT'` or `{ years: 1 | 2 | 5 | 10 }`. */
    duration?: 'PERMANENT' | { years: number };
    reference: string;
    /** YYYY-MM-DD */
    effectiveFrom: string;
    notes?: string;
  }
>;

export type ReinstateEmployer = Command<'ReinstateEmployer', { reason: string; now: string }>;

export type EmployerCommand =
  EnrolEmployer | UpdateEmployerDetails | DeclareEmployerIneligible | ReinstateEmployer;
