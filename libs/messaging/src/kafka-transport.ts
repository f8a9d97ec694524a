import { type Admin, type Consumer, Kafka, logLevel, Partitioners, type Producer } from 'kafkajs';
import type { ConsumerHandle, ConsumerOptions, MessageTransport, OutgoingMessage } from './transport';

export interface KafkaTransportOptions {
  brokers: string[];
  clientId: string;
  /** Topics created at start when missing (their .dlq companions too). */
  topics: string[];
  partitions?: number;
  /** kafkajs waits this long for a fetch to fill; its 5 s default adds seconds of lag. */
  maxWaitTimeInMs?: number;
  /**
   * Prefixed to every topic and consumer group on the broker, so that several systems (test runs, staging)
   * can share one cluster without reading each other's events. Empty in production: topics keep their
   * contract names.
   */
  namespace?: string;
}

function headersOf(raw: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw ?? {})) {
    if (value !== undefined) out[name] = Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
  }
  return out;
}

/** Messages handed to the consumer at once: one database transaction's worth. */
const CHUNK = 250;

export class KafkaTransport implements MessageTransport {
  readonly kind = 'kafka';
  private readonly kafka: Kafka;
  private readonly admin: Admin;
  private producer?: Producer;
  private readonly consumers = new Set<Consumer>();

  private readonly namespace: string;

  constructor(private readonly options: KafkaTransportOptions) {
    this.namespace = options.namespace ?? '';
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      logLevel: logLevel.WARN,
      retry: { initialRetryTime: 100, retries: 12, maxRetryTime: 5000 },
    });
    this.admin = this.kafka.admin();
  }

  async start(): Promise<void> {
    await this.admin.connect();
    const existing = new Set(await this.admin.listTopics());
    const wanted = this.options.topics
      .flatMap((t) => [t, `${t}.dlq`])
      .map((t) => this.physical(t))
      .filter((t) => !existing.has(t));
    if (wanted.length > 0) {
      await this.admin.createTopics({
        waitForLeaders: true,
        topics: wanted.map((topic) => ({
          topic,
          numPartitions: this.options.partitions ?? 3,
          replicationFactor: 1,
        })),
      });
    }
    // One in-flight request keeps a key's messages in order across retries.
    this.producer = this.kafka.producer({
      createPartitioner: Partitioners.DefaultPartitioner,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    await this.producer.connect();
  }

  async publish(topic: string, messages: OutgoingMessage[]): Promise<void> {
    if (!this.producer) throw new Error('KafkaTransport.start() was not called');
    if (messages.length === 0) return;
    await this.producer.send({ topic: this.physical(topic), acks: -1, messages });
  }

  async consume(options: ConsumerOptions): Promise<ConsumerHandle> {
    const consumer = this.kafka.consumer({
      groupId: this.physical(options.groupId),
      maxWaitTimeInMs: this.options.maxWaitTimeInMs ?? 20,
      allowAutoTopicCreation: false,
      retry: { initialRetryTime: 100, retries: 12, maxRetryTime: 5000 },
    });
    this.consumers.add(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: options.topics.map((t) => this.physical(t)), fromBeginning: true });
    await consumer.run({
      eachBatchAutoResolve: false,
      eachBatch: async ({
        batch,
        resolveOffset,
        heartbeat,
        isRunning,
        isStale,
        commitOffsetsIfNecessary,
      }) => {
        for (let i = 0; i < batch.messages.length; i += CHUNK) {
          if (!isRunning() || isStale()) break;
          const chunk = batch.messages.slice(i, i + CHUNK);
          await options.handle(
            chunk.map((message) => ({
              topic: this.logical(batch.topic),
              partition: batch.partition,
              offset: message.offset,
              key: message.key?.toString('utf8') ?? '',
              value: message.value ?? Buffer.alloc(0),
              headers: headersOf(message.headers),
            })),
          );
          const last = chunk[chunk.length - 1].offset;
          resolveOffset(last);
          options.onLag?.(
            this.logical(batch.topic),
            batch.partition,
            Number(BigInt(batch.highWatermark) - BigInt(last) - 1n),
          );
          await heartbeat();
        }
        await commitOffsetsIfNecessary();
      },
    });
    return {
      stop: async () => {
        this.consumers.delete(consumer);
        await consumer.disconnect();
      },
    };
  }

  private physical(name: string): string {
    return `${this.namespace}${name}`;
  }

  private logical(topic: string): string {
    return topic.startsWith(this.namespace) ? topic.slice(this.namespace.length) : topic;
  }

  async check() {
    const cluster = await this.admin.describeCluster();
    return {
      ok: cluster.brokers.length > 0,
      detail: { transport: 'kafka', brokers: cluster.brokers.length },
    };
  }

  async close(): Promise<void> {
    await Promise.all([...this.consumers].map((c) => c.disconnect()));
    this.consumers.clear();
    await this.producer?.disconnect();
    await this.admin.disconnect();
  }
}
