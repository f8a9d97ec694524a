import { IllegalStateError, InvalidInputError, NotFoundError } from '@imp/domain-kernel';
import { specification } from '@imp/testing';
import { offerDecider } from './offer.decider';
import { history, now, withdraw, withdrawn } from './testing/offer.fixtures';

const spec = specification(offerDecider);

describe('WithdrawOffer', () => {
  it.each(['DRAFT', 'FEE_PAID', 'FEE_EXEMPT'] as const)(
    'withdraws a %s offer, which has no number yet',
    (status) => {
      spec
        .given(...history[status])
        .when(withdraw())
        .then(withdrawn(false));
    },
  );

  it('withdraws a submitted offer, naming its number so an open case can be flagged', () => {
    spec
      .given(...history.SUBMITTED)
      .when(withdraw())
      .then(withdrawn(true));
  });

  it('makes the offer WITHDRAWN and keeps what it had', () => {
    spec
      .given(...history.SUBMITTED)
      .when(withdraw())
      .thenState((state) =>
        expect(state).toMatchObject({
          status: 'WITHDRAWN',
          fee: { status: 'PAID' },
          submission: { offerNumber: 'A1234567' },
          withdrawal: { reason: 'Candidate declined the offer', withdrawnAt: now },
        }),
      );
  });

  it('requires a reason', () => {
    const error = spec
      .given(...history.DRAFT)
      .when(withdraw(' '))
      .thenFails(InvalidInputError, { code: 'offer.invalid-input' });
    expect(error.fieldErrors).toEqual({ reason: ['is required'] });
  });

  it('refuses to withdraw twice', () => {
    spec
      .given(...history.WITHDRAWN)
      .when(withdraw())
      .thenFails(IllegalStateError, { code: 'offer.withdrawn' });
  });

  it('refuses to withdraw an offer a decision has used up', () => {
    spec
      .given(...history.CONSUMED)
      .when(withdraw())
      .thenFails(IllegalStateError, { code: 'offer.consumed' });
  });

  it('refuses an offer that was never drafted', () => {
    spec.given().when(withdraw()).thenFails(NotFoundError, { code: 'offer.not-found' });
  });
});
