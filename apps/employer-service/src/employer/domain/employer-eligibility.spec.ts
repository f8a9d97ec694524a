import { fold } from '@imp/domain-kernel';
import { employerDecider } from './employer.decider';
import type { EmployerEvent } from './employer.events';
import { isEligibleAt } from './employer-eligibility';
import {
  declaredIneligible,
  enrolled,
  permanentBan,
  reinstated,
  twoYearBan,
  unpaidPenalty,
} from './testing/employer.fixtures';

const given = (...events: EmployerEvent[]) => fold(employerDecider, events);

describe('isEligibleAt', () => {
  it('is false for an employer that never enrolled', () => {
    expect(isEligibleAt(given(), '2024-01-01')).toBe(false);
  });

  it('is true for an enrolled employer with a clean record', () => {
    expect(isEligibleAt(given(enrolled()), '2024-01-01')).toBe(true);
  });

  describe('with a two-year ban from 2024-03-01 until 2026-03-01', () => {
    const state = given(enrolled(), declaredIneligible(twoYearBan));

    it.each([
      ['2024-02-29', true],
      ['2024-03-01', false],
      ['2026-02-28', false],
      ['2026-03-01', true],
    ])('on %s is %s: the ban is over on `until` without a reinstatement', (day, eligible) => {
      expect(isEligibleAt(state, day)).toBe(eligible);
    });

    it('reads a timestamp as its UTC day', () => {
      expect(isEligibleAt(state, '2026-02-28T23:59:59.999Z')).toBe(false);
      expect(isEligibleAt(state, '2026-02-28T20:00:00-05:00')).toBe(true);
    });
  });

  it('is never true again after a permanent ban', () => {
    const state = given(enrolled(), declaredIneligible(permanentBan));
    expect(isEligibleAt(state, '2024-05-31')).toBe(true);
    expect(isEligibleAt(state, '2099-12-31')).toBe(false);
  });

  it('keeps an unpaid penalty in force until the reinstatement, and remembers it for earlier days', () => {
    const state = given(
      enrolled(),
      declaredIneligible(unpaidPenalty),
      reinstated('2024-07-01T12:00:00Z', ['AMP-2024-0042']),
    );
    expect(isEligibleAt(state, '2024-05-14')).toBe(true);
    expect(isEligibleAt(state, '2024-06-30')).toBe(false);
    expect(isEligibleAt(state, '2024-07-01')).toBe(true);
  });

  it('is false while a penalty stays unpaid after the ban beside it has run out', () => {
    const state = given(enrolled(), declaredIneligible(twoYearBan), declaredIneligible(unpaidPenalty));
    expect(isEligibleAt(state, '2026-03-01')).toBe(false);
  });

  it('lets a reinstatement end a ban before its time', () => {
    const state = given(
      enrolled(),
      declaredIneligible(twoYearBan),
      reinstated('2025-01-10T09:00:00Z', ['BAN-2024-017']),
    );
    expect(isEligibleAt(state, '2025-01-09')).toBe(false);
    expect(isEligibleAt(state, '2025-01-10')).toBe(true);
  });
});
