import {
  createEnvelope,
  decodeEnvelope,
  encodeEnvelope,
  type IntegrationEvent,
  type IntegrationEventData,
  type IntegrationEventType,
  parseIntegrationEvent,
  toHeaders,
} from '@imp/contracts';
import type { RecordedEvent } from '@imp/event-store';
import type { ParseResult } from './integration-consumer';
import type { IncomingMessage, OutgoingMessage } from './transport';

/** An internal event's public face: which contract, with what data, keyed by which aggregate. */
export interface ContractEvent<Type extends IntegrationEventType = IntegrationEventType> {
  type: Type;
  data: IntegrationEventData<Type>;
  /** The aggregate id: the message key, so one aggregate's events stay in one partition, in order. */
  key: string;
}

/** Wraps a stored event into the envelope of architecture §3, keeping its id, times and metadata. */
export function toIntegrationMessage(recorded: RecordedEvent, event: ContractEvent): OutgoingMessage {
  const envelope = createEnvelope({
    id: recorded.id,
    type: event.type,
    streamId: recorded.streamId,
    revision: recorded.revision,
    occurredAt: recorded.occurredAt,
    recordedAt: recorded.recordedAt,
    data: event.data,
    metadata: recorded.metadata,
  });
  return { key: event.key, value: encodeEnvelope(envelope), headers: toHeaders(envelope) };
}

/** Decodes, validates and upcasts a consumed message; a reason instead of an exception when it cannot. */
export function parseIntegrationMessage(message: IncomingMessage): ParseResult<IntegrationEvent> {
  try {
    return parseIntegrationEvent(decodeEnvelope(message.value, message.headers));
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
