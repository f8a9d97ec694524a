import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createPostgresEventStore, type NewEvent, type PostgresEventStore } from '@imp/event-store';
import {
  IntegrationConsumer,
  KafkaTransport,
  OutboxRelay,
  type OutgoingMessage,
  type Sql,
  type TransactionalSql,
} from '@imp/messaging';
import { Kafka, logLevel, Partitioners } from 'kafkajs';

const EVENTS = 20_000;
const BATCH = 500;
const LATENCY_SAMPLES = 300;
const PAYLOAD = { applicant: 'x'.repeat(400), n: 0 };

const newEvent = (n: number): NewEvent => ({
  id: randomUUID(),
  type: 'BenchEvent',
  version: 1,
  data: { ...PAYLOAD, n },
  occurredAt: new Date().toISOString(),
  metadata: {
    correlationId: randomUUID(),
    causationId: randomUUID(),
    actor: { id: 'bench', role: 'system' },
  },
});

const toMessage = (event: { id: string; streamId: string; data: unknown }): OutgoingMessage => ({
  key: event.streamId,
  value: Buffer.from(JSON.stringify({ id: event.id, data: event.data })),
  headers: { 'event-id': event.id },
});

/** A benchmark that stalls (a broker gone away) fails loudly instead of hanging. */
function within<T>(promise: Promise<T>, what: string, ms = 120_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-CA', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/**
 * The messaging runtime next to plain kafkajs doing the same work in the same run: relay vs a producer sending
 * the same payloads in the same batches; consumer + projection vs a kafkajs consumer running the same SQL;
 * and append-to-visible latency across a relay, the broker and a consumer. Returns a markdown report.
 */
export async function runMessagingBench(options: {
  databaseUrl: string;
  brokers: string[];
}): Promise<string> {
  const run = randomBytes(4).toString('hex');
  const schema = `msg_bench_${run}`;
  const topics = { relay: `bench.relay.${run}`, raw: `bench.raw.${run}`, latency: `bench.latency.${run}` };
  const store = await createPostgresEventStore({ databaseUrl: options.databaseUrl, schema, poolSize: 4 });
  const transport = new KafkaTransport({
    brokers: options.brokers,
    clientId: 'bench',
    topics: Object.values(topics),
  });
  await transport.start();
  const kafka = new Kafka({ clientId: 'bench-raw', brokers: options.brokers, logLevel: logLevel.NOTHING });
  try {
    const events = await seed(store);
    const produce = await relayVsProducer(store, transport, kafka, topics, events);
    const consume = await consumerVsKafkajs(store, transport, kafka, topics, schema);
    const latency = await appendToVisible(store, transport, topics.latency, schema);
    return [
      '## Messaging',
      '',
      `${fmt(EVENTS)} events of about ${JSON.stringify(newEvent(0)).length} bytes, batches of ${BATCH}, one broker on loopback.`,
      '',
      '| what | ours | plain kafkajs | ratio (ours / plain throughput) | goal |',
      '|---|---|---|---|---|',
      `| publish: outbox relay vs producer | ${fmt(produce.ours)} ev/s | ${fmt(produce.raw)} ev/s | ${fmt(produce.ours / produce.raw, 2)} | ≥ 0.85 |`,
      `| consume + project: IntegrationConsumer vs eachBatch with the same SQL, a transaction per message | ${fmt(consume.ours)} ev/s | ${fmt(consume.raw)} ev/s | ${fmt(consume.ours / consume.raw, 2)} | ≥ 0.8 |`,
      `| consume + project: the same, against eachBatch with a transaction per batch (what ours does) | ${fmt(consume.ours)} ev/s | ${fmt(consume.rawBatched)} ev/s | ${fmt(consume.ours / consume.rawBatched, 2)} | — |`,
      '',
      `Append → visible in another service's read model (relay → Kafka → consumer → committed), ${LATENCY_SAMPLES} events one at a time:`,
      `p50 ${fmt(latency.p50, 1)} ms, p99 ${fmt(latency.p99, 1)} ms (goal p50 ≤ 15 ms, p99 ≤ 50 ms).`,
      '',
    ].join('\n');
  } finally {
    await transport.close();
    await store.executor.query(`DROP SCHEMA "${schema}" CASCADE`);
    await store.close();
    const admin = kafka.admin();
    await admin.connect();
    await admin
      .deleteTopics({ topics: Object.values(topics).flatMap((t) => [t, `${t}.dlq`]) })
      .catch(() => undefined);
    await admin.disconnect();
  }
}

async function seed(store: PostgresEventStore) {
  const streams = Array.from({ length: 50 }, () => `bench-${randomUUID()}`);
  for (let i = 0; i < EVENTS; i += 100) {
    await store.appendToStream(
      streams[(i / 100) % streams.length],
      Array.from({ length: 100 }, (_, j) => newEvent(i + j)),
    );
  }
  return store.readAll({ maxCount: EVENTS });
}

async function relayVsProducer(
  store: PostgresEventStore,
  transport: KafkaTransport,
  kafka: Kafka,
  topics: { relay: string; raw: string },
  events: Awaited<ReturnType<typeof seed>>,
) {
  const producer = kafka.producer({
    createPartitioner: Partitioners.DefaultPartitioner,
    maxInFlightRequests: 1,
  });
  await producer.connect();
  // Both sides serialise the same events into the same messages inside the timed region.
  let start = performance.now();
  for (let i = 0; i < events.length; i += BATCH) {
    await producer.send({ topic: topics.raw, acks: -1, messages: events.slice(i, i + BATCH).map(toMessage) });
  }
  const raw = EVENTS / ((performance.now() - start) / 1000);
  await producer.disconnect();

  const relay = new OutboxRelay({
    name: 'bench',
    store,
    sql: store.executor,
    schema: store.schema,
    transport,
    topic: topics.relay,
    batchSize: BATCH,
    toMessage,
  });
  start = performance.now();
  await relay.start();
  await within(relay.caughtUp(), 'OutboxRelay');
  const ours = EVENTS / ((performance.now() - start) / 1000);
  await relay.stop();
  return { ours, raw };
}

const projectionSql = (schema: string, table: string) =>
  `INSERT INTO "${schema}".${table} (id, n) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET n = EXCLUDED.n`;

async function consumerVsKafkajs(
  store: PostgresEventStore,
  transport: KafkaTransport,
  kafka: Kafka,
  topics: { relay: string; raw: string },
  schema: string,
) {
  const sql = store.executor as TransactionalSql;
  for (const table of ['rm_ours', 'rm_raw', 'rm_raw_batched']) {
    await sql.query(`CREATE TABLE "${schema}".${table} (id text PRIMARY KEY, n int NOT NULL)`);
  }
  const count = async (table: string) =>
    Number((await sql.query<{ c: string }>(`SELECT count(*) c FROM "${schema}".${table}`)).rows[0].c);

  const raw = await plainConsumer(kafka, sql, schema, topics.raw, 'rm_raw', false);
  const rawBatched = await plainConsumer(kafka, sql, schema, topics.raw, 'rm_raw_batched', true);

  let oursDone = 0;
  let resolveOurs: () => void = () => undefined;
  const oursFinished = new Promise<void>((resolve) => (resolveOurs = resolve));
  const consumer = new IntegrationConsumer<{ id: string; type: string; data: { n: number } }>({
    groupId: `bench-ours-${randomUUID()}`,
    topics: [topics.relay],
    transport,
    sql,
    schema,
    parse: (message) => ({
      ok: true,
      event: { ...JSON.parse(message.value.toString()), type: 'BenchEvent' },
    }),
    project: async (event, tx: Sql) => {
      await tx.query(projectionSql(schema, 'rm_ours'), [event.id, event.data.n]);
    },
    metrics: {
      applied: () => ++oursDone === EVENTS && resolveOurs(),
      duplicate: () => undefined,
      deadLettered: () => undefined,
      lag: () => undefined,
    },
  });
  const start = performance.now();
  await consumer.start();
  await within(oursFinished, 'IntegrationConsumer');
  const ours = EVENTS / ((performance.now() - start) / 1000);
  await consumer.stop();
  for (const table of ['rm_ours', 'rm_raw', 'rm_raw_batched']) {
    if ((await count(table)) !== EVENTS) throw new Error(`${table}: a consumer did not project every event`);
  }
  return { ours, raw, rawBatched };
}

/** kafkajs eachBatch running the projection's SQL: one transaction per message, or one per fetched batch. */
async function plainConsumer(
  kafka: Kafka,
  sql: TransactionalSql,
  schema: string,
  topic: string,
  table: string,
  perBatch: boolean,
) {
  const consumer = kafka.consumer({ groupId: `bench-raw-${randomUUID()}`, maxWaitTimeInMs: 20 });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  const start = performance.now();
  let done = 0;
  await within(
    new Promise<void>((resolve) => {
      const apply = (tx: Sql, message: { value: Buffer | null }) => {
        const body = JSON.parse(message.value!.toString());
        return tx.query(projectionSql(schema, table), [body.id, body.data.n]);
      };
      void consumer.run({
        eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
          if (perBatch) {
            await sql.transaction(async (tx) => {
              for (const message of batch.messages) await apply(tx, message);
            });
          }
          for (const message of batch.messages) {
            if (!perBatch) await sql.transaction((tx) => apply(tx, message));
            resolveOffset(message.offset);
            if (++done === EVENTS) resolve();
          }
          await heartbeat();
        },
      });
    }),
    'plain consumer',
  );
  const throughput = EVENTS / ((performance.now() - start) / 1000);
  await consumer.disconnect();
  return throughput;
}

async function appendToVisible(
  store: PostgresEventStore,
  transport: KafkaTransport,
  topic: string,
  schema: string,
) {
  const sql = store.executor as TransactionalSql;
  await sql.query(`CREATE TABLE "${schema}".rm_latency (id text PRIMARY KEY, n int NOT NULL)`);
  const visible = new Map<string, () => void>();
  const relay = new OutboxRelay({ name: 'latency', store, sql, schema, transport, topic, toMessage });
  await relay.start();
  await relay.caughtUp();
  const consumer = new IntegrationConsumer<{ id: string; type: string; data: { n: number } }>({
    groupId: `bench-latency-${randomUUID()}`,
    topics: [topic],
    transport,
    sql,
    schema,
    parse: (message) => ({
      ok: true,
      event: { ...JSON.parse(message.value.toString()), type: 'BenchEvent' },
    }),
    project: async (event, tx: Sql) =>
      void (await tx.query(projectionSql(schema, 'rm_latency'), [event.id, event.data.n])),
    // Reactions run once the projection's transaction has committed: the event is visible from here on.
    react: async (event) => visible.get(event.id)?.(),
  });
  const warm = newEvent(-1);
  const warmed = new Promise<void>((resolve) => visible.set(warm.id, resolve));
  await consumer.start();
  await store.appendToStream(`latency-${randomUUID()}`, [warm]);
  await warmed;

  const samples: number[] = [];
  const stream = `latency-${randomUUID()}`;
  for (let n = 0; n < LATENCY_SAMPLES; n++) {
    const event = newEvent(n);
    const seen = new Promise<void>((resolve) => visible.set(event.id, resolve));
    const start = performance.now();
    await store.appendToStream(stream, [event]);
    await within(seen, 'latency sample');
    samples.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await consumer.stop();
  await relay.stop();
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), p99: percentile(samples, 0.99) };
}
