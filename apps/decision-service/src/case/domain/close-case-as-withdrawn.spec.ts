import { NotFoundError } from '@imp/domain-kernel';
import { specification } from '@imp/testing';
import type { CloseCaseAsWithdrawn } from './case.commands';
import type { CaseWithdrawn } from './case.events';
import { caseDecider } from './case.decider';
import {
  approved,
  assigned,
  caseId,
  caseOpened,
  informationRequested,
  readyToDecide,
} from './testing/case.fixtures';

const spec = specification(caseDecider);
const close = (reason?: string): CloseCaseAsWithdrawn => ({
  type: 'CloseCaseAsWithdrawn',
  data: { ...(reason ? { reason } : {}), now: '2025-03-01T08:00:00Z' },
});
const withdrawn = (reason?: string): CaseWithdrawn => ({
  type: 'CaseWithdrawn',
  data: {
    caseId,
    applicationNumber: 'W993830598',
    ...(reason ? { reason } : {}),
    withdrawnAt: '2025-03-01T08:00:00Z',
  },
});

describe('CloseCaseAsWithdrawn', () => {
  it('closes an open case as withdrawn, with the applicant’s reason', () => {
    spec.given(caseOpened()).when(close('Accepted another job')).then(withdrawn('Accepted another job'));
  });

  it('closes a case waiting for information, with no reason given', () => {
    spec.given(caseOpened(), assigned(), informationRequested).when(close()).then(withdrawn());
    spec
      .given(caseOpened(), assigned(), informationRequested)
      .when(close())
      .thenState((state) => {
        expect(state).toMatchObject({ status: 'WITHDRAWN' });
        expect(state).not.toHaveProperty('pendingRequestId');
      });
  });

  it('records nothing when the withdrawal is delivered again', () => {
    spec.given(caseOpened(), withdrawn()).when(close()).then();
  });

  it('records nothing after a decision: a withdrawal that crossed it in flight leaves the decision standing', () => {
    spec
      .given(...readyToDecide, approved())
      .when(close())
      .then();
  });

  it('refuses a case never opened (404)', () => {
    spec.given().when(close()).thenFails(NotFoundError, { code: 'case.not-found' });
  });
});
