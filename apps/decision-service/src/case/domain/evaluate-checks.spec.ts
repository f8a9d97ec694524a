import { InvalidInputError, NotFoundError } from '@imp/domain-kernel';
import { specification } from '@imp/testing';
import { caseDecider } from './case.decider';
import {
  approved,
  caseOpened,
  employer,
  employerEvidence,
  employerLinked,
  evaluate,
  failed,
  offer,
  offerChecksPassed,
  offerEvidence,
  offerLinked,
  passed,
  readyToDecide,
} from './testing/case.fixtures';

const spec = specification(caseDecider);
const lateOffer = {
  ...offer,
  submittedAt: '2025-02-11T10:00:00Z',
  fee: { status: 'PAID' as const, paidAt: '2025-02-11T09:50:00Z' },
};

const lateFeeReason =
  'The application was received (2025-02-10T09:00:00Z) before offer A1234567 was submitted (2025-02-11T10:00:00Z)' +
  ' and before its compliance fee was paid (2025-02-11T09:50:00Z)';

describe('EvaluateChecks', () => {
  describe('checks wait for their inputs', () => {
    it('records nothing while neither the offer nor the employer is known', () => {
      spec.given(caseOpened()).when(evaluate({})).then();
    });

    it('completes the offer checks when the offer arrives, linking it; the employer check keeps waiting', () => {
      spec
        .given(caseOpened())
        .when(evaluate({ offer }))
        .then(...offerChecksPassed);
      spec
        .given(caseOpened())
        .when(evaluate({ offer }))
        .thenState((state) =>
          expect(state).toMatchObject({
            checks: { OFFER_SUBMITTED: { status: 'PASSED' }, EMPLOYER_ELIGIBLE: { status: 'PENDING' } },
          }),
        );
    });

    it('completes the employer check when the employer arrives later', () => {
      spec
        .given(caseOpened(), ...offerChecksPassed)
        .when(evaluate({ employer }))
        .then(employerLinked, passed('EMPLOYER_ELIGIBLE'));
    });

    it('completes every check at once when both are known', () => {
      spec
        .given(caseOpened())
        .when(evaluate({ offer, employer }))
        .then(
          offerLinked(),
          employerLinked,
          passed('OFFER_SUBMITTED'),
          passed('FEE_BEFORE_APPLICATION'),
          passed('IDENTITY_MATCHES'),
          passed('EMPLOYER_ELIGIBLE'),
        );
    });

    it('records the evidence each result was decided on', () => {
      spec
        .given(caseOpened())
        .when(evaluate({ offer, employer }))
        .thenState((state) =>
          expect(state).toMatchObject({
            checks: {
              FEE_BEFORE_APPLICATION: {
                status: 'PASSED',
                evidence: [offerEvidence],
                completedAt: '2025-02-10T09:00:10Z',
              },
              EMPLOYER_ELIGIBLE: { status: 'PASSED', evidence: [employerEvidence] },
            },
          }),
        );
    });
  });

  describe('is idempotent', () => {
    it('records nothing when evaluated again with the same inputs', () => {
      spec
        .given(caseOpened(), ...offerChecksPassed, employerLinked, passed('EMPLOYER_ELIGIBLE'))
        .when(evaluate({ offer, employer }))
        .then();
    });

    it('records nothing when newer revisions show the same thing', () => {
      spec
        .given(caseOpened(), ...offerChecksPassed, employerLinked, passed('EMPLOYER_ELIGIBLE'))
        .when(
          evaluate({
            offer: { ...offer, evidence: { ...offerEvidence, revision: 4 } },
            employer: { ...employer, evidence: { ...employerEvidence, revision: 2 } },
          }),
        )
        .then();
    });

    it('records nothing when a failed check fails again for the same reason', () => {
      spec
        .given(
          caseOpened(),
          offerLinked(),
          passed('OFFER_SUBMITTED'),
          failed('FEE_BEFORE_APPLICATION', lateFeeReason),
          passed('IDENTITY_MATCHES'),
        )
        .when(evaluate({ offer: lateOffer }))
        .then();
    });
  });

  describe('FEE_BEFORE_APPLICATION: the offer submitted and the fee paid or exempt before the application (R200(3)(f.1))', () => {
    it('fails for an offer submitted and paid after the application was received, though the offer itself passes', () => {
      spec
        .given(caseOpened())
        .when(evaluate({ offer: lateOffer }))
        .then(
          offerLinked(),
          passed('OFFER_SUBMITTED'),
          failed('FEE_BEFORE_APPLICATION', lateFeeReason),
          passed('IDENTITY_MATCHES'),
        );
    });

    it('fails for a fee paid after the application, even with the offer submitted before', () => {
      const feeLate = { ...offer, fee: { status: 'PAID' as const, paidAt: '2025-02-10T09:00:01Z' } };
      spec
        .given(caseOpened(), ...offerChecksPassed)
        .when(evaluate({ offer: feeLate }))
        .then(
          failed(
            'FEE_BEFORE_APPLICATION',
            'The application was received (2025-02-10T09:00:00Z) before its compliance fee was paid (2025-02-10T09:00:01Z)',
          ),
        );
    });

    it('fails for a paid fee with no recorded payment time', () => {
      spec
        .given(caseOpened())
        .when(evaluate({ offer: { ...offer, fee: { status: 'PAID' } } }))
        .thenState((state) =>
          expect(state.status !== 'NOT_OPENED' && state.checks.FEE_BEFORE_APPLICATION).toEqual(
            expect.objectContaining({
              status: 'FAILED',
              reason: 'No payment time is recorded for the compliance fee of offer A1234567',
            }),
          ),
        );
    });

    it('passes for an exempt offer submitted before the application', () => {
      spec
        .given(caseOpened())
        .when(evaluate({ offer: { ...offer, fee: { status: 'EXEMPT' } } }))
        .then(...offerChecksPassed);
    });

    it('compares instants, not text: the same moment written with another offset is not after', () => {
      const sameInstant = {
        ...offer,
        submittedAt: '2025-02-10T04:00:00-05:00',
        fee: { status: 'EXEMPT' as const },
      };
      spec
        .given(caseOpened())
        .when(evaluate({ offer: sameInstant }))
        .then(...offerChecksPassed);
    });
  });

  describe('OFFER_SUBMITTED: the quoted offer stands submitted', () => {
    it('fails once the offer is withdrawn, replacing the earlier pass', () => {
      spec
        .given(caseOpened(), ...offerChecksPassed)
        .when(
          evaluate({ offer: { ...offer, status: 'WITHDRAWN', evidence: { ...offerEvidence, revision: 4 } } }),
        )
        .then(
          failed('OFFER_SUBMITTED', 'Offer A1234567 was withdrawn by the employer', [
            { ...offerEvidence, revision: 4 },
          ]),
        );
    });

    it('fails for an offer already used by the decision on another application', () => {
      spec
        .given(caseOpened(), ...offerChecksPassed)
        .when(evaluate({ offer: { ...offer, status: 'CONSUMED' } }))
        .then(
          failed('OFFER_SUBMITTED', 'Offer A1234567 was already used by the decision on another application'),
        );
    });
  });

  describe('IDENTITY_MATCHES: the applicant is the offer’s candidate', () => {
    it('passes despite differences of case and spacing in names', () => {
      spec
        .given(caseOpened())
        .when(evaluate({ offer: { ...offer, candidate: { ...offer.candidate, familyName: '  sharma ' } } }))
        .then(...offerChecksPassed);
    });

    it('fails naming the fields that differ, never their values', () => {
      const someoneElse = { ...offer.candidate, dateOfBirth: '1991-04-12', passportNumber: 'Z7654321' };
      spec
        .given(caseOpened())
        .when(evaluate({ offer: { ...offer, candidate: someoneElse } }))
        .then(
          offerLinked(),
          passed('OFFER_SUBMITTED'),
          passed('FEE_BEFORE_APPLICATION'),
          failed(
            'IDENTITY_MATCHES',
            'The application and offer A1234567 differ in date of birth, passport number',
          ),
        );
    });

    it.each([
      ['family name', { familyName: 'Sharman' }],
      ['given names', { givenNames: 'Priya Devi' }],
      ['citizenship', { citizenship: 'NPL' }],
    ])('fails when the %s differs', (field, change) => {
      spec
        .given(caseOpened(), ...offerChecksPassed)
        .when(evaluate({ offer: { ...offer, candidate: { ...offer.candidate, ...change } } }))
        .then(failed('IDENTITY_MATCHES', `The application and offer A1234567 differ in ${field}`));
    });
  });

  describe('EMPLOYER_ELIGIBLE: the employer was eligible when the application was received', () => {
    it('fails for an employer banned at the time, with the ban on record', () => {
      const banned = {
        ...employer,
        eligibleAtApplication: false,
        ineligibility: { reason: 'BAN', reference: 'AMP-2025-0042', until: '2027-06-01' },
      };
      spec
        .given(caseOpened(), ...offerChecksPassed)
        .when(evaluate({ employer: banned }))
        .then(
          employerLinked,
          failed(
            'EMPLOYER_ELIGIBLE',
            'Maple Robotics Inc. was ineligible when the application was received (BAN AMP-2025-0042, until 2027-06-01)',
          ),
        );
    });

    it('says when an ineligibility has no end date', () => {
      const unpaid = {
        ...employer,
        eligibleAtApplication: false,
        ineligibility: { reason: 'UNPAID_PENALTY', reference: 'AMP-2024-0042', until: null },
      };
      spec
        .given(caseOpened(), ...offerChecksPassed, employerLinked)
        .when(evaluate({ employer: unpaid }))
        .then(
          failed(
            'EMPLOYER_ELIGIBLE',
            'Maple Robotics Inc. was ineligible when the application was received (UNPAID_PENALTY AMP-2024-0042, with no end date)',
          ),
        );
    });
  });

  describe('refuses inputs that are not about this case (400)', () => {
    it('an offer other than the one quoted', () => {
      spec
        .given(caseOpened())
        .when(evaluate({ offer: { ...offer, offerNumber: 'A7654321' } }))
        .thenFails(InvalidInputError, { code: 'case.evidence-mismatch' });
    });

    it('an employer other than the offer’s', () => {
      spec
        .given(caseOpened(), ...offerChecksPassed)
        .when(evaluate({ employer: { ...employer, employerId: '0b7d2c1e-3333-4e8a-9c1f-0a2b3c4d5e01' } }))
        .thenFails(InvalidInputError, { code: 'case.evidence-mismatch', message: /did not make offer/ });
    });

    it('an employer before the offer that names it', () => {
      spec
        .given(caseOpened())
        .when(evaluate({ employer }))
        .thenFails(InvalidInputError, {
          code: 'case.evidence-mismatch',
          message: /which names the employer/,
        });
    });
  });

  it('records nothing on a decided case: its results stay as the decision saw them', () => {
    spec
      .given(...readyToDecide, approved())
      .when(evaluate({ offer: { ...offer, status: 'CONSUMED' } }))
      .then();
  });

  it('refuses a case never opened (404)', () => {
    spec.given().when(evaluate({ offer })).thenFails(NotFoundError, { code: 'case.not-found' });
  });
});
