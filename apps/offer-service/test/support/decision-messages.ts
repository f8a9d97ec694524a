import { randomUUID } from 'node:crypto';
import { createEnvelope, encodeEnvelope, type IntegrationEventData, toHeaders } from '@imp/contracts';
import type { OutgoingMessage } from '@imp/messaging';

type Decision = 'ApplicationApproved' | 'ApplicationRefused';

/** A decision event as the decision service would put it on imp.decision.v1. */
export function decisionMessage<T extends Decision>(
  type: T,
  data: IntegrationEventData<T>,
  id: string = randomUUID(),
): OutgoingMessage & { id: string; correlationId: string } {
  const correlationId = `case-review-${id.slice(0, 8)}`;
  const decidedAt = 'approvedAt' in data ? data.approvedAt : data.refusedAt;
  const envelope = createEnvelope({
    id,
    type,
    streamId: `case-${data.caseId}`,
    revision: 4,
    occurredAt: decidedAt,
    recordedAt: decidedAt,
    data,
    metadata: { correlationId, causationId: randomUUID(), actor: { id: 'officer-17', role: 'officer' } },
  });
  return {
    key: data.caseId,
    value: encodeEnvelope(envelope),
    headers: toHeaders(envelope),
    id,
    correlationId,
  };
}

export const approval = (offerNumber: string, approvedAt = new Date().toISOString()) =>
  ({
    caseId: randomUUID(),
    applicationNumber: 'W993830598',
    offerNumber,
    outcome: 'PORT_OF_ENTRY_LETTER',
    validFrom: '2026-04-01',
    validUntil: '2028-03-31',
    conditions: { employer: 'Maple Robotics Inc.', occupation: '21301' },
    approvedBy: 'officer-17',
    approvedAt,
  }) satisfies IntegrationEventData<'ApplicationApproved'>;

export const refusal = (offerNumber: string | null, refusedAt = new Date().toISOString()) =>
  ({
    caseId: randomUUID(),
    applicationNumber: 'W993830599',
    offerNumber,
    reasons: [{ rule: 'R200(3)(a)', text: 'The applicant cannot perform the work sought.' }],
    refusedBy: 'officer-17',
    refusedAt,
  }) satisfies IntegrationEventData<'ApplicationRefused'>;
