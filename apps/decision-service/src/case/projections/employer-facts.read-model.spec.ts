import {
  type EmployerRecord,
  employerFactsAt,
  type RecordedIneligibility,
} from './employer-facts.read-model';

const evidence = { streamId: 'employer-3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e01', revision: 2 };
const receivedAt = '2025-06-10T23:30:00Z';

const ban: RecordedIneligibility = {
  reason: 'BAN',
  reference: 'BAN-2025-0042',
  effectiveFrom: '2025-06-01',
  until: '2027-06-01',
  permanent: false,
};

const employer = (...ineligibilities: RecordedIneligibility[]): EmployerRecord => ({
  employerId: '3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e01',
  legalName: 'Maple Robotics Inc.',
  ineligibilities,
  evidence,
});

const eligibleAtApplication = (record: EmployerRecord) =>
  employerFactsAt(record, receivedAt).eligibleAtApplication;

describe('An employer judged on the day the application was received', () => {
  it('is eligible with nothing on its record, with the record as evidence', () => {
    expect(employerFactsAt(employer(), receivedAt)).toEqual({
      employerId: '3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e01',
      legalName: 'Maple Robotics Inc.',
      eligibleAtApplication: true,
      evidence,
    });
  });

  it('is ineligible during a ban, and says which one', () => {
    expect(employerFactsAt(employer(ban), receivedAt)).toMatchObject({
      eligibleAtApplication: false,
      ineligibility: { reason: 'BAN', reference: 'BAN-2025-0042', until: '2027-06-01' },
    });
  });

  it('counts the UTC calendar day of receipt, from effectiveFrom up to the day before until', () => {
    expect(eligibleAtApplication(employer({ ...ban, effectiveFrom: '2025-06-10' }))).toBe(false);
    expect(eligibleAtApplication(employer({ ...ban, effectiveFrom: '2025-06-11' }))).toBe(true);
    expect(
      eligibleAtApplication(employer({ ...ban, effectiveFrom: '2020-06-10', until: '2025-06-10' })),
    ).toBe(true);
    expect(
      eligibleAtApplication(employer({ ...ban, effectiveFrom: '2020-06-10', until: '2025-06-11' })),
    ).toBe(false);
  });

  it('is ineligible under a permanent ban or an unpaid penalty, which have no end date', () => {
    expect(eligibleAtApplication(employer({ ...ban, until: null, permanent: true }))).toBe(false);
    expect(eligibleAtApplication(employer({ ...ban, reason: 'UNPAID_PENALTY', until: null }))).toBe(false);
  });

  it('is eligible again from the day a reinstatement lifted the ineligibility, not before', () => {
    const penalty = { ...ban, reason: 'UNPAID_PENALTY', until: null };
    expect(eligibleAtApplication(employer({ ...penalty, liftedAt: '2025-06-10T08:00:00Z' }))).toBe(true);
    expect(eligibleAtApplication(employer({ ...penalty, liftedAt: '2025-06-11T08:00:00Z' }))).toBe(false);
  });
});
