import { IllegalStateError, InvalidInputError, NotFoundError } from '@imp/domain-kernel';
import { specification } from '@imp/testing';
import type { WithdrawApplication } from './application.commands';
import { applicationDecider } from './application.decider';
import {
  applicationSubmitted,
  approvalRecorded,
  caseId,
  informationRequested,
  refusalRecorded,
  reviewStarted,
  withdrawn,
} from './testing/application.fixtures';

const spec = specification(applicationDecider);
const withdraw = (data: Partial<WithdrawApplication['data']> = {}): WithdrawApplication => ({
  type: 'WithdrawApplication',
  data: { reason: ' Accepted another job ', now: '2025-03-01T08:00:00Z', ...data },
});

describe('WithdrawApplication', () => {
  it('withdraws a submitted application with the applicant’s reason', () => {
    spec.given(applicationSubmitted()).when(withdraw()).then(withdrawn);
  });

  it('withdraws without a reason: applicants need not say why', () => {
    const { reason: _reason, ...withoutReason } = withdrawn.data;
    spec
      .given(applicationSubmitted())
      .when(withdraw({ reason: ' ' }))
      .then({ type: 'ApplicationWithdrawn', data: withoutReason });
  });

  it('withdraws while information is requested, keeping the case id', () => {
    spec
      .given(applicationSubmitted(), reviewStarted, informationRequested)
      .when(withdraw())
      .thenState((state) => expect(state).toMatchObject({ status: 'WITHDRAWN', caseId }));
  });

  it('refuses a reason longer than 500 characters (400)', () => {
    spec
      .given(applicationSubmitted())
      .when(withdraw({ reason: 'x'.repeat(501) }))
      .thenFails(InvalidInputError, { code: 'application.invalid-input' });
  });

  it('refuses to withdraw an application never submitted (404)', () => {
    spec.given().when(withdraw()).thenFails(NotFoundError, { code: 'application.not-found' });
  });

  it.each([
    ['APPROVED', [reviewStarted, approvalRecorded()]],
    ['REFUSED', [reviewStarted, refusalRecorded]],
    ['WITHDRAWN', [withdrawn]],
  ] as const)('refuses to withdraw once the application is %s (409)', (status, history) => {
    spec
      .given(applicationSubmitted(), ...history)
      .when(withdraw())
      .thenFails(IllegalStateError, { code: 'application.closed', message: new RegExp(status) });
  });
});
