import { specifyContracts } from '../testing/contract-cases';
import {
  employerDeclaredIneligibleV1,
  employerDetailsUpdatedV1,
  employerEnrolledV1,
  employerReinstatedV1,
} from '../testing/samples';
import { Topics } from '../topics';
import { EmployerDeclaredIneligibleV1 } from './employer-declared-ineligible.v1';
import { EmployerDetailsUpdatedV1 } from './employer-details-updated.v1';
import { EmployerEnrolledV1 } from './employer-enrolled.v1';
import { EmployerReinstatedV1 } from './employer-reinstated.v1';

const { province: _province, ...enrolledWithoutProvince } = employerEnrolledV1;

describe(`contracts on ${Topics.employer}`, () => {
  specifyContracts(Topics.employer, {
    valid: [
      {
        contract: EmployerEnrolledV1,
        variant: 'an employer with no province',
        data: enrolledWithoutProvince,
      },
      {
        contract: EmployerDeclaredIneligibleV1,
        variant: 'an unpaid penalty with no end date',
        data: { ...employerDeclaredIneligibleV1, reason: 'UNPAID_PENALTY', until: null },
      },
      {
        contract: EmployerDeclaredIneligibleV1,
        variant: 'a permanent ban',
        data: { ...employerDeclaredIneligibleV1, until: null, permanent: true },
      },
    ],
    invalid: [
      {
        contract: EmployerEnrolledV1,
        data: { ...employerEnrolledV1, businessNumber: '12345678' },
        reason: 'EmployerEnrolled v1: data.businessNumber must match /^\\d{9}$/',
      },
      {
        contract: EmployerEnrolledV1,
        data: { ...employerEnrolledV1, province: null },
        reason:
          'EmployerEnrolled v1: data.province must be one of the following values: ' +
          'AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK, YT',
      },
      {
        contract: EmployerDetailsUpdatedV1,
        data: { ...employerDetailsUpdatedV1, changes: {} },
        reason: 'EmployerDetailsUpdated v1: data.changes must name at least one changed field',
      },
      {
        contract: EmployerDetailsUpdatedV1,
        data: { ...employerDetailsUpdatedV1, changes: { legalName: 'Renamed Inc.' } },
        reason: 'EmployerDetailsUpdated v1: data.changes.legalName should not exist',
      },
      {
        contract: EmployerDeclaredIneligibleV1,
        data: { ...employerDeclaredIneligibleV1, until: null },
        reason: 'EmployerDeclaredIneligible v1: data.reason BAN needs an until date unless permanent',
      },
      {
        contract: EmployerDeclaredIneligibleV1,
        data: { ...employerDeclaredIneligibleV1, permanent: true },
        reason: 'EmployerDeclaredIneligible v1: data.permanent is only allowed for a BAN with no until date',
      },
      {
        contract: EmployerDeclaredIneligibleV1,
        data: { ...employerDeclaredIneligibleV1, until: '2025-01-01' },
        reason: 'EmployerDeclaredIneligible v1: data.until must be after effectiveFrom',
      },
      {
        contract: EmployerDeclaredIneligibleV1,
        data: { ...employerDeclaredIneligibleV1, until: '2020-13-01' },
        reason: 'EmployerDeclaredIneligible v1: data.until must be a date as YYYY-MM-DD',
      },
      {
        contract: EmployerReinstatedV1,
        data: { ...employerReinstatedV1, reinstatedAt: '2027-06-01' },
        reason: 'EmployerReinstated v1: data.reinstatedAt must be an ISO-8601 timestamp with a time zone',
      },
    ],
  });
});
