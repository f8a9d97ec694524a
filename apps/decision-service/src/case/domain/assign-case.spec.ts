import { IllegalStateError, InvalidInputError, NotFoundError } from '@imp/domain-kernel';
import { specification } from '@imp/testing';
import type { AssignCase } from './case.commands';
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
const assign = (officerId: string): AssignCase => ({
  type: 'AssignCase',
  data: { officerId, now: '2025-02-11T08:00:00Z' },
});

describe('AssignCase', () => {
  it('assigns an open case to an officer', () => {
    spec.given(caseOpened()).when(assign(' officer-17 ')).then(assigned());
  });

  it('reassigns the case to another officer', () => {
    spec
      .given(caseOpened(), assigned())
      .when(assign('officer-42'))
      .then({
        type: 'CaseAssigned',
        data: { caseId, officerId: 'officer-42', assignedAt: '2025-02-11T08:00:00Z' },
      });
  });

  it('records nothing when the case is already with that officer', () => {
    spec.given(caseOpened(), assigned()).when(assign('officer-17')).then();
  });

  it('assigns while information is requested', () => {
    spec
      .given(caseOpened(), assigned(), informationRequested)
      .when(assign('officer-42'))
      .thenState((state) =>
        expect(state).toMatchObject({ status: 'INFORMATION_REQUESTED', assignedTo: 'officer-42' }),
      );
  });

  it('refuses a blank officer id (400)', () => {
    spec.given(caseOpened()).when(assign(' ')).thenFails(InvalidInputError, { code: 'case.invalid-input' });
  });

  it('refuses to assign a decided case (409)', () => {
    spec
      .given(...readyToDecide, approved())
      .when(assign('officer-42'))
      .thenFails(IllegalStateError, { code: 'case.closed' });
  });

  it('refuses a case never opened (404)', () => {
    spec.given().when(assign('officer-17')).thenFails(NotFoundError, { code: 'case.not-found' });
  });
});
