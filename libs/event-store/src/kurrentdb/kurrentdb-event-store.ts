import {
  BACKWARDS,
  END,
  FORWARDS,
  KurrentDBClient,
  START as READ_FROM_START,
  StreamNotFoundError,
  WrongExpectedVersionError as KurrentWrongExpectedVersionError,
  type ReadStreamOptions as KurrentReadStreamOptions,
} from '@kurrent/kurrentdb-client';
import { EventStoreError, WrongExpectedVersionError } from '../errors';
import {
  START,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type LogPosition,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
  type VerificationResult,
} from '../event-store.port';
import { validateAppend } from '../validate-append';
import {
  appendStreamState,
  assertExpectedRevision,
  assertNoSystemNames,
  stampBatch,
  toEventData,
  toLogPosition,
  toRecordedEvent,
  type ChainTip,
  type StampedEvent,
} from './kurrentdb-mapping';
import { KurrentDbSubscription } from './kurrentdb-subscription';
import { pageSizeFor, readStoreEvents } from './read-store-events';
import { verifyAllChains, verifyStreamChain } from './verify-kurrentdb-chains';

export interface KurrentDbEventStoreOptions {
  client: KurrentDBClient;
  /**
   * Confines the store to the streams whose KurrentDB names start with it, as a schema does on PostgreSQL,
   * so that services or test runs sharing a server each see only their own log. Stream ids are given and
   * returned without it. Defaults to '' (every non-system stream).
   */
  streamPrefix?: string;
}

// Each round of a race at least one appender wins, so this many concurrent 'any' appenders all succeed.
const MAX_APPEND_ATTEMPTS = 10;

/** The event store on KurrentDB (or EventStoreDB). Owns its client: close() disposes it. */
export class KurrentDbEventStore implements EventStore {
  private readonly client: KurrentDBClient;
  private readonly streamPrefix: string;
  private readonly subscriptions = new Set<KurrentDbSubscription>();
  private closed?: Promise<void>;

  constructor(options: KurrentDbEventStoreOptions) {
    this.client = options.client;
    this.streamPrefix = options.streamPrefix ?? '';
    if (this.streamPrefix.startsWith('$')) {
      throw new EventStoreError('The stream prefix may not start with $');
    }
  }

  /**
   * Reads the stream's last event, chains the batch from it and appends at exactly that revision, so that
   * a concurrent append makes this one fail rather than fork the chain. After such a failure the stream is
   * read again: a caller expecting an exact revision or no stream is then refused with the actual revision,
   * while one expecting 'any' or 'stream_exists', whose expectation still holds, is retried.
   */
  async appendToStream(
    streamId: string,
    events: NewEvent[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    const expected = options.expectedRevision ?? 'any';
    const validated = validateAppend(streamId, events, expected).map(({ event }) => event);
    const streamName = this.streamName(streamId);
    assertNoSystemNames(streamName, validated);
    for (let attempt = 1; attempt <= MAX_APPEND_ATTEMPTS; attempt += 1) {
      const tip = await this.readTip(streamName);
      assertExpectedRevision(streamId, expected, tip);
      const stamped = stampBatch(streamId, validated, tip, new Date().toISOString());
      if (await this.appendAt(streamName, stamped, tip)) {
        return {
          nextExpectedRevision: stamped[stamped.length - 1].revision,
          positions: await this.positionsOf(streamName, stamped),
        };
      }
    }
    const tip = await this.readTip(streamName);
    throw new WrongExpectedVersionError(streamId, expected, tip?.revision ?? 'no_stream');
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const maxCount = checkedMaxCount(options.maxCount);
    if (maxCount === 0) return [];
    const backwards = options.direction === 'backwards';
    return this.collectStream(this.streamName(streamId), {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision: options.fromRevision ?? (backwards ? END : READ_FROM_START),
      maxCount,
    });
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const maxCount = checkedMaxCount(options.maxCount);
    const events: RecordedEvent[] = [];
    if (maxCount === 0) return events;
    const pageSize = maxCount === undefined ? undefined : pageSizeFor(maxCount);
    const from = options.after ?? START;
    for await (const event of readStoreEvents(this.client, this.streamPrefix, {
      direction: FORWARDS,
      from,
      pageSize,
    })) {
      events.push(toRecordedEvent(event, this.streamPrefix));
      if (events.length === maxCount) break;
    }
    return events;
  }

  async headPosition(): Promise<LogPosition> {
    for await (const event of readStoreEvents(this.client, this.streamPrefix, {
      direction: BACKWARDS,
      pageSize: 2,
    })) {
      return toLogPosition(event.position);
    }
    return START;
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    const subscription: KurrentDbSubscription = new KurrentDbSubscription(this.client, {
      ...options,
      streamPrefix: this.streamPrefix,
      headPosition: () => this.headPosition(),
      onStopped: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  verifyStream(streamId: string): Promise<VerificationResult> {
    return verifyStreamChain(this.client, this.streamPrefix, streamId);
  }

  verifyAll(): Promise<VerificationResult> {
    return verifyAllChains(this.client, this.streamPrefix);
  }

  close(): Promise<void> {
    this.closed ??= (async () => {
      await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
      await this.client.dispose();
    })();
    return this.closed;
  }

  private streamName(streamId: string): string {
    return this.streamPrefix + streamId;
  }

  /** From the leader: a follower lagging behind would give a stale tip, and the append would only be refused. */
  private async readTip(streamName: string): Promise<ChainTip | undefined> {
    const [last] = await this.collectStream(streamName, {
      direction: BACKWARDS,
      fromRevision: END,
      maxCount: 1,
      requiresLeader: true,
    });
    return last && { revision: last.revision, hash: last.hash };
  }

  /** False when the stream is no longer at the tip, whether the client throws that or reports it. */
  private async appendAt(
    streamName: string,
    stamped: StampedEvent[],
    tip: ChainTip | undefined,
  ): Promise<boolean> {
    try {
      const result = await this.client.appendToStream(streamName, stamped.map(toEventData), {
        streamState: appendStreamState(tip),
      });
      return result.success;
    } catch (error) {
      if (error instanceof KurrentWrongExpectedVersionError) return false;
      throw error;
    }
  }

  /** KurrentDB reports one position per append; each event's own is read back from the leader. */
  private async positionsOf(streamName: string, stamped: StampedEvent[]): Promise<LogPosition[]> {
    const appended = await this.collectStream(streamName, {
      direction: FORWARDS,
      fromRevision: stamped[0].revision,
      maxCount: stamped.length,
      requiresLeader: true,
    });
    if (appended.length !== stamped.length) {
      throw new EventStoreError(`Stream ${streamName}: the appended events could not be read back`);
    }
    return appended.map((event) => event.position);
  }

  private async collectStream(
    streamName: string,
    options: KurrentReadStreamOptions,
  ): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    try {
      for await (const { event } of this.client.readStream(streamName, options)) {
        if (event) events.push(toRecordedEvent(event, this.streamPrefix));
      }
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    return events;
  }
}

function checkedMaxCount(maxCount: number | undefined): number | undefined {
  if (maxCount === undefined) return undefined;
  if (!Number.isSafeInteger(maxCount) || maxCount < 0) {
    throw new RangeError(`maxCount must be an integer >= 0, not ${maxCount}`);
  }
  return maxCount;
}
