import { BusinessRuleError, IllegalStateError, InvalidInputError, NotFoundError } from '@imp/domain-kernel';
import { specification } from '@imp/testing';
import { offerDecider } from './offer.decider';
import { drafted, draftUpdated, history, offer, updateDraft } from './testing/offer.fixtures';

const spec = specification(offerDecider);

describe('UpdateOfferDraft', () => {
  it('records the changed part of the job, whole, with the rest of the job kept', () => {
    spec
      .given(drafted())
      .when(updateDraft({ job: { hoursPerWeek: 40, wage: { amount: 55, currency: 'CAD', unit: 'HOUR' } } }))
      .then(
        draftUpdated({
          job: { ...offer.job, hoursPerWeek: 40, wage: { amount: 55, currency: 'CAD', unit: 'HOUR' } },
        }),
      );
  });

  it('records a candidate correction, normalised', () => {
    spec
      .given(drafted())
      .when(updateDraft({ candidate: { passportNumber: 'b7654321' } }))
      .then(draftUpdated({ candidate: { ...offer.candidate, passportNumber: 'B7654321' } }));
  });

  it('records a new exemption code', () => {
    spec
      .given(drafted())
      .when(updateDraft({ exemptionCode: 't36' }))
      .then(draftUpdated({ exemptionCode: 'T36' }));
  });

  it('applies the changes to the draft', () => {
    spec
      .given(drafted())
      .when(updateDraft({ exemptionCode: 'C11', job: { title: 'Lead robotics engineer' } }))
      .thenState((state) =>
        expect(state).toEqual({
          status: 'DRAFT',
          offer: { ...offer, exemptionCode: 'C11', job: { ...offer.job, title: 'Lead robotics engineer' } },
        }),
      );
  });

  it('clears an optional field given as null', () => {
    const job = { ...offer.job };
    delete job.benefits;
    spec
      .given(drafted())
      .when(updateDraft({ job: { benefits: null } }))
      .then(draftUpdated({ job }));
  });

  it('records nothing when every value is the same once normalised', () => {
    spec
      .given(drafted())
      .when(
        updateDraft({
          exemptionCode: 'c10',
          job: { title: ' Robotics engineer' },
          candidate: { citizenship: 'nga' },
        }),
      )
      .then();
  });

  it('records nothing for an empty update', () => {
    spec.given(drafted()).when(updateDraft({})).then();
  });

  it('validates the result as a draft, keyed by path', () => {
    const error = spec
      .given(drafted())
      .when(updateDraft({ job: { nocCode: '2131', workLocations: [] }, candidate: { familyName: null } }))
      .thenFails(InvalidInputError, { code: 'offer.invalid-input' });
    expect(Object.keys(error.fieldErrors)).toEqual([
      'job.nocCode',
      'job.workLocations',
      'candidate.familyName',
    ]);
  });

  it('refuses a retired exemption code, naming its replacement', () => {
    spec
      .given(drafted())
      .when(updateDraft({ exemptionCode: 'T24' }))
      .thenFails(InvalidInputError, { message: /use T37 or T38/ });
  });

  it('refuses an open-permit exemption code', () => {
    spec
      .given(drafted())
      .when(updateDraft({ exemptionCode: 'C43' }))
      .thenFails(BusinessRuleError, { code: 'offer.open-permit-code' });
  });

  it.each(['FEE_PAID', 'FEE_EXEMPT', 'SUBMITTED', 'WITHDRAWN', 'CONSUMED'] as const)(
    'refuses to change a %s offer',
    (status) => {
      spec
        .given(...history[status])
        .when(updateDraft({ job: { hoursPerWeek: 40 } }))
        .thenFails(IllegalStateError, {
          code: 'offer.not-draft',
          message: new RegExp(`this one is ${status}$`),
        });
    },
  );

  it('refuses an offer that was never drafted', () => {
    spec
      .given()
      .when(updateDraft({ exemptionCode: 'C10' }))
      .thenFails(NotFoundError, { code: 'offer.not-found' });
  });
});
