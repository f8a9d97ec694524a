import { NotFoundError } from '@imp/domain-kernel';
import { specification } from '@imp/testing';
import type { CaseFlagReason, FlagCase } from './case.commands';
import type { CaseFlagged } from './case.events';
import { caseDecider } from './case.decider';
import { approved, caseId, caseOpened, informationRequested, readyToDecide } from './testing/case.fixtures';

const spec = specification(caseDecider);
const flag = (reason: CaseFlagReason): FlagCase => ({
  type: 'FlagCase',
  data: { reason, now: '2025-03-01T00:00:00Z' },
});
const flagged = (reason: CaseFlagReason): CaseFlagged => ({
  type: 'CaseFlagged',
  data: { caseId, applicationNumber: 'W993830598', reason, flaggedAt: '2025-03-01T00:00:00Z' },
});

describe('FlagCase', () => {
  it.each(['OFFER_WITHDRAWN', 'EMPLOYER_DECLARED_INELIGIBLE'] as const)(
    'flags an open case: %s',
    (reason) => {
      spec.given(caseOpened()).when(flag(reason)).then(flagged(reason));
    },
  );

  it('flags a case waiting for information, which keeps waiting', () => {
    spec
      .given(caseOpened(), informationRequested)
      .when(flag('OFFER_WITHDRAWN'))
      .thenState((state) =>
        expect(state).toMatchObject({
          status: 'INFORMATION_REQUESTED',
          flags: [{ reason: 'OFFER_WITHDRAWN' }],
        }),
      );
  });

  it('records nothing when flagged again for the same reason', () => {
    spec.given(caseOpened(), flagged('OFFER_WITHDRAWN')).when(flag('OFFER_WITHDRAWN')).then();
  });

  it('adds a flag for another reason', () => {
    spec
      .given(caseOpened(), flagged('OFFER_WITHDRAWN'))
      .when(flag('EMPLOYER_DECLARED_INELIGIBLE'))
      .then(flagged('EMPLOYER_DECLARED_INELIGIBLE'));
  });

  it('records nothing on a decided case: there is nothing left to weigh', () => {
    spec
      .given(...readyToDecide, approved())
      .when(flag('OFFER_WITHDRAWN'))
      .then();
  });

  it('refuses a case never opened (404)', () => {
    spec.given().when(flag('OFFER_WITHDRAWN')).thenFails(NotFoundError, { code: 'case.not-found' });
  });
});
