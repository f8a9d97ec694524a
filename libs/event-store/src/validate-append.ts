import { canonicalJson } from './canonical-json';
import { InvalidAppendError } from './errors';
import type { ExpectedRevision, NewEvent } from './event-store.port';

/** An event that passed validation, with its data and metadata already in canonical JSON. */
export interface ValidatedEvent {
  event: NewEvent;
  dataJson: string;
  metadataJson: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const LONE_SURROGATE = /\p{Cs}/u;
const MAX_INT32 = 2 ** 31 - 1;

/**
 * Checks an append before anything is written, so a bad event in a batch rejects the whole batch.
 * Ids are lowercased: that is how UUIDs are stored and read back, and the hash covers the id.
 */
export function validateAppend(
  streamId: unknown,
  events: readonly NewEvent[],
  expectedRevision: unknown,
): ValidatedEvent[] {
  if (typeof streamId !== 'string' || streamId.trim() === '') {
    throw invalid('The stream id must be a non-blank string');
  }
  if (isUnstorable(streamId)) throw invalid('The stream id contains NUL or a lone surrogate');
  assertExpectedRevision(expectedRevision);
  if (!Array.isArray(events) || events.length === 0) throw invalid('At least one event must be appended');

  const validated = events.map((event, index) =>
    validateEvent(event, `Event ${index} of stream ${streamId}`),
  );
  const ids = new Set(validated.map(({ event }) => event.id));
  if (ids.size !== validated.length) throw invalid(`Stream ${streamId}: two events in the batch share an id`);
  return validated;
}

function validateEvent(event: NewEvent, label: string): ValidatedEvent {
  if (typeof event !== 'object' || event === null) throw invalid(`${label} is not an object`);
  if (typeof event.id !== 'string' || !UUID.test(event.id)) throw invalid(`${label}: id must be a UUID`);
  if (typeof event.type !== 'string' || event.type.trim() === '') throw invalid(`${label}: type is missing`);
  if (isUnstorable(event.type)) throw invalid(`${label}: type contains NUL or a lone surrogate`);
  if (!Number.isInteger(event.version) || event.version < 1 || event.version > MAX_INT32) {
    throw invalid(`${label}: version must be a positive 32-bit integer`);
  }
  if (
    typeof event.occurredAt !== 'string' ||
    !ISO_TIMESTAMP.test(event.occurredAt) ||
    isNaN(Date.parse(event.occurredAt))
  ) {
    throw invalid(`${label}: occurredAt must be an ISO-8601 timestamp with a time zone`);
  }
  return {
    event: { ...event, id: event.id.toLowerCase() },
    dataJson: storableJson(event.data, `${label}: data`),
    metadataJson: storableJson(event.metadata, `${label}: metadata`),
  };
}

function storableJson(value: unknown, label: string): string {
  let json: string;
  try {
    json = canonicalJson(value);
  } catch (error) {
    throw invalid(
      `${label} is not JSON-serialisable: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (containsUnstorableString(value))
    throw invalid(`${label} contains a string with NUL (\\u0000) or a lone surrogate`);
  return json;
}

function containsUnstorableString(value: unknown): boolean {
  if (typeof value === 'string') return isUnstorable(value);
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(containsUnstorableString);
  return Object.entries(value).some(([key, item]) => isUnstorable(key) || containsUnstorableString(item));
}

/** NUL cannot be stored in PostgreSQL text or jsonb, and a lone surrogate is not Unicode at all. */
function isUnstorable(text: string): boolean {
  return text.includes('\u0000') || LONE_SURROGATE.test(text);
}

function assertExpectedRevision(expected: unknown): asserts expected is ExpectedRevision {
  if (expected === 'any' || expected === 'no_stream' || expected === 'stream_exists') return;
  if (typeof expected === 'bigint' && expected >= 0n) return;
  throw invalid(
    `Expected revision ${String(expected)} is not 'any', 'no_stream', 'stream_exists' or a revision >= 0`,
  );
}

function invalid(message: string): InvalidAppendError {
  return new InvalidAppendError(message);
}
