import { BusinessRuleError, IllegalStateError, InvalidInputError, NotFoundError } from '@imp/domain-kernel';
import { specification } from '@imp/testing';
import { offerDecider } from './offer.decider';
import {
  claimExemption,
  drafted,
  exemptionClaimed,
  feeExemption,
  feePaid,
  history,
  offer,
  paidFee,
  payFee,
} from './testing/offer.fixtures';

const spec = specification(offerDecider);

describe('PayComplianceFee', () => {
  it('records a payment of exactly 230 CAD, paid at the business time of the command', () => {
    spec
      .given(drafted())
      .when(payFee({ paymentReference: ' PAY-7781 ' }))
      .then(feePaid());
  });

  it('makes the offer FEE_PAID', () => {
    spec
      .given(drafted())
      .when(payFee())
      .thenState((state) => expect(state).toEqual({ status: 'FEE_PAID', offer, fee: paidFee }));
  });

  it.each([
    [229.99, 'CAD'],
    [230.01, 'CAD'],
    [231, 'CAD'],
    [0, 'CAD'],
    [100, 'CAD'],
    [230, 'USD'],
    [230, 'cad'],
  ])('refuses %p %s: the fee is exactly 230 CAD', (amount, currency) => {
    const error = spec
      .given(drafted())
      .when(payFee({ amount, currency }))
      .thenFails(BusinessRuleError, { code: 'offer.fee-amount', message: /exactly 230 CAD/ });
    expect(error.fieldErrors).toEqual({ amount: ['must be exactly 230 CAD'] });
  });

  it('requires a payment reference', () => {
    const error = spec
      .given(drafted())
      .when(payFee({ paymentReference: '  ' }))
      .thenFails(InvalidInputError, { code: 'offer.invalid-input' });
    expect(error.fieldErrors).toEqual({ paymentReference: ['is required'] });
  });

  it.each(['FEE_PAID', 'FEE_EXEMPT', 'SUBMITTED', 'WITHDRAWN', 'CONSUMED'] as const)(
    'refuses to take the fee for a %s offer',
    (status) => {
      spec
        .given(...history[status])
        .when(payFee())
        .thenFails(IllegalStateError, { code: 'offer.not-draft' });
    },
  );

  it('refuses an offer that was never drafted', () => {
    spec.given().when(payFee()).thenFails(NotFoundError, { code: 'offer.not-found' });
  });
});

describe('ClaimFeeExemption', () => {
  it('records the exemption with its reason and time', () => {
    spec
      .given(drafted())
      .when(claimExemption(` ${feeExemption.reason} `))
      .then(exemptionClaimed());
  });

  it('makes the offer FEE_EXEMPT', () => {
    spec
      .given(drafted())
      .when(claimExemption())
      .thenState((state) => expect(state).toEqual({ status: 'FEE_EXEMPT', offer, fee: feeExemption }));
  });

  it('requires a reason', () => {
    const error = spec
      .given(drafted())
      .when(claimExemption(''))
      .thenFails(InvalidInputError, { code: 'offer.invalid-input' });
    expect(error.fieldErrors).toEqual({ reason: ['is required'] });
  });

  it.each(['FEE_PAID', 'FEE_EXEMPT', 'SUBMITTED', 'WITHDRAWN', 'CONSUMED'] as const)(
    'refuses to exempt a %s offer',
    (status) => {
      spec
        .given(...history[status])
        .when(claimExemption())
        .thenFails(IllegalStateError, { code: 'offer.not-draft' });
    },
  );

  it('refuses an offer that was never drafted', () => {
    spec.given().when(claimExemption()).thenFails(NotFoundError, { code: 'offer.not-found' });
  });
});
