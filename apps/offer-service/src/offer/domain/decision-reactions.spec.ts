import { BusinessRuleError, IllegalStateError, InvalidInputError, NotFoundError } from '@imp/domain-kernel';
import { specification } from '@imp/testing';
import { offerDecider } from './offer.decider';
import {
  applicationNumber,
  consumed,
  drafted,
  exemptionClaimed,
  feePaid,
  feeRefunded,
  history,
  markConsumed,
  now,
  refundFee,
  submitted,
  withdrawn,
} from './testing/offer.fixtures';

const spec = specification(offerDecider);

describe('MarkOfferConsumed', () => {
  it.each(['APPROVED', 'REFUSED'] as const)('uses up a submitted offer on a decision: %s', (decision) => {
    spec
      .given(...history.SUBMITTED)
      .when(markConsumed(decision))
      .then(consumed(decision));
  });

  it('makes the offer CONSUMED', () => {
    spec
      .given(...history.SUBMITTED)
      .when(markConsumed('APPROVED'))
      .thenState((state) =>
        expect(state).toMatchObject({
          status: 'CONSUMED',
          consumption: { applicationNumber, decision: 'APPROVED', decidedAt: now },
        }),
      );
  });

  it('records nothing when the same decision arrives again', () => {
    spec
      .given(...history.CONSUMED)
      .when(markConsumed())
      .then();
  });

  it('refuses a decision on another application: the number cannot be used again', () => {
    spec
      .given(...history.CONSUMED)
      .when(markConsumed('APPROVED', 'W000000001'))
      .thenFails(IllegalStateError, { code: 'offer.consumed', message: /W993830598/ });
  });

  it('refuses a bad application number or decision', () => {
    const error = spec
      .given(...history.SUBMITTED)
      .when(markConsumed('MAYBE', '993830598'))
      .thenFails(InvalidInputError, { code: 'offer.invalid-input' });
    expect(error.fieldErrors).toEqual({
      applicationNumber: ['must be a letter followed by 9 digits'],
      decision: ['must be one of APPROVED, REFUSED'],
    });
  });

  it.each(['DRAFT', 'FEE_PAID', 'FEE_EXEMPT'] as const)(
    'refuses a %s offer, which no application can quote',
    (status) => {
      spec
        .given(...history[status])
        .when(markConsumed())
        .thenFails(IllegalStateError, { code: 'offer.not-submitted' });
    },
  );

  it('refuses a withdrawn offer', () => {
    spec
      .given(...history.WITHDRAWN)
      .when(markConsumed())
      .thenFails(IllegalStateError, { code: 'offer.withdrawn' });
  });

  it('refuses an offer that was never drafted', () => {
    spec.given().when(markConsumed()).thenFails(NotFoundError, { code: 'offer.not-found' });
  });
});

describe('RefundComplianceFee', () => {
  it('refunds the paid fee after a refusal', () => {
    spec
      .given(...history.CONSUMED)
      .when(refundFee())
      .then(feeRefunded());
  });

  it('refunds before the consumption arrives: the two reactions may come in either order', () => {
    spec
      .given(...history.SUBMITTED)
      .when(refundFee())
      .then(feeRefunded());
  });

  it('flags the refund beside the status', () => {
    spec
      .given(...history.CONSUMED)
      .when(refundFee())
      .thenState((state) =>
        expect(state).toMatchObject({ status: 'CONSUMED', refund: { applicationNumber, refundedAt: now } }),
      );
  });

  it('refunds an offer withdrawn after it was submitted', () => {
    spec
      .given(...history.WITHDRAWN)
      .when(refundFee())
      .then(feeRefunded());
  });

  it('refunds once only', () => {
    spec
      .given(...history.CONSUMED, feeRefunded())
      .when(refundFee())
      .then();
  });

  it('has nothing to refund when the fee was exempted', () => {
    spec
      .given(
        drafted(),
        exemptionClaimed(),
        submitted({ status: 'EXEMPT', reason: 'R315.1', claimedAt: now }),
        consumed(),
      )
      .when(refundFee())
      .then();
  });

  it('refuses after an approval: the fee comes back only on a refusal', () => {
    spec
      .given(...history.SUBMITTED, consumed('APPROVED'))
      .when(refundFee())
      .thenFails(BusinessRuleError, { code: 'offer.refund-after-approval' });
  });

  it('refuses a bad application number', () => {
    spec
      .given(...history.CONSUMED)
      .when(refundFee('nope'))
      .thenFails(InvalidInputError, { code: 'offer.invalid-input' });
  });

  it.each(['DRAFT', 'FEE_PAID', 'FEE_EXEMPT'] as const)(
    'refuses a %s offer, which no decision can be about',
    (status) => {
      spec
        .given(...history[status])
        .when(refundFee())
        .thenFails(IllegalStateError, { code: 'offer.not-submitted' });
    },
  );

  it('refuses an offer withdrawn before it was submitted', () => {
    spec
      .given(drafted(), feePaid(), withdrawn(false))
      .when(refundFee())
      .thenFails(IllegalStateError, { code: 'offer.not-submitted' });
  });

  it('refuses an offer that was never drafted', () => {
    spec.given().when(refundFee()).thenFails(NotFoundError, { code: 'offer.not-found' });
  });
});
