import { BusinessRuleError, IllegalStateError, InvalidInputError } from '@imp/domain-kernel';
import { specification } from '@imp/testing';
import type { DraftOffer } from './offer.commands';
import { offerDecider } from './offer.decider';
import { draftInput, drafted, draftOffer, offer } from './testing/offer.fixtures';

const spec = specification(offerDecider);

const refusedFields = (command: DraftOffer) =>
  spec.given().when(command).thenFails(InvalidInputError, { code: 'offer.invalid-input' }).fieldErrors;
const withJob = (job: Partial<DraftOffer['data']['job']>) =>
  draftOffer({ job: { ...draftInput.job, ...job } });
const withCandidate = (candidate: Partial<DraftOffer['data']['candidate']>) =>
  draftOffer({ candidate: { ...draftInput.candidate, ...candidate } });

describe('DraftOffer', () => {
  it('drafts the offer with every value normalised', () => {
    spec.given().when(draftOffer()).then(drafted());
  });

  it('makes a DRAFT', () => {
    spec
      .given()
      .when(draftOffer())
      .thenState((state) => expect(state).toEqual({ status: 'DRAFT', offer }));
  });

  it('drafts an offer with only the required fields', () => {
    const job: DraftOffer['data']['job'] = { ...draftInput.job };
    delete job.benefits;
    delete job.requirements;
    const expectedJob = { ...offer.job };
    delete expectedJob.benefits;
    delete expectedJob.requirements;
    spec
      .given()
      .when(draftOffer({ job, candidate: { ...draftInput.candidate, givenNames: '' } }))
      .then(drafted({ job: expectedJob, candidate: { ...offer.candidate, givenNames: '' } }));
  });

  it('refuses to draft an offer twice', () => {
    spec.given(drafted()).when(draftOffer()).thenFails(IllegalStateError, { code: 'offer.already-drafted' });
  });

  describe('exemption code', () => {
    it.each([
      'T11',
      'T13',
      'T33',
      'T36',
      'T37',
      'T38',
      'T44',
      'T52',
      'C10',
      'C11',
      'C13',
      'C14',
      'C16',
      'C20',
      'C21',
      'C22',
      'C23',
      'C44',
      'C45',
      'C50',
      'C61',
      'C62',
      'C63',
    ] as const)('accepts %s', (exemptionCode) => {
      spec.given().when(draftOffer({ exemptionCode })).then(drafted({ exemptionCode }));
    });

    it.each([
      ['T23', /T23 was retired on 15 Dec 2022: use T36 instead/],
      ['T24', /T24 was retired on 15 Dec 2022: use T37 or T38 instead/],
      ['C12', /C12 was retired on 15 Dec 2022: use C61, C62 or C63 instead/],
    ])('refuses the retired code %s and names its replacement', (exemptionCode, replacement) => {
      const error = spec
        .given()
        .when(draftOffer({ exemptionCode }))
        .thenFails(InvalidInputError, { code: 'offer.invalid-input', message: replacement });
      expect(error.fieldErrors).toEqual({ exemptionCode: [expect.stringMatching(replacement)] });
    });

    it.each(['C41', 'C42', 'C43'])(
      'refuses the open-permit code %s: an open permit needs no offer',
      (exemptionCode) => {
        const error = spec
          .given()
          .when(draftOffer({ exemptionCode }))
          .thenFails(BusinessRuleError, {
            code: 'offer.open-permit-code',
            message: /open permits need no offer/,
          });
        expect(error.fieldErrors).toHaveProperty('exemptionCode');
      },
    );

    it.each(['T99', 'X1', 'C1O', ''])('refuses the unknown code %p', (exemptionCode) => {
      expect(refusedFields(draftOffer({ exemptionCode }))).toEqual({
        exemptionCode: [expect.stringMatching(/is not a known LMIA exemption code$/)],
      });
    });
  });

  describe('job', () => {
    it.each(['2131', '213011', '21A01', '26301'])('refuses the NOC code %p', (nocCode) => {
      expect(refusedFields(withJob({ nocCode }))).toEqual({
        'job.nocCode': ['must be a 5-digit NOC 2021 code whose second digit (TEER) is 0–5'],
      });
    });

    it.each([0, -1, 168.5, Number.NaN])('refuses %p hours per week', (hoursPerWeek) => {
      expect(refusedFields(withJob({ hoursPerWeek }))).toEqual({
        'job.hoursPerWeek': ['must be more than 0 and at most 168 (the hours in a week)'],
      });
    });

    it('accepts a full week of 168 hours', () => {
      spec
        .given()
        .when(withJob({ hoursPerWeek: 168 }))
        .then(drafted({ job: { ...offer.job, hoursPerWeek: 168 } }));
    });

    it.each([0, -10, 12.345, Number.POSITIVE_INFINITY])('refuses a wage of %p', (amount) => {
      expect(refusedFields(withJob({ wage: { ...draftInput.job.wage, amount } }))).toEqual({
        'job.wage.amount': ['must be a positive amount in dollars and cents'],
      });
    });

    it('refuses a wage in another currency or per an unknown unit', () => {
      expect(refusedFields(withJob({ wage: { amount: 40, currency: 'USD', unit: 'DAY' } }))).toEqual({
        'job.wage.currency': ['must be CAD'],
        'job.wage.unit': ['must be one of HOUR, WEEK, MONTH, YEAR'],
      });
    });

    it('requires at least one work location, each in a province or territory', () => {
      expect(refusedFields(withJob({ workLocations: [] }))).toEqual({
        'job.workLocations': ['must list at least 1'],
      });
      expect(
        refusedFields(
          withJob({
            workLocations: [
              { city: 'Ottawa', province: 'ON' },
              { city: '', province: 'NY' },
            ],
          }),
        ),
      ).toEqual({
        'job.workLocations[1].city': ['is required'],
        'job.workLocations[1].province': [expect.stringMatching(/^must be a province or territory code/)],
      });
    });

    it('refuses duties that only point to an attachment', () => {
      expect(refusedFields(withJob({ duties: 'See attached job description' }))).toEqual({
        'job.duties': ['must describe the duties, not point to an attachment'],
      });
    });

    it('refuses an impossible start date and a duration that is not whole months', () => {
      expect(refusedFields(withJob({ startDate: '2025-02-30', durationMonths: 1.5 }))).toEqual({
        'job.startDate': ['must be a date (YYYY-MM-DD)'],
        'job.durationMonths': ['must be a whole number of months, at least 1'],
      });
      expect(refusedFields(withJob({ durationMonths: 0 }))).toHaveProperty(['job.durationMonths']);
    });

    it('refuses blank language requirements', () => {
      expect(refusedFields(withJob({ requirements: { languages: ['English', ' '] } }))).toEqual({
        'job.requirements.languages[1]': ['is required'],
      });
    });
  });

  describe('candidate', () => {
    it('refuses alpha-2 country codes: the passport zone uses alpha-3', () => {
      expect(refusedFields(withCandidate({ citizenship: 'NG', countryOfBirth: 'Nigeria' }))).toEqual({
        'candidate.countryOfBirth': ['must be a 3-letter ISO 3166-1 alpha-3 country code'],
        'candidate.citizenship': ['must be a 3-letter ISO 3166-1 alpha-3 country code'],
      });
    });

    it.each(['A0123-4567', 'AB1', 'É1234567', ''])('refuses the passport number %p', (passportNumber) => {
      expect(refusedFields(withCandidate({ passportNumber }))).toEqual({
        'candidate.passportNumber': ['must be 5–20 letters or digits, as on the passport'],
      });
    });

    it('requires the family name, the dates and an explicit (possibly empty) given name', () => {
      const candidate: Partial<DraftOffer['data']['candidate']> = {
        ...draftInput.candidate,
        familyName: ' ',
        dateOfBirth: '14/07/1990',
        passportExpiry: '',
      };
      delete candidate.givenNames;
      expect(refusedFields(draftOffer({ candidate } as Partial<DraftOffer['data']>))).toEqual({
        'candidate.familyName': ['is required'],
        'candidate.givenNames': ['is required (empty if the passport shows a single name)'],
        'candidate.dateOfBirth': ['must be a date (YYYY-MM-DD)'],
        'candidate.passportExpiry': ['must be a date (YYYY-MM-DD)'],
      });
    });
  });

  it('reports a missing job or candidate as one error each, beside the other problems', () => {
    const command = draftOffer({ employerId: ' ', exemptionCode: 'T23' });
    delete (command.data as Partial<DraftOffer['data']>).job;
    delete (command.data as Partial<DraftOffer['data']>).candidate;
    expect(refusedFields(command)).toEqual({
      employerId: ['is required'],
      exemptionCode: [expect.stringMatching(/use T36/)],
      job: ['is required'],
      candidate: ['is required'],
    });
  });
});
