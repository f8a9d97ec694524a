import { NotFoundError } from '@imp/domain-kernel';
import { specification } from '@imp/testing';
import type { RecordDocumentsReceived } from './case.commands';
import type { CaseDocumentsReceived } from './case.events';
import { caseDecider } from './case.decider';
import {
  approved,
  assigned,
  caseId,
  caseOpened,
  documentId,
  informationRequested,
  readyToDecide,
  requestId,
} from './testing/case.fixtures';

const spec = specification(caseDecider);
const contract = { documentId, kind: 'EMPLOYMENT_CONTRACT', fileName: 'contract-signed.pdf' };
const passport = {
  documentId: '3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e10',
  kind: 'PASSPORT_COPY',
  fileName: 'passport.pdf',
};
const receive = (changes: Partial<RecordDocumentsReceived['data']> = {}): RecordDocumentsReceived => ({
  type: 'RecordDocumentsReceived',
  data: { documents: [contract], now: '2025-03-05T12:00:00Z', ...changes },
});
const received = (changes: Partial<CaseDocumentsReceived['data']> = {}): CaseDocumentsReceived => ({
  type: 'CaseDocumentsReceived',
  data: { caseId, documents: [contract], receivedAt: '2025-03-05T12:00:00Z', ...changes },
});
const waiting = [caseOpened(), assigned(), informationRequested] as const;

describe('RecordDocumentsReceived', () => {
  it('answers the pending request and puts the case back OPEN', () => {
    spec
      .given(...waiting)
      .when(receive({ informationRequestId: requestId }))
      .then(received({ informationRequestId: requestId }));
    spec
      .given(...waiting)
      .when(receive({ informationRequestId: requestId }))
      .thenState((state) => {
        expect(state).toMatchObject({
          status: 'OPEN',
          informationRequests: [{ requestId, answeredAt: '2025-03-05T12:00:00Z' }],
        });
        expect(state).not.toHaveProperty('pendingRequestId');
      });
  });

  it('keeps waiting when the documents do not answer the request', () => {
    spec
      .given(...waiting)
      .when(receive())
      .thenState((state) => expect(state).toMatchObject({ status: 'INFORMATION_REQUESTED' }));
  });

  it('records documents nobody asked for on an open case', () => {
    spec.given(caseOpened()).when(receive()).then(received());
  });

  it('records nothing when the same documents are delivered again', () => {
    spec
      .given(...waiting, received())
      .when(receive())
      .then();
  });

  it('records only the documents it has not seen', () => {
    spec
      .given(caseOpened(), received())
      .when(receive({ documents: [contract, passport] }))
      .then(received({ documents: [passport] }));
  });

  it('records nothing on a decided case', () => {
    spec
      .given(...readyToDecide, approved())
      .when(receive())
      .then();
  });

  it('refuses a case never opened (404)', () => {
    spec.given().when(receive()).thenFails(NotFoundError, { code: 'case.not-found' });
  });
});
