import type { IntegrationEventData } from '@imp/contracts';
import {
  type EmployerEvent,
  employerStatusOf,
  evolveKnownEmployer,
  type KnownEmployer,
  standingOn,
} from './employer-standing';

const employerId = '3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e01';

function event<T extends EmployerEvent['type']>(type: T, data: IntegrationEventData<T>): EmployerEvent {
  return { type, data } as EmployerEvent;
}

const enrolled = event('EmployerEnrolled', {
  employerId,
  businessNumber: '123456789',
  legalName: 'Maple Robotics Inc.',
  operatingName: 'Maple Robotics',
});
const penalty = event('EmployerDeclaredIneligible', {
  employerId,
  reason: 'UNPAID_PENALTY',
  reference: 'AMP-2026-0042',
  effectiveFrom: '2026-03-01',
  until: null,
  permanent: false,
});
const twoYearBan = event('EmployerDeclaredIneligible', {
  employerId,
  reason: 'BAN',
  reference: 'BAN-2026-0007',
  effectiveFrom: '2026-03-01',
  until: '2028-03-01',
  permanent: false,
});
const permanentBan = event('EmployerDeclaredIneligible', {
  employerId,
  reason: 'BAN',
  reference: 'BAN-2026-0008',
  effectiveFrom: '2026-03-01',
  until: null,
  permanent: true,
});
const reinstated = event('EmployerReinstated', { employerId, reinstatedAt: '2026-05-10T14:00:00Z' });

const known = (...events: EmployerEvent[]): KnownEmployer | undefined =>
  events.reduce<KnownEmployer | undefined>(evolveKnownEmployer, undefined);

describe('the employer standing the offer service keeps', () => {
  it('does not know an employer it has not seen enrolled', () => {
    expect(standingOn(known(), '2026-04-01T10:00:00Z')).toEqual({ known: false, eligible: false });
    expect(known(penalty)).toBeUndefined();
  });

  it('finds an enrolled employer with nothing on record eligible', () => {
    expect(standingOn(known(enrolled), '2026-04-01T10:00:00Z')).toEqual({ known: true, eligible: true });
    expect(employerStatusOf(known(enrolled)!)).toBe('ACTIVE');
  });

  it('holds an unpaid penalty against the employer from its first day until a reinstatement', () => {
    const employer = known(enrolled, penalty);

    expect(standingOn(employer, '2026-02-28T23:59:59Z').eligible).toBe(true);
    expect(standingOn(employer, '2026-03-01T00:00:00Z')).toEqual({
      known: true,
      eligible: false,
      reason: 'unpaid penalty AMP-2026-0042',
    });
    expect(standingOn(employer, '2030-01-01T00:00:00Z').eligible).toBe(false);
    expect(employerStatusOf(employer!)).toBe('INELIGIBLE');
  });

  it('lifts everything on record on the day of the reinstatement, not before', () => {
    const employer = known(enrolled, penalty, reinstated);

    expect(standingOn(employer, '2026-05-09T23:00:00Z').eligible).toBe(false);
    expect(standingOn(employer, '2026-05-10T08:00:00Z')).toEqual({ known: true, eligible: true });
    expect(employerStatusOf(employer!)).toBe('ACTIVE');
  });

  it('lets a time-limited ban run out on its until day', () => {
    const employer = known(enrolled, twoYearBan);

    expect(standingOn(employer, '2028-02-29T12:00:00Z')).toEqual({
      known: true,
      eligible: false,
      reason: 'banned until 2028-03-01 (BAN-2026-0007)',
    });
    expect(standingOn(employer, '2028-03-01T00:00:00Z').eligible).toBe(true);
  });

  it('never lets a permanent ban run out, and names every ineligibility in force', () => {
    const employer = known(enrolled, penalty, permanentBan);

    expect(standingOn(employer, '2090-01-01T00:00:00Z')).toEqual({
      known: true,
      eligible: false,
      reason: 'unpaid penalty AMP-2026-0042; permanently banned (BAN-2026-0008)',
    });
    expect(employerStatusOf(employer!)).toBe('PERMANENTLY_BANNED');
  });

  it('keeps a declaration made after a reinstatement in force', () => {
    const laterBan = {
      ...twoYearBan,
      data: { ...twoYearBan.data, effectiveFrom: '2026-06-01', until: '2028-06-01' },
    };
    const employer = known(enrolled, penalty, reinstated, laterBan as EmployerEvent);

    expect(standingOn(employer, '2026-06-02T00:00:00Z').eligible).toBe(false);
    expect(employer?.ineligibilities.map((i) => i.liftedAt)).toEqual(['2026-05-10T14:00:00Z', undefined]);
  });
});
