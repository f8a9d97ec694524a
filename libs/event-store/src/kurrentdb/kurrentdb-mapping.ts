import {
  excludeSystemEvents,
  jsonEvent,
  NO_STREAM,
  START as READ_FROM_START,
  streamNameFilter,
  type AppendStreamState,
  type EventData,
  type Filter,
  type JSONType,
  type Position,
  type ReadPosition,
  type RecordedEvent as KurrentRecordedEvent,
} from '@kurrent/kurrentdb-client';
import { canonicalEventText, chainHash, GENESIS_HASH } from '../canonical-json';
import { EventStoreError, InvalidAppendError, WrongExpectedVersionError } from '../errors';
import type {
  EventMetadata,
  ExpectedRevision,
  LogPosition,
  NewEvent,
  RecordedEvent,
} from '../event-store.port';

/** An event in the store's streams that the store did not write, e.g. one appended with another client. */
export class ForeignEventError extends EventStoreError {
  override name = 'ForeignEventError';
  constructor(eventId: string, why: string) {
    super(`Event ${eventId} was not written by this event store: ${why}`);
  }
}

// What servers before EventStoreDB 22.6 put in place of the $all position on stream reads (u64 max).
const UNKNOWN_POSITION = 2n ** 64n - 1n;

/** A stream's newest event, which the next append chains from. Absent while the stream has no event. */
export interface ChainTip {
  revision: bigint;
  hash: string;
}

/** An event ready to append: where it lands in its stream and the hash that links it to the previous one. */
export interface StampedEvent {
  event: NewEvent;
  revision: bigint;
  recordedAt: string;
  hash: string;
}

/**
 * The metadata KurrentDB stores for an event. The caller's metadata is nested so that none of its keys can
 * clash with the store's; `$correlationId`/`$causationId` are the keys KurrentDB's own projections and UI read.
 */
export type StoredMetadata = {
  metadata: EventMetadata;
  version: number;
  occurredAt: string;
  recordedAt: string;
  hash: string;
  $correlationId?: unknown;
  $causationId?: unknown;
};

/** $-names are KurrentDB's own: events under them would be left out of every read of the log. */
export function assertNoSystemNames(streamName: string, events: readonly NewEvent[]): void {
  if (streamName.startsWith('$')) {
    throw new InvalidAppendError(`Stream ${streamName}: names starting with $ are reserved`);
  }
  const reserved = events.find((event) => event.type.startsWith('$'));
  if (reserved) {
    throw new InvalidAppendError(`Event type ${reserved.type}: types starting with $ are reserved`);
  }
}

/** Throws when the stream, as just read, is not where the caller expected it. */
export function assertExpectedRevision(
  streamId: string,
  expected: ExpectedRevision,
  tip: ChainTip | undefined,
): void {
  const met =
    expected === 'any' ||
    (expected === 'no_stream' && tip === undefined) ||
    (expected === 'stream_exists' && tip !== undefined) ||
    (typeof expected === 'bigint' && tip?.revision === expected);
  if (!met) throw new WrongExpectedVersionError(streamId, expected, tip?.revision ?? 'no_stream');
}

/**
 * The state every append is made against, whatever the caller expected: the exact tip the hashes were
 * computed from, so two concurrent appends can never both chain from the same previous hash.
 */
export function appendStreamState(tip: ChainTip | undefined): AppendStreamState {
  return tip?.revision ?? NO_STREAM;
}

export function stampBatch(
  streamId: string,
  events: readonly NewEvent[],
  tip: ChainTip | undefined,
  recordedAt: string,
): StampedEvent[] {
  let previousHash = tip?.hash ?? GENESIS_HASH;
  let revision = tip?.revision ?? -1n;
  return events.map((event) => {
    revision += 1n;
    const hash = chainHash(previousHash, canonicalEventText({ ...event, streamId, revision, recordedAt }));
    previousHash = hash;
    return { event, revision, recordedAt, hash };
  });
}

export function packMetadata({ event, recordedAt, hash }: StampedEvent): StoredMetadata {
  return {
    metadata: event.metadata,
    version: event.version,
    occurredAt: event.occurredAt,
    recordedAt,
    hash,
    $correlationId: event.metadata.correlationId,
    $causationId: event.metadata.causationId,
  };
}

export function unpackMetadata(eventId: string, stored: unknown): StoredMetadata {
  const candidate = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<StoredMetadata>;
  const valid =
    typeof candidate.metadata === 'object' &&
    candidate.metadata !== null &&
    Number.isInteger(candidate.version) &&
    typeof candidate.occurredAt === 'string' &&
    typeof candidate.recordedAt === 'string' &&
    typeof candidate.hash === 'string';
  if (!valid) {
    throw new ForeignEventError(eventId, 'its metadata lacks version, occurredAt, recordedAt or hash');
  }
  return candidate as StoredMetadata;
}

export function toEventData(stamped: StampedEvent): EventData {
  return jsonEvent({
    id: stamped.event.id,
    type: stamped.event.type,
    // Validation has proved the data JSON-serialisable; the client's JSONType is only narrower on paper.
    data: stamped.event.data as JSONType,
    metadata: packMetadata(stamped),
  });
}

export function toLogPosition(position: Position): LogPosition {
  return { commit: position.commit, prepare: position.prepare };
}

/** START and anything before it mean the beginning of $all, which KurrentDB names rather than numbers. */
export function toReadPosition(position: LogPosition): ReadPosition {
  return position.commit < 0n ? READ_FROM_START : { commit: position.commit, prepare: position.prepare };
}

/**
 * Whether a stored event is one of ours: not a KurrentDB system event ($-typed, or in a $-stream such as
 * $$metadata or a projection's links) and inside the store's stream prefix.
 */
export function isStoreEvent(event: { streamId: string; type: string }, streamPrefix: string): boolean {
  return (
    !event.type.startsWith('$') && !event.streamId.startsWith('$') && event.streamId.startsWith(streamPrefix)
  );
}

/** Lets the server skip most events that isStoreEvent would reject anyway. */
export function storeEventFilter(streamPrefix: string): Filter {
  return streamPrefix === '' ? excludeSystemEvents() : streamNameFilter({ prefixes: [streamPrefix] });
}

export function toRecordedEvent(recorded: KurrentRecordedEvent, streamPrefix: string): RecordedEvent {
  if (!recorded.isJson) throw new ForeignEventError(recorded.id, 'its data is not JSON');
  if (!recorded.position || recorded.position.commit === UNKNOWN_POSITION) {
    throw new EventStoreError(
      `KurrentDB returned event ${recorded.id} without its log position: stream reads carry it from EventStoreDB 22.6 on`,
    );
  }
  const stored = unpackMetadata(recorded.id, recorded.metadata);
  return {
    id: recorded.id,
    type: recorded.type,
    version: stored.version,
    data: recorded.data,
    metadata: stored.metadata,
    occurredAt: stored.occurredAt,
    streamId: recorded.streamId.slice(streamPrefix.length),
    revision: recorded.revision,
    position: toLogPosition(recorded.position),
    recordedAt: stored.recordedAt,
    hash: stored.hash,
  };
}
