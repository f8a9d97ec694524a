import { BusinessRuleError, IllegalStateError, InvalidInputError, NotFoundError } from '@imp/domain-kernel';
import { specification } from '@imp/testing';
import type { RequestInformation } from './case.commands';
import { caseDecider } from './case.decider';
import {
  approved,
  assigned,
  caseOpened,
  informationRequested,
  readyToDecide,
  requestId,
} from './testing/case.fixtures';

const spec = specification(caseDecider);
const request = (changes: Partial<RequestInformation['data']> = {}): RequestInformation => ({
  type: 'RequestInformation',
  data: {
    officerId: 'officer-17',
    requestId,
    items: [{ kind: 'EMPLOYMENT_CONTRACT', description: 'The signed employment contract' }],
    dueDate: '2025-03-14',
    now: '2025-02-28T10:00:00Z',
    ...changes,
  },
});

describe('RequestInformation', () => {
  it('asks the applicant for documents: the case waits for them', () => {
    spec.given(caseOpened(), assigned()).when(request()).then(informationRequested);
    spec
      .given(caseOpened(), assigned())
      .when(request())
      .thenState((state) =>
        expect(state).toMatchObject({ status: 'INFORMATION_REQUESTED', pendingRequestId: requestId }),
      );
  });

  it('refuses a second request while one is still waiting (409)', () => {
    spec
      .given(caseOpened(), assigned(), informationRequested)
      .when(request({ requestId: '3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e55' }))
      .thenFails(IllegalStateError, { code: 'case.information-already-requested' });
  });

  it.each([
    ['no items', { items: [] }, 'items'],
    [
      'an item kind in prose',
      { items: [{ kind: 'employment contract', description: 'x' }] },
      'items[0].kind',
    ],
    [
      'a blank description',
      { items: [{ kind: 'EMPLOYMENT_CONTRACT', description: ' ' }] },
      'items[0].description',
    ],
    ['a request id that is not a UUID', { requestId: 'request-1' }, 'requestId'],
    ['a due date that is not a date', { dueDate: '2025-03-14T00:00:00Z' }, 'dueDate'],
  ])('refuses %s (400)', (_case, changes, field) => {
    const error = spec
      .given(caseOpened(), assigned())
      .when(request(changes))
      .thenFails(InvalidInputError, { code: 'case.invalid-input' });
    expect(Object.keys(error.fieldErrors)).toEqual([field]);
  });

  it('refuses a request on an unassigned case (422)', () => {
    spec.given(caseOpened()).when(request()).thenFails(BusinessRuleError, { code: 'case.not-assigned' });
  });

  it('refuses a request by an officer the case is not assigned to (422)', () => {
    spec
      .given(caseOpened(), assigned())
      .when(request({ officerId: 'officer-42' }))
      .thenFails(BusinessRuleError, { code: 'case.assigned-to-another-officer' });
  });

  it.each(['2025-02-28', '2025-02-01'])('refuses a due date of %s, not after today (422)', (dueDate) => {
    spec
      .given(caseOpened(), assigned())
      .when(request({ dueDate }))
      .thenFails(BusinessRuleError, { code: 'case.due-date-not-future' });
  });

  it('refuses a request on a decided case (409)', () => {
    spec
      .given(...readyToDecide, approved())
      .when(request())
      .thenFails(IllegalStateError, { code: 'case.closed' });
  });

  it('refuses a case never opened (404)', () => {
    spec.given().when(request()).thenFails(NotFoundError, { code: 'case.not-found' });
  });
});
