import { Logger } from '@nestjs/common';
import {
  type EventStore,
  type LogPosition,
  type RecordedEvent,
  START,
  type Subscription,
} from '@imp/event-store';
import { type Sql, qualified } from './sql';
import type { MessageTransport, OutgoingMessage } from './transport';

export interface RelayMetrics {
  published(count: number, position: LogPosition): void;
}

export interface OutboxRelayOptions {
  /** Names the checkpoint row, e.g. "offer-service:imp.offer.v1". */
  name: string;
  store: EventStore;
  sql: Sql;
  schema: string;
  transport: MessageTransport;
  topic: string;
  /** Maps an internal event to its integration message; null keeps the event internal. */
  toMessage: (event: RecordedEvent) => OutgoingMessage | null;
  batchSize?: number;
  metrics?: RelayMetrics;
}

/**
 * Publishes a service's own events to its topic, in global order and in batches, from a stored checkpoint.
 * The checkpoint moves only after the broker acknowledged the batch: a crash in between republishes
 * (duplicates, which inboxes drop) and never leaves a gap.
 */
const CHECKPOINT_EVERY_MS = 250;

export class OutboxRelay {
  private readonly logger: Logger;
  private readonly table: string;
  private subscription?: Subscription;
  private buffer: RecordedEvent[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private flushScheduled = false;
  private stopped = false;
  private published?: LogPosition;
  private checkpointedAt = 0;

  constructor(private readonly options: OutboxRelayOptions) {
    this.logger = new Logger(`OutboxRelay ${options.name}`);
    this.table = qualified(options.schema, 'relay_checkpoints');
  }

  async start(): Promise<void> {
    await this.options.sql.query(
      `CREATE TABLE IF NOT EXISTS ${this.table} (name text PRIMARY KEY, commit_position numeric NOT NULL,
        prepare_position numeric NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`,
    );
    const after = await this.checkpoint();
    this.subscription = this.options.store.subscribeToAll({
      after,
      batchSize: this.options.batchSize ?? 500,
      onEvent: (event) => this.enqueue(event),
      onError: (error) => this.logger.error(`subscription stopped: ${String(error)}`),
    });
  }

  async checkpoint(): Promise<LogPosition> {
    const { rows } = await this.options.sql.query<{ commit_position: string; prepare_position: string }>(
      `SELECT commit_position, prepare_position FROM ${this.table} WHERE name = $1`,
      [this.options.name],
    );
    if (rows.length === 0) return START;
    return { commit: BigInt(rows[0].commit_position), prepare: BigInt(rows[0].prepare_position) };
  }

  /** Resolves when everything in the store up to now has been published. */
  async caughtUp(): Promise<void> {
    await this.subscription?.caughtUp();
    await this.flush();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.subscription?.stop();
    await this.flushing;
    await this.saveCheckpoint();
  }

  private async enqueue(event: RecordedEvent): Promise<void> {
    this.buffer.push(event);
    if (this.buffer.length >= (this.options.batchSize ?? 500)) {
      // One batch goes to the broker while the next is read from the store; no more than that waits.
      const inFlight = this.flushing;
      void this.flush().catch((error) => this.logger.error(String(error)));
      return inFlight;
    }
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      // The subscription hands over a fetched batch without yielding, so this flush sees all of it.
      setImmediate(() => {
        this.flushScheduled = false;
        void this.flush().catch((error) => this.logger.error(String(error)));
      });
    }
  }

  private flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      const batch = this.buffer;
      this.buffer = [];
      if (batch.length > 0) await this.publishUntilAccepted(batch);
    });
    return this.flushing;
  }

  private async saveCheckpoint(): Promise<void> {
    const position = this.published;
    if (!position) return;
    await this.options.sql.query(
      `INSERT INTO ${this.table} (name, commit_position, prepare_position) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET commit_position = $2, prepare_position = $3, updated_at = now()`,
      [this.options.name, position.commit.toString(), position.prepare.toString()],
    );
    this.checkpointedAt = Date.now();
  }

  private async publishUntilAccepted(batch: RecordedEvent[]): Promise<void> {
    const messages = batch.map(this.options.toMessage).filter((m): m is OutgoingMessage => m !== null);
    const last = batch[batch.length - 1].position;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.options.transport.publish(this.options.topic, messages);
        this.published = last;
        this.options.metrics?.published(messages.length, last);
        // Under load the checkpoint is written a few times a second, not per batch: a crash then republishes
        // a little more (duplicates the inboxes drop), and the relay spends its time publishing.
        if (this.buffer.length === 0 || Date.now() - this.checkpointedAt >= CHECKPOINT_EVERY_MS) {
          await this.saveCheckpoint();
        }
        return;
      } catch (error) {
        if (this.stopped) throw error;
        const delay = Math.min(100 * 2 ** (attempt - 1), 5000);
        this.logger.warn(`publish failed (attempt ${attempt}), retrying in ${delay} ms: ${String(error)}`);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }
}
