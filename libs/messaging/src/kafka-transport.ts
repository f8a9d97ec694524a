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
}

function headersOf(raw: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw ?? {})) {
    if (value !== undefined) out[name] = Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
  }
  return out;
}

export class KafkaTransport implements MessageTransport {
  readonly kind = 'kafka';
  private readonly kafka: Kafka;
  private readonly admin: Admin;
  private producer?: Producer;
  private readonly consumers = new Set<Consumer>();

  constructor(private readonly options: KafkaTransportOptions) {
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
    const wanted = this.options.topics.flatMap((t) => [t, `${t}.dlq`]).filter((t) => !existing.has(t));
    if (wanted.length > 0) {
      await this.admin.createTopics({
        waitForLeaders: true,
        topics: wanted.map((topic) => ({ topic, numPartitions: this.options.partitions ?? 3, replicationFactor: 1 })),
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
    await this.producer.send({ topic, acks: -1, messages });
  }

  async consume(options: ConsumerOptions): Promise<ConsumerHandle> {
    const consumer = this.kafka.consumer({
      groupId: options.groupId,
      maxWaitTimeInMs: this.options.maxWaitTimeInMs ?? 20,
      allowAutoTopicCreation: false,
      retry: { initialRetryTime: 100, retries: 12, maxRetryTime: 5000 },
    });
    this.consumers.add(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: options.topics, fromBeginning: true });
    await consumer.run({
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary }) => {
        for (const message of batch.messages) {
          if (!isRunning() || isStale()) break;
          await options.handle({
            topic: batch.topic,
            partition: batch.partition,
            offset: message.offset,
            key: message.key?.toString('utf8') ?? '',
            value: message.value ?? Buffer.alloc(0),
            headers: headersOf(message.headers),
          });
          resolveOffset(message.offset);
          options.onLag?.(batch.topic, batch.partition, Number(BigInt(batch.highWatermark) - BigInt(message.offset) - 1n));
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

  async check() {
    const cluster = await this.admin.describeCluster();
    return { ok: cluster.brokers.length > 0, detail: { transport: 'kafka', brokers: cluster.brokers.length } };
  }

  async close(): Promise<void> {
    await Promise.all([...this.consumers].map((c) => c.disconnect()));
    this.consumers.clear();
    await this.producer?.disconnect();
    await this.admin.disconnect();
  }
}
