import { BusinessRuleError, IllegalStateError, InvalidInputError, NotFoundError } from '@imp/domain-kernel';
import { specification } from '@imp/testing';
import { employerDecider } from './employer.decider';
import {
  declaredIneligible,
  enrolled,
  permanentBan,
  reinstate,
  reinstated,
  twoYearBan,
  unpaidPenalty,
} from './testing/employer.fixtures';

const spec = specification(employerDecider);
const now = '2024-07-01T12:00:00.000Z';

describe('ReinstateEmployer', () => {
  it('lifts every ineligibility on the record and makes the employer ACTIVE', () => {
    spec
      .given(enrolled(), declaredIneligible(twoYearBan), declaredIneligible(unpaidPenalty))
      .when(reinstate({ reason: ' Penalty paid in full ', now }))
      .then(reinstated(now, ['BAN-2024-017', 'AMP-2024-0042']));
    spec
      .given(enrolled(), declaredIneligible(twoYearBan), declaredIneligible(unpaidPenalty))
      .when(reinstate({ reason: 'Penalty paid in full', now }))
      .thenState((state) =>
        expect(state).toMatchObject({
          status: 'ACTIVE',
          ineligibilities: [{ liftedAt: now }, { liftedAt: now }],
        }),
      );
  });

  it('names only the ineligibilities a reinstatement lifts, not those lifted before', () => {
    spec
      .given(
        enrolled(),
        declaredIneligible(unpaidPenalty),
        reinstated('2024-06-01T00:00:00.000Z', ['AMP-2024-0042']),
        declaredIneligible(twoYearBan),
      )
      .when(reinstate({ reason: 'Ban set aside on judicial review', now }))
      .then(reinstated(now, ['BAN-2024-017'], 'Ban set aside on judicial review'));
  });

  it('refuses to reinstate a permanently banned employer', () => {
    spec
      .given(enrolled(), declaredIneligible(unpaidPenalty), declaredIneligible(permanentBan))
      .when(reinstate({ reason: 'Penalty paid', now }))
      .thenFails(BusinessRuleError, { code: 'employer.permanently-banned' });
  });

  it('refuses to reinstate an employer that is not ineligible', () => {
    spec
      .given(enrolled())
      .when(reinstate({ reason: 'Penalty paid', now }))
      .thenFails(IllegalStateError, { code: 'employer.not-ineligible', message: /this one is ACTIVE/ });
  });

  it('refuses a second reinstatement', () => {
    spec
      .given(enrolled(), declaredIneligible(unpaidPenalty), reinstated(now, ['AMP-2024-0042']))
      .when(reinstate({ reason: 'Penalty paid', now }))
      .thenFails(IllegalStateError, { code: 'employer.not-ineligible' });
  });

  it('requires a reason', () => {
    const error = spec
      .given(enrolled(), declaredIneligible(unpaidPenalty))
      .when(reinstate({ reason: '  ', now }))
      .thenFails(InvalidInputError, { code: 'employer.invalid-input' });
    expect(error.fieldErrors).toEqual({ reason: ['is required'] });
  });

  it('refuses an employer that has not enrolled', () => {
    spec
      .given()
      .when(reinstate({ reason: 'Paid', now }))
      .thenFails(NotFoundError, { code: 'employer.not-found' });
  });
});
