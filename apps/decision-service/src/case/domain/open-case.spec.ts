import { IllegalStateError } from '@imp/domain-kernel';
import { specification } from '@imp/testing';
import { caseDecider } from './case.decider';
import { PENDING_CHECKS } from './eligibility-checks';
import { approved, caseOpened, openCase, readyToDecide } from './testing/case.fixtures';

const spec = specification(caseDecider);

describe('OpenCase', () => {
  it('opens a case for the application as received', () => {
    spec.given().when(openCase()).then(caseOpened());
  });

  it('starts OPEN, unassigned, with every check pending', () => {
    spec
      .given()
      .when(openCase())
      .thenState((state) => {
        expect(state).toMatchObject({ status: 'OPEN', checks: PENDING_CHECKS, flags: [] });
        expect(state).not.toHaveProperty('assignedTo');
      });
  });

  it('opens nothing when the application is delivered again, whatever case id came with it', () => {
    spec
      .given(caseOpened())
      .when(openCase({ caseId: '0b7d2c1e-1111-4e8a-9c1f-0a2b3c4d5e04' }))
      .then();
  });

  it('opens nothing when the application is delivered again after the decision', () => {
    spec
      .given(...readyToDecide, approved())
      .when(openCase())
      .then();
  });

  it('refuses another application on this case’s stream (409)', () => {
    spec
      .given(caseOpened())
      .when(openCase({ applicationId: '0b7d2c1e-2222-4e8a-9c1f-0a2b3c4d5e03' }))
      .thenFails(IllegalStateError, { code: 'case.other-application' });
  });
});
