import { BusinessRuleError, IllegalStateError, InvalidInputError, NotFoundError } from '@imp/domain-kernel';
import { specification } from '@imp/testing';
import { applicationDecider } from './application.decider';
import {
  addDocuments,
  applicationSubmitted,
  approvalRecorded,
  caseId,
  contract,
  documentsAdded,
  informationRequested,
  refusalRecorded,
  requestId,
  reviewStarted,
  withdrawn,
} from './testing/application.fixtures';

const spec = specification(applicationDecider);
const passport = {
  documentId: '3f1c2a9e-7b4d-4e8a-9c1f-0a2b3c4d5e10',
  kind: 'PASSPORT_COPY',
  fileName: 'passport.pdf',
};

describe('AddDocuments', () => {
  it('adds documents to a submitted application', () => {
    spec.given(applicationSubmitted()).when(addDocuments()).then(documentsAdded());
  });

  it('adds documents during the review without changing its status', () => {
    spec
      .given(applicationSubmitted(), reviewStarted)
      .when(addDocuments())
      .thenState((state) => expect(state).toMatchObject({ status: 'IN_REVIEW', documents: [contract] }));
  });

  it('answers the pending information request, which puts the application back IN_REVIEW', () => {
    spec
      .given(applicationSubmitted(), reviewStarted, informationRequested)
      .when(addDocuments({ informationRequestId: requestId }))
      .then(documentsAdded({ informationRequestId: requestId }));
    spec
      .given(applicationSubmitted(), reviewStarted, informationRequested)
      .when(addDocuments({ informationRequestId: requestId }))
      .thenState((state) =>
        expect(state).toMatchObject({
          status: 'IN_REVIEW',
          caseId,
          informationRequests: [{ requestId, answeredAt: '2025-03-05T12:00:00Z' }],
        }),
      );
  });

  it('keeps the request pending when the documents do not quote it', () => {
    spec
      .given(applicationSubmitted(), reviewStarted, informationRequested)
      .when(addDocuments())
      .thenState((state) =>
        expect(state).toMatchObject({ status: 'INFORMATION_REQUESTED', pendingRequestId: requestId }),
      );
  });

  it('accepts more documents for a request already answered: lateness is for the officer to judge', () => {
    spec
      .given(
        applicationSubmitted(),
        reviewStarted,
        informationRequested,
        documentsAdded({ informationRequestId: requestId }),
      )
      .when(addDocuments({ documents: [passport], informationRequestId: requestId }))
      .then(documentsAdded({ documents: [passport], informationRequestId: requestId }));
  });

  it('refuses documents for an application never submitted (404)', () => {
    spec.given().when(addDocuments()).thenFails(NotFoundError, { code: 'application.not-found' });
  });

  it.each([
    ['APPROVED', [reviewStarted, approvalRecorded()]],
    ['REFUSED', [reviewStarted, refusalRecorded]],
    ['WITHDRAWN', [withdrawn]],
  ] as const)('refuses documents once the application is %s (409)', (_status, history) => {
    spec
      .given(applicationSubmitted(), ...history)
      .when(addDocuments())
      .thenFails(IllegalStateError, { code: 'application.closed' });
  });

  it('refuses a document already on the application (409)', () => {
    spec
      .given(applicationSubmitted(), documentsAdded())
      .when(addDocuments({ documents: [passport, contract] }))
      .thenFails(IllegalStateError, { code: 'application.document-already-added' });
  });

  it.each([
    ['no documents', { documents: [] }, 'documents'],
    ['a malformed kind', { documents: [{ ...contract, kind: 'passport copy' }] }, 'documents[0].kind'],
    [
      'a document id that is not a UUID',
      { documents: [{ ...contract, documentId: 'doc-1' }] },
      'documents[0].documentId',
    ],
    ['a blank file name', { documents: [{ ...contract, fileName: ' ' }] }, 'documents[0].fileName'],
    ['the same document twice', { documents: [contract, contract] }, 'documents'],
    ['a request id that is not a UUID', { informationRequestId: 'request-1' }, 'informationRequestId'],
  ])('refuses %s (400)', (_case, changes, field) => {
    const error = spec
      .given(applicationSubmitted())
      .when(addDocuments(changes))
      .thenFails(InvalidInputError, { code: 'application.invalid-input' });
    expect(Object.keys(error.fieldErrors)).toEqual([field]);
  });

  it('refuses to answer a request never made on this application (422)', () => {
    spec
      .given(applicationSubmitted(), reviewStarted)
      .when(addDocuments({ informationRequestId: requestId }))
      .thenFails(BusinessRuleError, { code: 'application.information-request-unknown' });
  });
});
