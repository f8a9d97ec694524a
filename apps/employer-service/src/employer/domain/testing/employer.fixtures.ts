import type {
  DeclareEmployerIneligible,
  EnrolEmployer,
  ReinstateEmployer,
  UpdateEmployerDetails,
} from '../employer.commands';
import type {
  EmployerDeclaredIneligible,
  EmployerDetailsUpdated,
  EmployerEnrolled,
  EmployerReinstated,
} from '../employer.events';
import type { EmployerProfile } from '../employer-profile';
import type { IneligibilityDeclaration } from '../ineligibility';

export const employerId = '6f1c2a7e-3b1d-4e8a-9c55-0d2f4b7a1e90';

/** As a person types it: spacing, case and punctuation all over the place. */
export const enrolmentInput: EnrolEmployer['data'] = {
  employerId,
  businessNumber: ' 123456789 ',
  legalName: ' Maple Robotics Inc. ',
  operatingName: 'Maple Robotics',
  businessType: 'CORPORATION',
  physicalAddress: {
    line1: '100 Queen St',
    line2: 'Suite 400',
    city: 'Ottawa',
    province: 'on',
    postalCode: 'k1a0b1',
  },
  mailingAddress: { line1: 'PO Box 12', city: 'Ottawa', province: 'ON', postalCode: 'K1P  5G4' },
  phone: '(613) 555-0100',
  email: 'Hiring@Maple-Robotics.CA',
  primaryContact: {
    name: 'Ada Tremblay',
    email: 'ada@maple-robotics.ca',
    phone: '613.555.0101',
    title: 'HR lead',
  },
};

export const profile: EmployerProfile = {
  employerId,
  businessNumber: '123456789',
  legalName: 'Maple Robotics Inc.',
  operatingName: 'Maple Robotics',
  businessType: 'CORPORATION',
  physicalAddress: {
    line1: '100 Queen St',
    line2: 'Suite 400',
    city: 'Ottawa',
    province: 'ON',
    postalCode: 'K1A 0B1',
  },
  mailingAddress: { line1: 'PO Box 12', city: 'Ottawa', province: 'ON', postalCode: 'K1P 5G4' },
  phone: '+16135550100',
  email: 'Hiring@maple-robotics.ca',
  primaryContact: {
    name: 'Ada Tremblay',
    email: 'ada@maple-robotics.ca',
    phone: '+16135550101',
    title: 'HR lead',
  },
};

export const enrol = (overrides: Partial<EnrolEmployer['data']> = {}): EnrolEmployer => ({
  type: 'EnrolEmployer',
  data: { ...enrolmentInput, ...overrides },
});

export const enrolled = (overrides: Partial<EmployerProfile> = {}): EmployerEnrolled => ({
  type: 'EmployerEnrolled',
  data: { ...profile, ...overrides },
});

export const updateDetails = (data: UpdateEmployerDetails['data']): UpdateEmployerDetails => ({
  type: 'UpdateEmployerDetails',
  data,
});

export const detailsUpdated = (
  changes: EmployerDetailsUpdated['data']['changes'],
): EmployerDetailsUpdated => ({
  type: 'EmployerDetailsUpdated',
  data: { employerId, changes },
});

export const declareIneligible = (data: DeclareEmployerIneligible['data']): DeclareEmployerIneligible => ({
  type: 'DeclareEmployerIneligible',
  data,
});

export const declaredIneligible = (ineligibility: IneligibilityDeclaration): EmployerDeclaredIneligible => ({
  type: 'EmployerDeclaredIneligible',
  data: { employerId, ineligibility },
});

export const twoYearBan: IneligibilityDeclaration = {
  reason: 'BAN',
  duration: { years: 2 },
  reference: 'BAN-2024-017',
  effectiveFrom: '2024-03-01',
  until: '2026-03-01',
};

export const permanentBan: IneligibilityDeclaration = {
  reason: 'BAN',
  duration: 'PERMANENT',
  reference: 'BAN-2024-099',
  effectiveFrom: '2024-06-01',
};

export const unpaidPenalty: IneligibilityDeclaration = {
  reason: 'UNPAID_PENALTY',
  reference: 'AMP-2024-0042',
  effectiveFrom: '2024-05-15',
  notes: '$15,000 AMP unpaid after 30 days',
};

export const reinstate = (data: ReinstateEmployer['data']): ReinstateEmployer => ({
  type: 'ReinstateEmployer',
  data,
});

export const reinstated = (
  reinstatedAt: string,
  liftedReferences: string[],
  reason = 'Penalty paid in full',
): EmployerReinstated => ({
  type: 'EmployerReinstated',
  data: { employerId, reason, reinstatedAt, liftedReferences },
});
