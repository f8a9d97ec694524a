import { randomUUID } from 'node:crypto';
import { decodeEnvelope, parseIntegrationEvent } from '@imp/contracts';
import type { RecordedEvent } from '@imp/event-store';
import { toIntegrationMessage } from '@imp/messaging';
import type { ApplicationEvent } from '../domain';
import {
  applicationId,
  applicationSubmitted,
  approvalRecorded,
  documentsAdded,
  informationRequested,
  refusalRecorded,
  requestId,
  reviewStarted,
  submitted,
  withdrawn,
} from '../domain/testing/application.fixtures';
import { applicationContractOf } from './application-contract.mapper';

function recorded(event: ApplicationEvent): RecordedEvent {
  return {
    id: randomUUID(),
    type: event.type,
    version: 1,
    data: event.data,
    metadata: {
      correlationId: 'request-1',
      causationId: 'request-1',
      actor: { id: 'priya', role: 'applicant' },
    },
    occurredAt: submitted.receivedAt,
    streamId: `application-${applicationId}`,
    revision: 0n,
    position: { commit: 1n, prepare: 1n },
    recordedAt: submitted.receivedAt,
    hash: 'f'.repeat(64),
  };
}

/** What a consumer of imp.application.v1 gets: the relay's envelope, through JSON, checked against the contract. */
function consumed(event: ApplicationEvent) {
  const stored = recorded(event);
  const contract = applicationContractOf(stored);
  if (!contract) return null;
  const message = toIntegrationMessage(stored, contract);
  return parseIntegrationEvent(decodeEnvelope(message.value, message.headers));
}

describe('Application events on imp.application.v1', () => {
  it.each([
    ['ApplicationSubmitted', applicationSubmitted()],
    [
      'ApplicationSubmitted with a UCI',
      applicationSubmitted({ applicant: { ...submitted.applicant, uci: '1234-5678' } }),
    ],
    ['ApplicationDocumentsAdded', documentsAdded()],
    ['ApplicationDocumentsAdded answering a request', documentsAdded({ informationRequestId: requestId })],
    ['ApplicationWithdrawn', withdrawn],
    [
      'ApplicationWithdrawn without a reason',
      { ...withdrawn, data: { ...withdrawn.data, reason: undefined } },
    ],
  ] as [string, ApplicationEvent][])(
    '%s passes its contract, keyed by the application id',
    (_case, event) => {
      expect(consumed(event)).toMatchObject({ ok: true, event: { type: event.type } });
      expect(applicationContractOf(recorded(event))?.key).toBe(applicationId);
    },
  );

  it('leaves the country of birth out of the applicant, as the contract has no place for it', () => {
    const result = consumed(applicationSubmitted());
    const { countryOfBirth: _countryOfBirth, ...passportHolder } = submitted.applicant;
    expect(result?.ok && result.event.data).toMatchObject({ applicant: passportHolder });
    expect(result?.ok && result.event.data).not.toHaveProperty('applicant.countryOfBirth');
  });

  it.each([
    ['ApplicationReviewStarted', reviewStarted],
    ['ApplicationInformationRequested', informationRequested],
    ['ApplicationApprovalRecorded', approvalRecorded()],
    ['ApplicationRefusalRecorded', refusalRecorded],
  ] as [string, ApplicationEvent][])(
    '%s stays internal: the decision topic told everyone already',
    (_type, event) => {
      expect(applicationContractOf(recorded(event))).toBeNull();
    },
  );
});
