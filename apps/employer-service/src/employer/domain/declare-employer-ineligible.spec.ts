import { IllegalStateError, InvalidInputError, NotFoundError } from '@imp/domain-kernel';
import { specification } from '@imp/testing';
import { employerDecider } from './employer.decider';
import {
  declaredIneligible,
  declareIneligible,
  enrolled,
  permanentBan,
  reinstated,
  twoYearBan,
  unpaidPenalty,
} from './testing/employer.fixtures';

const spec = specification(employerDecider);

const ban = (years: number, effectiveFrom = '2024-03-01') =>
  declareIneligible({ reason: 'BAN', duration: { years }, reference: 'BAN-2024-017', effectiveFrom });

describe('DeclareEmployerIneligible', () => {
  it('records a time-limited ban with `until` = effectiveFrom + its years', () => {
    spec.given(enrolled()).when(ban(2)).then(declaredIneligible(twoYearBan));
  });

  it.each([
    [1, '2025-03-01'],
    [2, '2026-03-01'],
    [5, '2029-03-01'],
    [10, '2034-03-01'],
  ])('bans for %i year(s), until %s', (years, until) => {
    spec
      .given(enrolled())
      .when(ban(years))
      .thenState((state) =>
        expect(state).toMatchObject({ status: 'INELIGIBLE', ineligibilities: [{ until }] }),
      );
  });

  it('ends a ban that starts on 29 February on 1 March, never short of its years', () => {
    spec
      .given(enrolled())
      .when(ban(1, '2024-02-29'))
      .thenState((state) => expect(state).toMatchObject({ ineligibilities: [{ until: '2025-03-01' }] }));
  });

  it('records a permanent ban with no until, and the employer becomes PERMANENTLY_BANNED', () => {
    const command = declareIneligible({
      reason: 'BAN',
      duration: 'PERMANENT',
      reference: 'BAN-2024-099',
      effectiveFrom: '2024-06-01',
    });
    spec.given(enrolled()).when(command).then(declaredIneligible(permanentBan));
    spec
      .given(enrolled())
      .when(command)
      .thenState((state) => expect(state.status).toBe('PERMANENTLY_BANNED'));
  });

  it('records an unpaid penalty with its reference and notes', () => {
    spec
      .given(enrolled())
      .when(
        declareIneligible({
          reason: 'UNPAID_PENALTY',
          reference: ' AMP-2024-0042 ',
          effectiveFrom: '2024-05-15',
          notes: '$15,000 AMP unpaid after 30 days',
        }),
      )
      .then(declaredIneligible(unpaidPenalty));
  });

  it('stacks a new ineligibility on one already on the record', () => {
    spec
      .given(enrolled(), declaredIneligible(twoYearBan))
      .when(
        declareIneligible({
          reason: 'UNPAID_PENALTY',
          reference: 'AMP-2024-0042',
          effectiveFrom: '2024-05-15',
        }),
      )
      .thenState((state) =>
        expect(state).toMatchObject({
          status: 'INELIGIBLE',
          ineligibilities: [{ reference: 'BAN-2024-017' }, { reference: 'AMP-2024-0042' }],
        }),
      );
  });

  it('keeps a permanently banned employer PERMANENTLY_BANNED when a penalty is added', () => {
    spec
      .given(enrolled(), declaredIneligible(permanentBan))
      .when(
        declareIneligible({
          reason: 'UNPAID_PENALTY',
          reference: 'AMP-2024-0042',
          effectiveFrom: '2024-05-15',
        }),
      )
      .thenState((state) => expect(state.status).toBe('PERMANENTLY_BANNED'));
  });

  it('refuses a reference that is already on the record, even once lifted', () => {
    spec
      .given(
        enrolled(),
        declaredIneligible(unpaidPenalty),
        reinstated('2024-07-01T12:00:00Z', ['AMP-2024-0042']),
      )
      .when(
        declareIneligible({
          reason: 'UNPAID_PENALTY',
          reference: 'AMP-2024-0042',
          effectiveFrom: '2024-08-01',
        }),
      )
      .thenFails(IllegalStateError, { code: 'employer.ineligibility-already-declared' });
  });

  it.each([3, 0, undefined])('refuses a ban of %s years', (years) => {
    const error = spec
      .given(enrolled())
      .when(ban(years as number))
      .thenFails(InvalidInputError, { code: 'employer.invalid-input' });
    expect(error.fieldErrors).toEqual({ duration: ['must be PERMANENT or { years: 1 | 2 | 5 | 10 }'] });
  });

  it('requires a duration for a ban', () => {
    const error = spec
      .given(enrolled())
      .when(declareIneligible({ reason: 'BAN', reference: 'BAN-1', effectiveFrom: '2024-03-01' }))
      .thenFails(InvalidInputError);
    expect(Object.keys(error.fieldErrors)).toEqual(['duration']);
  });

  it('refuses a duration on an unpaid penalty, which lasts until paid', () => {
    const error = spec
      .given(enrolled())
      .when(
        declareIneligible({
          reason: 'UNPAID_PENALTY',
          duration: { years: 1 },
          reference: 'AMP-1',
          effectiveFrom: '2024-03-01',
        }),
      )
      .thenFails(InvalidInputError);
    expect(error.fieldErrors).toEqual({ duration: ['applies only to a ban'] });
  });

  it('refuses an unknown reason, a missing reference and an impossible date together', () => {
    const error = spec
      .given(enrolled())
      .when(declareIneligible({ reason: 'WARNING', reference: ' ', effectiveFrom: '2023-02-30' }))
      .thenFails(InvalidInputError, { code: 'employer.invalid-input' });
    expect(error.fieldErrors).toEqual({
      reason: ['must be one of BAN, UNPAID_PENALTY'],
      reference: ['is required'],
      effectiveFrom: ['must be a date (YYYY-MM-DD)'],
    });
  });

  it('refuses an employer that has not enrolled', () => {
    spec.given().when(ban(1)).thenFails(NotFoundError, { code: 'employer.not-found' });
  });
});
