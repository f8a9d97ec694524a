import { IllegalStateError, NotFoundError } from '@imp/domain-kernel';
import { specification } from '@imp/testing';
import type {
  RecordApproval,
  RecordCaseOpened,
  RecordInformationRequested,
  RecordPortOfEntryOutcome,
  RecordRefusal,
} from './application.commands';
import { applicationDecider } from './application.decider';
import type { ApplicationPortOfEntryOutcomeRecorded } from './application.events';
import {
  applicationId,
  applicationSubmitted,
  approval,
  approvalRecorded,
  caseId,
  informationRequest,
  informationRequested,
  otherCaseId,
  refusalReasons,
  refusalRecorded,
  reviewStarted,
  withdrawn,
} from './testing/application.fixtures';

const spec = specification(applicationDecider);

const caseOpened = (id = caseId): RecordCaseOpened => ({
  type: 'RecordCaseOpened',
  data: { caseId: id, now: '2025-02-10T09:00:05Z' },
});
const requestInformation: RecordInformationRequested = {
  type: 'RecordInformationRequested',
  data: { ...informationRequest, now: '2025-02-28T10:00:00Z' },
};
const approve = (changes: Partial<RecordApproval['data']> = {}): RecordApproval => ({
  type: 'RecordApproval',
  data: { ...approval, now: '2025-03-20T16:00:00Z', ...changes },
});
const refuse: RecordRefusal = {
  type: 'RecordRefusal',
  data: { caseId, reasons: refusalReasons, now: '2025-03-20T16:00:00Z' },
};
const portOfEntry = (outcome: 'PERMIT_ISSUED' | 'ENTRY_REFUSED'): RecordPortOfEntryOutcome => ({
  type: 'RecordPortOfEntryOutcome',
  data: { caseId, outcome, now: '2025-04-02T18:45:00Z' },
});
const permitIssued: ApplicationPortOfEntryOutcomeRecorded = {
  type: 'ApplicationPortOfEntryOutcomeRecorded',
  data: { applicationId, caseId, outcome: 'PERMIT_ISSUED', recordedAt: '2025-04-02T18:45:00Z' },
};

describe('reactions to the decision service', () => {
  describe('RecordCaseOpened', () => {
    it('starts the review: the application is IN_REVIEW under the case', () => {
      spec.given(applicationSubmitted()).when(caseOpened()).then(reviewStarted);
      spec
        .given(applicationSubmitted())
        .when(caseOpened())
        .thenState((state) => expect(state).toMatchObject({ status: 'IN_REVIEW', caseId }));
    });

    it('records nothing when the same case opening is delivered again', () => {
      spec.given(applicationSubmitted(), reviewStarted).when(caseOpened()).then();
    });

    it('records nothing when the opening arrives after the case has already moved on', () => {
      spec.given(applicationSubmitted(), reviewStarted, informationRequested).when(caseOpened()).then();
    });

    it('refuses a second case for the same application (409)', () => {
      spec
        .given(applicationSubmitted(), reviewStarted)
        .when(caseOpened(otherCaseId))
        .thenFails(IllegalStateError, { code: 'application.case-mismatch' });
    });

    it('refuses an application it does not know (404)', () => {
      spec.given().when(caseOpened()).thenFails(NotFoundError, { code: 'application.not-found' });
    });
  });

  describe('RecordInformationRequested', () => {
    it('records the request: the application waits for the applicant', () => {
      spec.given(applicationSubmitted(), reviewStarted).when(requestInformation).then(informationRequested);
      spec
        .given(applicationSubmitted(), reviewStarted)
        .when(requestInformation)
        .thenState((state) => expect(state).toMatchObject({ status: 'INFORMATION_REQUESTED' }));
    });

    it('learns the case from the request when the opening has not been recorded yet', () => {
      spec.given(applicationSubmitted()).when(requestInformation).then(informationRequested);
    });

    it('records nothing when the same request is delivered again, even after it was answered', () => {
      spec.given(applicationSubmitted(), reviewStarted, informationRequested).when(requestInformation).then();
    });

    it('refuses a request on a decided application (409)', () => {
      spec
        .given(applicationSubmitted(), reviewStarted, approvalRecorded())
        .when(requestInformation)
        .thenFails(IllegalStateError, { code: 'application.closed' });
    });
  });

  describe('RecordApproval', () => {
    it('records the approval with its outcome, validity and conditions', () => {
      spec.given(applicationSubmitted(), reviewStarted).when(approve()).then(approvalRecorded());
    });

    it('records an approval made while information was still requested', () => {
      spec
        .given(applicationSubmitted(), reviewStarted, informationRequested)
        .when(approve())
        .thenState((state) => expect(state).toMatchObject({ status: 'APPROVED' }));
    });

    it('records nothing when the approval is delivered again', () => {
      spec.given(applicationSubmitted(), reviewStarted, approvalRecorded()).when(approve()).then();
    });

    it('refuses an approval after a refusal (409)', () => {
      spec
        .given(applicationSubmitted(), reviewStarted, refusalRecorded)
        .when(approve())
        .thenFails(IllegalStateError, { code: 'application.closed' });
    });

    it('refuses an approval from another case (409)', () => {
      spec
        .given(applicationSubmitted(), reviewStarted)
        .when(approve({ caseId: otherCaseId }))
        .thenFails(IllegalStateError, { code: 'application.case-mismatch' });
    });
  });

  describe('RecordRefusal', () => {
    it('records the refusal with the rules it relied on', () => {
      spec.given(applicationSubmitted(), reviewStarted).when(refuse).then(refusalRecorded);
    });

    it('records nothing when the refusal is delivered again', () => {
      spec.given(applicationSubmitted(), reviewStarted, refusalRecorded).when(refuse).then();
    });

    it('refuses a refusal after an approval (409)', () => {
      spec
        .given(applicationSubmitted(), reviewStarted, approvalRecorded())
        .when(refuse)
        .thenFails(IllegalStateError, { code: 'application.closed' });
    });
  });

  describe('RecordPortOfEntryOutcome', () => {
    const letter = [applicationSubmitted(), reviewStarted, approvalRecorded()] as const;

    it('records what CBSA did with the letter of introduction', () => {
      spec
        .given(...letter)
        .when(portOfEntry('PERMIT_ISSUED'))
        .then(permitIssued);
      spec
        .given(...letter)
        .when(portOfEntry('PERMIT_ISSUED'))
        .thenState((state) =>
          expect(state).toMatchObject({ status: 'APPROVED', portOfEntry: { outcome: 'PERMIT_ISSUED' } }),
        );
    });

    it('records nothing when the same outcome is delivered again', () => {
      spec
        .given(...letter, permitIssued)
        .when(portOfEntry('PERMIT_ISSUED'))
        .then();
    });

    it('refuses a different outcome once one is recorded (409)', () => {
      spec
        .given(...letter, permitIssued)
        .when(portOfEntry('ENTRY_REFUSED'))
        .thenFails(IllegalStateError, { code: 'application.port-of-entry-outcome-recorded' });
    });

    it.each([
      ['an inland work permit', [reviewStarted, approvalRecorded({ outcome: 'WORK_PERMIT' })]],
      ['a refusal', [reviewStarted, refusalRecorded]],
      ['no decision', [reviewStarted]],
    ] as const)('refuses an outcome after %s (409)', (_case, history) => {
      spec
        .given(applicationSubmitted(), ...history)
        .when(portOfEntry('PERMIT_ISSUED'))
        .thenFails(IllegalStateError, { code: 'application.no-port-of-entry-letter' });
    });
  });

  describe('on a withdrawn application', () => {
    it.each([
      ['a case opening', caseOpened()],
      ['an information request', requestInformation],
      ['an approval', approve()],
      ['a refusal', refuse],
      ['a port-of-entry outcome', portOfEntry('PERMIT_ISSUED')],
    ])('ignores %s that crossed the withdrawal', (_case, command) => {
      spec.given(applicationSubmitted(), reviewStarted, withdrawn).when(command).then();
    });
  });
});
