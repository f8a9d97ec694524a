import { IllegalStateError, InvalidInputError, NotFoundError } from '@imp/domain-kernel';
import { specification } from '@imp/testing';
import type { RecordPortOfEntryOutcome } from './case.commands';
import type { ApplicationRefused, PortOfEntryOutcomeRecorded } from './case.events';
import { caseDecider } from './case.decider';
import { approved, caseId, readyToDecide } from './testing/case.fixtures';

const spec = specification(caseDecider);
const record = (outcome: string, officerId = 'cbsa-3301'): RecordPortOfEntryOutcome => ({
  type: 'RecordPortOfEntryOutcome',
  data: { officerId, outcome, now: '2025-04-02T18:45:00Z' },
});
const permitIssued: PortOfEntryOutcomeRecorded = {
  type: 'PortOfEntryOutcomeRecorded',
  data: {
    caseId,
    applicationNumber: 'W993830598',
    outcome: 'PERMIT_ISSUED',
    recordedBy: 'cbsa-3301',
    recordedAt: '2025-04-02T18:45:00Z',
  },
};
const refused: ApplicationRefused = {
  type: 'ApplicationRefused',
  data: {
    caseId,
    applicationNumber: 'W993830598',
    offerNumber: 'A1234567',
    reasons: [{ rule: 'R200(1)(b)', text: 'Not satisfied the applicant will leave Canada.' }],
    refusedBy: 'officer-17',
    refusedAt: '2025-03-20T16:00:00Z',
  },
};

describe('RecordPortOfEntryOutcome', () => {
  it('records the permit CBSA issued at the border after a letter of introduction', () => {
    spec
      .given(...readyToDecide, approved())
      .when(record('PERMIT_ISSUED'))
      .then(permitIssued);
    spec
      .given(...readyToDecide, approved())
      .when(record('PERMIT_ISSUED'))
      .thenState((state) =>
        expect(state).toMatchObject({ status: 'APPROVED', portOfEntry: { outcome: 'PERMIT_ISSUED' } }),
      );
  });

  it('records entry refused at the border', () => {
    spec
      .given(...readyToDecide, approved())
      .when(record('ENTRY_REFUSED'))
      .then({ ...permitIssued, data: { ...permitIssued.data, outcome: 'ENTRY_REFUSED' } });
  });

  it.each(['PERMIT_ISSUED', 'ENTRY_REFUSED'])(
    'records the outcome once: %s afterwards is refused (409)',
    (outcome) => {
      spec
        .given(...readyToDecide, approved(), permitIssued)
        .when(record(outcome))
        .thenFails(IllegalStateError, { code: 'case.port-of-entry-outcome-recorded' });
    },
  );

  it.each([
    ['an inland work permit', [approved({ outcome: 'WORK_PERMIT' })]],
    ['a refusal', [refused]],
    ['no decision yet', []],
  ])('refuses an outcome after %s (409)', (_case, history) => {
    spec
      .given(...readyToDecide, ...history)
      .when(record('PERMIT_ISSUED'))
      .thenFails(IllegalStateError, { code: 'case.no-port-of-entry-letter' });
  });

  it('refuses an outcome outside the list, or without the officer (400)', () => {
    const error = spec
      .given(...readyToDecide, approved())
      .when(record('DEPORTED', ''))
      .thenFails(InvalidInputError, { code: 'case.invalid-input' });
    expect(Object.keys(error.fieldErrors).sort()).toEqual(['officerId', 'outcome']);
  });

  it('refuses a case never opened (404)', () => {
    spec.given().when(record('PERMIT_ISSUED')).thenFails(NotFoundError, { code: 'case.not-found' });
  });
});
