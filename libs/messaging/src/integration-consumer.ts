import { Logger } from '@nestjs/common';
import { type Sql, type TransactionalSql, qualified } from './sql';
import type { ConsumerHandle, IncomingMessage, MessageTransport } from './transport';

export interface ParsedEvent {
  id: string;
  type: string;
}

export type ParseResult<E extends ParsedEvent> = { ok: true; event: E } | { ok: false; reason: string };

/** Changes read models for one event, inside the transaction that also records it in the inbox. */
export type EventProjector<E extends ParsedEvent> = (event: E, tx: Sql) => Promise<void>;

/**
 * Acts on one event after it is projected: runs commands on the service's own aggregates. Must be
 * idempotent (deciders that ignore what they already did), since a crash before the inbox records the
 * reaction runs it again.
 */
export type EventReactor<E extends ParsedEvent> = (event: E) => Promise<void>;

export interface ConsumerMetrics {
  applied(topic: string): void;
  duplicate(topic: string): void;
  deadLettered(topic: string): void;
  lag(topic: string, partition: number, lag: number): void;
}

export interface IntegrationConsumerOptions<E extends ParsedEvent> {
  groupId: string;
  topics: string[];
  transport: MessageTransport;
  sql: TransactionalSql;
  schema: string;
  /** Decodes, validates and upcasts a message to the latest contract version. */
  parse: (message: IncomingMessage) => ParseResult<E>;
  project?: EventProjector<E>;
  react?: EventReactor<E>;
  /** Delays between attempts; after the last one the message goes to the dead-letter topic. */
  retryDelaysMs?: number[];
  metrics?: ConsumerMetrics;
}

type Outcome = 'applied' | 'projected' | 'duplicate';
type Parsed<E> = { message: IncomingMessage; event: E };

export const deadLetterTopicOf = (topic: string) => `${topic}.dlq`;

/**
 * One consumer group of a service. Each event is projected exactly once: the inbox row and the read-model
 * change commit together, so a redelivered event changes nothing. Reactions run after that, outside the
 * transaction (they append to the service's own store), and the inbox marks them done; a crash in between
 * repeats only the idempotent reaction. A message that keeps failing, or fails its schema, is
 * dead-lettered with the reason and its partition moves on.
 */
export class IntegrationConsumer<E extends ParsedEvent> {
  private readonly logger: Logger;
  private handle?: ConsumerHandle;

  constructor(private readonly options: IntegrationConsumerOptions<E>) {
    this.logger = new Logger(`IntegrationConsumer ${options.groupId}`);
  }

  static async migrate(sql: Sql, schema: string): Promise<void> {
    await sql.query(`CREATE TABLE IF NOT EXISTS ${qualified(schema, 'inbox')} (
      event_id text PRIMARY KEY, topic text NOT NULL, type text NOT NULL,
      outcome text NOT NULL, processed_at timestamptz NOT NULL DEFAULT now())`);
    await sql.query(`CREATE TABLE IF NOT EXISTS ${qualified(schema, 'dead_letters')} (
      topic text NOT NULL, partition int NOT NULL, "offset" text NOT NULL, event_id text, type text,
      error text NOT NULL, headers jsonb NOT NULL, value text NOT NULL,
      dead_lettered_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (topic, partition, "offset"))`);
  }

  async start(): Promise<void> {
    await IntegrationConsumer.migrate(this.options.sql, this.options.schema);
    this.handle = await this.options.transport.consume({
      groupId: this.options.groupId,
      topics: this.options.topics,
      handle: (messages) => this.processBatch(messages),
      onLag: (topic, partition, lag) => this.options.metrics?.lag(topic, partition, lag),
    });
  }

  async stop(): Promise<void> {
    await this.handle?.stop();
  }

  /**
   * The fast path: the whole batch's inbox rows and projections in one transaction. If anything in it fails,
   * the batch is rolled back and each message is processed on its own, so a poison message is retried and
   * dead-lettered alone while the others still apply.
   */
  async processBatch(messages: IncomingMessage[]): Promise<void> {
    const valid: Parsed<E>[] = [];
    for (const message of messages) {
      const parsed = this.options.parse(message);
      if (parsed.ok) valid.push({ message, event: parsed.event });
      else await this.deadLetter(message, `invalid message: ${parsed.reason}`);
    }
    if (valid.length === 0) return;
    let outcomes: Outcome[];
    try {
      outcomes = await this.options.sql.transaction((tx) => this.projectBatch(valid, tx));
    } catch {
      for (const { message, event } of valid) await this.processOne(message, event);
      return;
    }
    for (const [i, { message, event }] of valid.entries()) {
      if (outcomes[i] === 'projected') await this.processOne(message, event);
      else this.count(outcomes[i], message.topic);
    }
  }

  /** One statement records the whole batch in the inbox; only the events it had not seen are projected. */
  private async projectBatch(batch: Parsed<E>[], tx: Sql): Promise<Outcome[]> {
    const inbox = qualified(this.options.schema, 'inbox');
    const fresh: Outcome = this.options.react ? 'projected' : 'applied';
    const ids = batch.map(({ event }) => event.id);
    const { rows } = await tx.query<{ event_id: string }>(
      `INSERT INTO ${inbox} (event_id, topic, type, outcome)
       SELECT id, topic, type, $4 FROM unnest($1::text[], $2::text[], $3::text[]) AS t(id, topic, type)
       ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
      [ids, batch.map(({ message }) => message.topic), batch.map(({ event }) => event.type), fresh],
    );
    const inserted = new Set(rows.map((row) => row.event_id));
    const unfinished = new Set<string>();
    if (inserted.size < batch.length) {
      // Projected by an earlier delivery whose reaction never finished: only the reaction is left to do.
      const earlier = await tx.query<{ event_id: string }>(
        `SELECT event_id FROM ${inbox} WHERE event_id = ANY($1::text[]) AND outcome = 'projected'`,
        [ids.filter((id) => !inserted.has(id))],
      );
      earlier.rows.forEach((row) => unfinished.add(row.event_id));
    }
    const outcomes: Outcome[] = [];
    for (const { event } of batch) {
      if (inserted.delete(event.id)) {
        await this.options.project?.(event, tx);
        outcomes.push(fresh);
      } else outcomes.push(unfinished.delete(event.id) ? 'projected' : 'duplicate');
    }
    return outcomes;
  }

  /** One event with retries and backoff, then the dead-letter topic. */
  private async processOne(message: IncomingMessage, event: E): Promise<void> {
    const delays = this.options.retryDelaysMs ?? [50, 200, 1000];
    for (let attempt = 0; ; attempt++) {
      try {
        const [outcome] = await this.options.sql.transaction((tx) =>
          this.projectBatch([{ message, event }], tx),
        );
        if (outcome === 'projected') {
          await this.options.react?.(event);
          await this.options.sql.query(
            `UPDATE ${qualified(this.options.schema, 'inbox')} SET outcome = 'applied' WHERE event_id = $1`,
            [event.id],
          );
          this.count('applied', message.topic);
        } else this.count(outcome, message.topic);
        return;
      } catch (error) {
        const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        if (attempt >= delays.length) return this.deadLetter(message, reason, event);
        this.logger.warn(`${event.type} ${event.id} failed (attempt ${attempt + 1}): ${reason}`);
        await new Promise((resolve) => setTimeout(resolve, delays[attempt]));
      }
    }
  }

  private count(outcome: Outcome, topic: string): void {
    if (outcome === 'applied') this.options.metrics?.applied(topic);
    if (outcome === 'duplicate') this.options.metrics?.duplicate(topic);
  }

  private async deadLetter(message: IncomingMessage, error: string, event?: E): Promise<void> {
    this.logger.error(`dead-lettering ${message.topic}[${message.partition}]@${message.offset}: ${error}`);
    await this.options.transport.publish(deadLetterTopicOf(message.topic), [
      {
        key: message.key,
        value: message.value,
        headers: {
          ...message.headers,
          'dlq-error': error.slice(0, 4000),
          'dlq-original-topic': message.topic,
          'dlq-original-partition': String(message.partition),
          'dlq-original-offset': message.offset,
          'dlq-consumer-group': this.options.groupId,
        },
      },
    ]);
    await this.options.sql.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO ${qualified(this.options.schema, 'dead_letters')}
           (topic, partition, "offset", event_id, type, error, headers, value)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
        [
          message.topic,
          message.partition,
          message.offset,
          event?.id ?? null,
          event?.type ?? null,
          error,
          JSON.stringify(message.headers),
          message.value.toString('utf8'),
        ],
      );
      if (event) {
        await tx.query(
          `INSERT INTO ${qualified(this.options.schema, 'inbox')} (event_id, topic, type, outcome)
           VALUES ($1, $2, $3, 'dead-lettered')
           ON CONFLICT (event_id) DO UPDATE SET outcome = 'dead-lettered'`,
          [event.id, message.topic, event.type],
        );
      }
    });
    this.options.metrics?.deadLettered(message.topic);
  }
}
