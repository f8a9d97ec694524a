import { CatchUpSubscription } from '../catch-up-subscription';
import { InvalidAppendError, WrongExpectedVersionError } from '../errors';
import {
  START,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
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
import { AppendAnnouncer } from './append-announcer';
import { canonicalEventParts } from './canonical-event-parts';
import { toRecordedEvent, type EventRow } from './event-row';
import { eventStoreQueries, type EventStoreQueries } from './event-store-queries';
import { migrateEventStore } from './migrate-event-store';
import type { SqlExecutor, Unlisten } from './sql-executor';
import { sqlErrorFields } from './sql-error';
import {
  DUPLICATE_EVENT_ID_CONSTRAINT,
  sqlNames,
  WRONG_EXPECTED_VERSION_SQLSTATE,
  type SqlNames,
} from './sql-names';
import { verifyAllChains, verifyStreamChain } from './verify-chains';

export interface PostgresEventStoreOptions {
  executor: SqlExecutor;
  /** The service's own schema: the store's tables live there, beside the service's read models. */
  schema: string;
  /** How long a live subscription waits for a notification before polling anyway. */
  pollIntervalMs?: number;
}

/** Lets a service run its own SQL (read models, checkpoints) in the store's database and schema. */
export interface EventStoreExecutorAccess {
  readonly executor: SqlExecutor;
  readonly schema: string;
}

interface AppendedRow {
  revision: string;
  tx_id: string;
  global_position: string;
}

const MAX_REVISION = '9223372036854775807';
const DEFAULT_POLL_INTERVAL_MS = 500;

/** The event store on PostgreSQL or PGlite. Owns its executor: close() closes it. */
export class PostgresEventStore implements EventStore, EventStoreExecutorAccess {
  readonly executor: SqlExecutor;
  readonly schema: string;
  private readonly names: SqlNames;
  private readonly queries: EventStoreQueries;
  private readonly pollIntervalMs: number;
  private readonly subscriptions = new Set<CatchUpSubscription>();
  private readonly announcer: AppendAnnouncer;
  private unlisten?: Promise<Unlisten | undefined>;

  constructor(options: PostgresEventStoreOptions) {
    this.executor = options.executor;
    this.schema = options.schema;
    this.names = sqlNames(options.schema);
    this.queries = eventStoreQueries(this.names);
    this.pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
    this.announcer = new AppendAnnouncer(this.executor, this.names.notifyChannel, () =>
      this.wakeSubscriptions(),
    );
  }

  migrate(): Promise<void> {
    return migrateEventStore(this.executor, this.schema);
  }

  async appendToStream(
    streamId: string,
    events: NewEvent[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    const expected = options.expectedRevision ?? 'any';
    const parts = validateAppend(streamId, events, expected).map((event) =>
      canonicalEventParts(streamId, event),
    );
    try {
      const { rows } = await this.executor.query<AppendedRow>(this.queries.append, [
        streamId,
        expected.toString(),
        parts.map((part) => part.prefix),
        parts.map((part) => part.suffix),
      ]);
      this.announcer.announce();
      return {
        nextExpectedRevision: BigInt(rows[rows.length - 1].revision),
        positions: rows.map((row) => ({ commit: BigInt(row.tx_id), prepare: BigInt(row.global_position) })),
      };
    } catch (error) {
      throw appendError(error, streamId, expected);
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision?.toString() ?? (backwards ? MAX_REVISION : '0');
    const sql = backwards ? this.queries.readStreamBackwards : this.queries.readStreamForwards;
    const { rows } = await this.executor.query<EventRow>(sql, [streamId, from, limit(options.maxCount)]);
    return rows.map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.after ?? START;
    // START sorts before every real position; xid8 has no -1, and no transaction id is below 3.
    const commit = after.commit < 0n ? '0' : after.commit.toString();
    const { rows } = await this.executor.query<EventRow>(this.queries.readAll, [
      commit,
      after.prepare.toString(),
      limit(options.maxCount),
    ]);
    return rows.map(toRecordedEvent);
  }

  async headPosition(): Promise<LogPosition> {
    const { rows } = await this.executor.query<{ commit: string; prepare: string }>(
      this.queries.headPosition,
    );
    return rows[0] ? { commit: BigInt(rows[0].commit), prepare: BigInt(rows[0].prepare) } : START;
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    this.unlisten ??= this.listenForAppends();
    const subscription: CatchUpSubscription = new CatchUpSubscription(this, {
      ...options,
      pollIntervalMs: this.pollIntervalMs,
      onStopped: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  verifyStream(streamId: string): Promise<VerificationResult> {
    return verifyStreamChain(this.executor, this.queries, streamId);
  }

  verifyAll(): Promise<VerificationResult> {
    return verifyAllChains(this.executor, this.queries);
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await (
      await this.unlisten
    )?.();
    await this.announcer.settled();
    await this.executor.close();
  }

  /** Subscriptions are woken once listening starts, for appends made before it did. */
  private async listenForAppends(): Promise<Unlisten | undefined> {
    try {
      return await this.executor.listen(this.names.notifyChannel, () => this.wakeSubscriptions());
    } catch {
      return undefined; // subscriptions fall back to polling
    } finally {
      this.wakeSubscriptions();
    }
  }

  private wakeSubscriptions(): void {
    for (const subscription of this.subscriptions) subscription.wake();
  }
}

function limit(maxCount: number | undefined): number | null {
  if (maxCount === undefined) return null;
  if (!Number.isSafeInteger(maxCount) || maxCount < 0) {
    throw new RangeError(`maxCount must be an integer >= 0, not ${maxCount}`);
  }
  return maxCount;
}

function appendError(error: unknown, streamId: string, expected: ExpectedRevision): unknown {
  const { code, detail, constraint } = sqlErrorFields(error);
  if (code === WRONG_EXPECTED_VERSION_SQLSTATE && detail !== undefined) {
    return new WrongExpectedVersionError(streamId, expected, detail === '-1' ? 'no_stream' : BigInt(detail));
  }
  if (code === '23505' && constraint === DUPLICATE_EVENT_ID_CONSTRAINT) {
    return new InvalidAppendError(
      `Stream ${streamId}: an event with the same id is already stored (${detail ?? ''})`,
    );
  }
  return error;
}
