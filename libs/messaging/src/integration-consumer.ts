import { Logger } from '@nestjs/common';
import { type Sql, type TransactionalSql, qualified } from './sql';
import type { ConsumerHandle, IncomingMessage, MessageTransport } from './transport';

export interface ParsedEvent {
  id: string;
  type: string;
}

export type ParseResult<E extends ParsedEvent> = { ok: true; event: E } | { ok: false; reason: string };

/** Applies one event inside the transaction that also records it in the inbox. */
export type EventApplier<E extends ParsedEvent> = (event: E, tx: Sql) => Promise<void>;

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
  apply: EventApplier<E>;
  /** Delays between attempts; after the last one the message goes to the dead-letter topic. */
  retryDelaysMs?: number[];
  metrics?: ConsumerMetrics;
}

export const deadLetterTopicOf = (topic: string) => `${topic}.dlq`;

/**
 * One consumer group of a service. Each event is applied exactly once to the read models: the inbox row
 * and the change commit together, so a redelivered event changes nothing. A message that keeps failing,
 * or fails its schema, is dead-lettered with the reason and its partition moves on.
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
      handle: (message) => this.process(message),
      onLag: (topic, partition, lag) => this.options.metrics?.lag(topic, partition, lag),
    });
  }

  async stop(): Promise<void> {
    await this.handle?.stop();
  }

  async process(message: IncomingMessage): Promise<void> {
    const parsed = this.options.parse(message);
    if (!parsed.ok) return this.deadLetter(message, `invalid message: ${parsed.reason}`);
    const delays = this.options.retryDelaysMs ?? [50, 200, 1000];
    for (let attempt = 0; ; attempt++) {
      try {
        const applied = await this.applyOnce(parsed.event, message.topic);
        if (applied) this.options.metrics?.applied(message.topic);
        else this.options.metrics?.duplicate(message.topic);
        return;
      } catch (error) {
        const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        if (attempt >= delays.length) return this.deadLetter(message, reason, parsed.event);
        this.logger.warn(`${parsed.event.type} ${parsed.event.id} failed (attempt ${attempt + 1}): ${reason}`);
        await new Promise((resolve) => setTimeout(resolve, delays[attempt]));
      }
    }
  }

  private applyOnce(event: E, topic: string): Promise<boolean> {
    return this.options.sql.transaction(async (tx) => {
      const { rows } = await tx.query(
        `INSERT INTO ${qualified(this.options.schema, 'inbox')} (event_id, topic, type, outcome)
         VALUES ($1, $2, $3, 'applied') ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
        [event.id, topic, event.type],
      );
      if (rows.length === 0) return false;
      await this.options.apply(event, tx);
      return true;
    });
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
           VALUES ($1, $2, $3, 'dead-lettered') ON CONFLICT (event_id) DO NOTHING`,
          [event.id, message.topic, event.type],
        );
      }
    });
    this.options.metrics?.deadLettered(message.topic);
  }
}
