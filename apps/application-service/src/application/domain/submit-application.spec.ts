import { BusinessRuleError, IllegalStateError, InvalidInputError } from '@imp/domain-kernel';
import { specification } from '@imp/testing';
import { applicationDecider } from './application.decider';
import { applicationSubmitted, submission, submit, submitted } from './testing/application.fixtures';

const spec = specification(applicationDecider);
const withApplicant = (changes: Partial<typeof submission.applicant>) =>
  submit({ applicant: { ...submission.applicant, ...changes } });

describe('SubmitApplication', () => {
  it('receives the application now, with the applicant normalised as on the passport', () => {
    spec.given().when(submit()).then(applicationSubmitted());
  });

  it('is SUBMITTED afterwards', () => {
    spec
      .given()
      .when(submit())
      .thenState((state) => expect(state).toMatchObject({ status: 'SUBMITTED', documents: [] }));
  });

  it('receives an application quoting any well-formed offer number: an unknown or late offer is judged later', () => {
    spec
      .given()
      .when(submit({ offerNumber: 'A9999999' }))
      .then(applicationSubmitted({ offerNumber: 'A9999999' }));
  });

  it.each(['INSIDE_CANADA', 'PORT_OF_ENTRY'] as const)('accepts an application made %s', (place) => {
    spec
      .given()
      .when(submit({ placeOfApplication: place }))
      .then(applicationSubmitted({ placeOfApplication: place }));
  });

  it.each(['1234-5678', '12-3456-7890'])('keeps a UCI written %s', (uci) => {
    spec
      .given()
      .when(withApplicant({ uci }))
      .then(applicationSubmitted({ applicant: { ...submitted.applicant, uci } }));
  });

  it('accepts a single name on the passport (empty given names) and no country of birth', () => {
    const { countryOfBirth: _country, ...rest } = submitted.applicant;
    spec
      .given()
      .when(submit({ applicant: { ...submission.applicant, givenNames: ' ', countryOfBirth: undefined } }))
      .then(applicationSubmitted({ applicant: { ...rest, givenNames: '' } }));
  });

  it('takes no biometrics fee when earlier biometrics are still valid', () => {
    const fees = { workPermit: 155, biometrics: 0, currency: 'CAD' };
    spec.given().when(submit({ fees })).then(applicationSubmitted({ fees }));
  });

  describe('refuses malformed input (400), listing every problem at once', () => {
    it('ids, numbers and place of application', () => {
      const error = spec
        .given()
        .when(
          submit({
            applicationId: 'app-1',
            applicationNumber: 'W12345',
            offerNumber: '1234567',
            placeOfApplication: 'ONLINE',
          }),
        )
        .thenFails(InvalidInputError, { code: 'application.invalid-input' });
      expect(Object.keys(error.fieldErrors).sort()).toEqual([
        'applicationId',
        'applicationNumber',
        'offerNumber',
        'placeOfApplication',
      ]);
    });

    it('the applicant', () => {
      const error = spec
        .given()
        .when(
          withApplicant({
            familyName: ' ',
            dateOfBirth: '1990-02-30',
            citizenship: 'IN',
            passportNumber: 'Z1',
            passportExpiry: '30/06/2030',
            uci: '12345678',
          }),
        )
        .thenFails(InvalidInputError);
      expect(Object.keys(error.fieldErrors).sort()).toEqual([
        'applicant.citizenship',
        'applicant.dateOfBirth',
        'applicant.familyName',
        'applicant.passportExpiry',
        'applicant.passportNumber',
        'applicant.uci',
      ]);
    });

    it('a birth date that is not in the past', () => {
      const error = spec
        .given()
        .when(withApplicant({ dateOfBirth: '2025-02-10' }))
        .thenFails(InvalidInputError);
      expect(error.fieldErrors).toEqual({ 'applicant.dateOfBirth': ['must be in the past'] });
    });

    it('fees that are not amounts', () => {
      const error = spec
        .given()
        .when(submit({ fees: { workPermit: -155, biometrics: Number.NaN, currency: 'CAD' } }))
        .thenFails(InvalidInputError);
      expect(Object.keys(error.fieldErrors).sort()).toEqual(['fees.biometrics', 'fees.workPermit']);
    });

    it('a missing applicant', () => {
      const error = spec
        .given()
        .when(submit({ applicant: undefined as never }))
        .thenFails(InvalidInputError);
      expect(error.fieldErrors).toEqual({ applicant: ['is required'] });
    });
  });

  it.each(['2025-02-10', '2024-12-31'])(
    'refuses a passport that expired on %s, on or before the day of receipt (422)',
    (passportExpiry) => {
      spec
        .given()
        .when(withApplicant({ passportExpiry }))
        .thenFails(BusinessRuleError, { code: 'application.passport-expired' });
    },
  );

  it.each([
    ['a work permit fee other than 155', { workPermit: 100, biometrics: 85, currency: 'CAD' }],
    ['a family biometrics fee', { workPermit: 155, biometrics: 170, currency: 'CAD' }],
    ['another currency', { workPermit: 155, biometrics: 85, currency: 'USD' }],
  ])('refuses %s (422)', (_case, fees) => {
    spec.given().when(submit({ fees })).thenFails(BusinessRuleError, { code: 'application.fee-amount' });
  });

  it('refuses a second submission under the same id (409)', () => {
    spec
      .given(applicationSubmitted())
      .when(submit())
      .thenFails(IllegalStateError, { code: 'application.already-submitted' });
  });
});
