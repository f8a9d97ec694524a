import { BusinessRuleError, IllegalStateError, InvalidInputError, NotFoundError } from '@imp/domain-kernel';
import { specification } from '@imp/testing';
import type { ApproveApplication } from './case.commands';
import type { CaseEvent, CaseFlagged, CaseWithdrawn } from './case.events';
import { caseDecider } from './case.decider';
import {
  allChecksPassed,
  application,
  approved,
  assigned,
  caseId,
  caseOpened,
  failed,
  informationRequested,
  now,
  offerChecksPassed,
  readyToDecide,
} from './testing/case.fixtures';

const spec = specification(caseDecider);
const approve = (changes: Partial<ApproveApplication['data']> = {}): ApproveApplication => ({
  type: 'ApproveApplication',
  data: {
    officerId: 'officer-17',
    validFrom: '2025-04-01',
    validUntil: '2027-03-31',
    location: 'Toronto, ON',
    now,
    ...changes,
  },
});
const openedAt = (place: typeof application.placeOfApplication, citizenship = 'IND'): CaseEvent =>
  caseOpened({ placeOfApplication: place, applicant: { ...application.applicant, citizenship } });
const offerWithdrawn: CaseFlagged = {
  type: 'CaseFlagged',
  data: {
    caseId,
    applicationNumber: 'W993830598',
    reason: 'OFFER_WITHDRAWN',
    flaggedAt: '2025-03-01T00:00:00Z',
  },
};
const withdrawn: CaseWithdrawn = {
  type: 'CaseWithdrawn',
  data: { caseId, applicationNumber: 'W993830598', withdrawnAt: '2025-03-01T08:00:00Z' },
};

describe('ApproveApplication', () => {
  it('approves an application made outside Canada with a port-of-entry letter, bound to the offer’s employer and occupation', () => {
    spec
      .given(...readyToDecide)
      .when(approve())
      .then(approved());
  });

  it.each(['INSIDE_CANADA', 'PORT_OF_ENTRY'] as const)(
    'issues a work permit for an application made %s',
    (place) => {
      spec
        .given(openedAt(place), ...allChecksPassed, assigned())
        .when(approve())
        .then(approved({ outcome: 'WORK_PERMIT' }));
    },
  );

  it('states no location unless the officer gives one', () => {
    spec
      .given(...readyToDecide)
      .when(approve({ location: ' ' }))
      .then(approved({ conditions: { employer: 'Maple Robotics Inc.', occupation: '21231' } }));
  });

  it('approves while information is still requested: the officer need not wait for it', () => {
    spec
      .given(...readyToDecide, informationRequested)
      .when(approve())
      .thenState((state) => {
        expect(state).toMatchObject({ status: 'APPROVED' });
        expect(state).not.toHaveProperty('pendingRequestId');
      });
  });

  describe('validity (R52)', () => {
    it('runs up to the passport’s expiry', () => {
      spec
        .given(...readyToDecide)
        .when(approve({ validUntil: '2030-06-30' }))
        .then(approved({ validUntil: '2030-06-30' }));
    });

    it('refuses a validity past the passport’s expiry (422)', () => {
      const error = spec
        .given(...readyToDecide)
        .when(approve({ validUntil: '2030-07-01' }))
        .thenFails(BusinessRuleError, { code: 'case.validity-past-passport' });
      expect(error.fieldErrors).toEqual({ validUntil: ['must not be after 2030-06-30'] });
    });

    it('lets a US citizen’s validity pass the passport’s expiry', () => {
      spec
        .given(openedAt('OUTSIDE_CANADA', 'USA'), ...allChecksPassed, assigned())
        .when(approve({ validUntil: '2031-03-31' }))
        .then(approved({ validUntil: '2031-03-31' }));
    });

    it('refuses a validity that ends before it starts (400)', () => {
      const error = spec
        .given(...readyToDecide)
        .when(approve({ validFrom: '2025-04-01', validUntil: '2025-03-31' }))
        .thenFails(InvalidInputError, { code: 'case.invalid-input' });
      expect(error.fieldErrors).toEqual({ validUntil: ['must not be before validFrom'] });
    });

    it('refuses dates that are not dates (400)', () => {
      const error = spec
        .given(...readyToDecide)
        .when(approve({ validFrom: '2025-02-30', validUntil: 'soon', officerId: '' }))
        .thenFails(InvalidInputError);
      expect(Object.keys(error.fieldErrors).sort()).toEqual(['officerId', 'validFrom', 'validUntil']);
    });
  });

  describe('needs every check PASSED (422, naming the checks)', () => {
    it('refuses while checks are pending', () => {
      spec
        .given(caseOpened(), ...offerChecksPassed, assigned())
        .when(approve())
        .thenFails(BusinessRuleError, {
          code: 'case.checks-not-passed',
          message: /EMPLOYER_ELIGIBLE is PENDING/,
        });
    });

    it('refuses with nothing known about the offer, naming all four', () => {
      spec
        .given(caseOpened(), assigned())
        .when(approve())
        .thenFails(BusinessRuleError, {
          message:
            /OFFER_SUBMITTED is PENDING, FEE_BEFORE_APPLICATION is PENDING, IDENTITY_MATCHES is PENDING, EMPLOYER_ELIGIBLE is PENDING/,
        });
    });

    it('refuses when a check failed', () => {
      spec
        .given(
          ...readyToDecide,
          failed('IDENTITY_MATCHES', 'The application and offer A1234567 differ in passport number'),
        )
        .when(approve())
        .thenFails(BusinessRuleError, {
          code: 'case.checks-not-passed',
          message: /IDENTITY_MATCHES is FAILED/,
        });
    });
  });

  it('refuses a flagged case: the change must be weighed first (422)', () => {
    spec
      .given(...readyToDecide, offerWithdrawn)
      .when(approve())
      .thenFails(BusinessRuleError, { code: 'case.flagged', message: /OFFER_WITHDRAWN/ });
  });

  describe('is the assigned officer’s to give (422)', () => {
    it('refuses on an unassigned case', () => {
      spec
        .given(caseOpened(), ...allChecksPassed)
        .when(approve())
        .thenFails(BusinessRuleError, { code: 'case.not-assigned' });
    });

    it('refuses by another officer', () => {
      spec
        .given(...readyToDecide)
        .when(approve({ officerId: 'officer-42' }))
        .thenFails(BusinessRuleError, { code: 'case.assigned-to-another-officer' });
    });
  });

  it.each([
    ['APPROVED', [approved()]],
    ['WITHDRAWN', [withdrawn]],
  ] as const)('refuses a case already %s (409)', (_status, history) => {
    spec
      .given(...readyToDecide, ...history)
      .when(approve())
      .thenFails(IllegalStateError, { code: 'case.closed' });
  });

  it('refuses a case never opened (404)', () => {
    spec.given().when(approve()).thenFails(NotFoundError, { code: 'case.not-found' });
  });
});
