import { createHash } from 'node:crypto';
import { formatPosition, type RecordedEvent } from '@imp/event-store';

/** One line of an aggregate's audit history: what happened, who did it, when, and its chain hash. */
export function toHistoryEntry(event: RecordedEvent) {
  return {
    revision: Number(event.revision),
    eventId: event.id,
    type: event.type,
    version: event.version,
    data: event.data,
    actor: event.metadata.actor,
    correlationId: event.metadata.correlationId,
    causationId: event.metadata.causationId,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    position: formatPosition(event.position),
    hash: event.hash,
  };
}

/** A name-based UUID (RFC 4122 version 5), for ids that must follow from a natural key. */
export function uuidFromName(namespace: string, name: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name)
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
