import { BusinessRuleError, IllegalStateError, InvalidInputError, NotFoundError } from '@imp/domain-kernel';
import { specification } from '@imp/testing';
import { offerDecider } from './offer.decider';
import {
  drafted,
  exemptionClaimed,
  feeExemption,
  feePaid,
  history,
  offer,
  paidFee,
  submit,
  submitted,
  submittedAt,
} from './testing/offer.fixtures';

const spec = specification(offerDecider);

describe('SubmitOffer', () => {
  it('submits a paid offer under its number, with the whole offer and when the fee was paid', () => {
    spec.given(drafted(), feePaid()).when(submit()).then(submitted(paidFee));
  });

  it('submits an exempt offer with the reason for the exemption', () => {
    spec.given(drafted(), exemptionClaimed()).when(submit()).then(submitted(feeExemption));
  });

  it('makes the offer SUBMITTED', () => {
    spec
      .given(drafted(), feePaid())
      .when(submit())
      .thenState((state) =>
        expect(state).toEqual({
          status: 'SUBMITTED',
          offer,
          fee: paidFee,
          submission: { offerNumber: 'A1234567', submittedAt },
        }),
      );
  });

  it('refuses a draft whose fee is neither paid nor exempted', () => {
    spec.given(drafted()).when(submit()).thenFails(BusinessRuleError, { code: 'offer.fee-required' });
  });

  it('refuses when the employer is not known to the offer service', () => {
    spec
      .given(drafted(), feePaid())
      .when(submit({ employer: { known: false, eligible: false } }))
      .thenFails(BusinessRuleError, { code: 'offer.employer-unknown' });
  });

  it('refuses when the employer is ineligible, saying why', () => {
    spec
      .given(drafted(), feePaid())
      .when(submit({ employer: { known: true, eligible: false, reason: 'banned until 2026-03-01' } }))
      .thenFails(BusinessRuleError, {
        code: 'offer.employer-ineligible',
        message: /banned until 2026-03-01/,
      });
  });

  it.each(['A123456', 'A12345678', 'B1234567', 'a1234567', ' A1234567', ''])(
    'refuses the offer number %p',
    (offerNumber) => {
      const error = spec
        .given(drafted(), feePaid())
        .when(submit({ offerNumber }))
        .thenFails(InvalidInputError, { code: 'offer.invalid-input' });
      expect(error.fieldErrors).toEqual({ offerNumber: ['must be "A" followed by 7 digits'] });
    },
  );

  it.each(['SUBMITTED', 'CONSUMED'] as const)('refuses to submit a %s offer again', (status) => {
    spec
      .given(...history[status])
      .when(submit({ offerNumber: 'A7654321' }))
      .thenFails(IllegalStateError, { code: 'offer.already-submitted', message: /A1234567/ });
  });

  it('refuses a withdrawn offer', () => {
    spec
      .given(...history.WITHDRAWN)
      .when(submit())
      .thenFails(IllegalStateError, { code: 'offer.withdrawn' });
  });

  it('refuses an offer that was never drafted', () => {
    spec.given().when(submit()).thenFails(NotFoundError, { code: 'offer.not-found' });
  });
});
