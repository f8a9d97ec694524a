/**
 * The event store port. Every adapter (PostgreSQL, PGlite, KurrentDB) implements it and passes
 * the contract suite in ./testing/event-store.contract.ts.
 */

export interface Actor {
  id: string;
  role: string;
}

export interface EventMetadata {
  correlationId: string;
  causationId: string;
  actor: Actor;
  [extra: string]: unknown;
}

/** What a caller appends. `occurredAt` is business time and comes from the command, never the store. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  id: string;
  type: Type;
  version: number;
  data: Data;
  metadata: EventMetadata;
  occurredAt: string;
}

/**
 * A place in the global log. Compared as the pair (commit, prepare), like KurrentDB's $all position.
 * On PostgreSQL `commit` is the writing transaction's id and `prepare` the row's sequence number, which
 * is what lets readAll never skip a late-committing transaction.
 */
export interface LogPosition {
  commit: bigint;
  prepare: bigint;
}

export const START: LogPosition = Object.freeze({ commit: -1n, prepare: -1n });

/** What the store hands back: the appended event plus what the store decided. */
export interface RecordedEvent<Type extends string = string, Data = unknown> extends NewEvent<Type, Data> {
  streamId: string;
  /** 0-based position of the event in its stream. */
  revision: bigint;
  position: LogPosition;
  /** Set by the store, ISO-8601 UTC with milliseconds. */
  recordedAt: string;
  /** sha256(previous hash in the stream + canonical JSON of the event), hex. */
  hash: string;
}

export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | bigint;

export interface AppendOptions {
  expectedRevision?: ExpectedRevision;
}

export interface AppendResult {
  /** The stream's revision after the append (the last event's revision). */
  nextExpectedRevision: bigint;
  /** The global position of each appended event, in order. */
  positions: LogPosition[];
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive. Defaults to the start (forwards) or the end (backwards). */
  fromRevision?: bigint;
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. */
  after?: LogPosition;
  maxCount?: number;
}

export interface SubscribeOptions {
  /** Exclusive: the checkpoint of the last event already handled. */
  after?: LogPosition;
  /** Called for each event in global order; the next event waits for the returned promise. */
  onEvent: (event: RecordedEvent) => Promise<void> | void;
  /** Called once if the subscription stops on an error (onEvent throwing included). */
  onError?: (error: unknown) => void;
  /** Maximum events fetched per read. */
  batchSize?: number;
}

export interface Subscription {
  /** Resolves when the subscription has stopped and no onEvent call is in flight. */
  stop(): Promise<void>;
  /** Resolves once the subscription has delivered everything up to the log's head at call time. */
  caughtUp(): Promise<void>;
}

export interface VerificationResult {
  ok: boolean;
  eventsChecked: number;
  /** The first event whose stored hash or link does not match, when ok is false. */
  firstBroken?: {
    streamId: string;
    revision: bigint;
    eventId: string;
    expectedHash: string;
    storedHash: string;
    reason: 'hash-mismatch' | 'broken-link' | 'revision-gap';
  };
}

export interface EventStore {
  appendToStream(streamId: string, events: NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** The position of the newest event a reader may safely see now, or START when the log is empty. */
  headPosition(): Promise<LogPosition>;
  subscribeToAll(options: SubscribeOptions): Subscription;
  verifyStream(streamId: string): Promise<VerificationResult>;
  verifyAll(): Promise<VerificationResult>;
  close(): Promise<void>;
}
