import { randomUUID } from 'node:crypto';
import { decodeEnvelope, parseIntegrationEvent } from '@imp/contracts';
import type { RecordedEvent } from '@imp/event-store';
import { toIntegrationMessage } from '@imp/messaging';
import type { CaseEvent } from '../domain';
import {
  approved,
  assigned,
  caseId,
  caseOpened,
  documentId,
  employerLinked,
  informationRequested,
  now,
  offerLinked,
  officer,
  passed,
} from '../domain/testing/case.fixtures';
import { caseContractOf } from './case-contract.mapper';

function recorded(event: CaseEvent): RecordedEvent {
  return {
    id: randomUUID(),
    type: event.type,
    version: 1,
    data: event.data,
    metadata: {
      correlationId: 'request-1',
      causationId: 'request-1',
      actor: { id: officer, role: 'officer' },
    },
    occurredAt: now,
    streamId: `case-${caseId}`,
    revision: 7n,
    position: { commit: 1n, prepare: 1n },
    recordedAt: now,
    hash: 'f'.repeat(64),
  };
}

/** What a consumer of imp.decision.v1 gets: the relay's envelope, through JSON, checked against the contract. */
function consumed(event: CaseEvent) {
  const stored = recorded(event);
  const contract = caseContractOf(stored);
  if (!contract) return null;
  const message = toIntegrationMessage(stored, contract);
  return parseIntegrationEvent(decodeEnvelope(message.value, message.headers));
}

const application = { caseId, applicationNumber: 'W993830598' };

const publicEvents: CaseEvent[] = [
  caseOpened(),
  informationRequested,
  approved(),
  approved({ outcome: 'WORK_PERMIT', conditions: { employer: 'Maple Robotics Inc.', occupation: '21231' } }),
  {
    type: 'ApplicationRefused',
    data: {
      ...application,
      offerNumber: null,
      reasons: [{ rule: 'R200(3)(f.1)', text: 'No offer A1234567 was submitted before the application' }],
      refusedBy: officer,
      refusedAt: now,
    },
  },
  {
    type: 'PortOfEntryOutcomeRecorded',
    data: { ...application, outcome: 'PERMIT_ISSUED', recordedBy: 'cbsa-4', recordedAt: now },
  },
  { type: 'CaseFlagged', data: { ...application, reason: 'OFFER_WITHDRAWN', flaggedAt: now } },
];

const internalEvents: CaseEvent[] = [
  offerLinked(),
  employerLinked,
  passed('OFFER_SUBMITTED'),
  assigned(),
  {
    type: 'CaseDocumentsReceived',
    data: { caseId, documents: [{ documentId, kind: 'PASSPORT_COPY', fileName: 'p.pdf' }], receivedAt: now },
  },
  { type: 'CaseWithdrawn', data: { ...application, withdrawnAt: now } },
];

describe('Case events on imp.decision.v1', () => {
  it.each(publicEvents.map((event) => [event.type, event]))('%s passes its contract', (type, event) => {
    expect(consumed(event)).toMatchObject({
      ok: true,
      event: { type, streamId: `case-${caseId}`, revision: 7 },
    });
  });

  it('keys every message by the case id, so one case stays in order', () => {
    for (const event of publicEvents) expect(caseContractOf(recorded(event))?.key).toBe(caseId);
  });

  it('leaves out who asked for information or recorded the border outcome: the contracts carry no officer there', () => {
    const requested = consumed(informationRequested);
    expect(requested?.ok && requested.event.data).toEqual({
      caseId,
      requestId: informationRequested.data.requestId,
      applicationNumber: 'W993830598',
      items: informationRequested.data.items,
      dueDate: '2025-03-14',
    });
  });

  it.each(internalEvents.map((event) => [event.type, event]))('%s stays internal', (_type, event) => {
    expect(caseContractOf(recorded(event))).toBeNull();
  });
});
