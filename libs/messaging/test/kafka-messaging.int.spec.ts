import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { encodeEnvelope, type IntegrationEvent, toHeaders } from '@imp/contracts';
import { createPostgresEventStore, type NewEvent, type PostgresEventStore } from '@imp/event-store';
import { databaseUrl, eventually, kafkaBrokers, uniqueSchema } from '@imp/testing';
import { sampleEnvelope } from '../../contracts/src/testing/samples';
import { OfferSubmittedV1 } from '../../contracts/src/offer/offer-submitted.v1';
import {
  IntegrationConsumer,
  KafkaTransport,
  OutboxRelay,
  parseIntegrationMessage,
  type Sql,
  type TransactionalSql,
} from '../src';

const actor = { id: 'tester', role: 'system' };

/** Restarts the broker that infra/kafka.sh runs (the one npm test starts when KAFKA_BROKERS is unset). */
const kafkaScript = (action: 'up' | 'down') =>
  execFileSync('bash', [path.resolve(__dirname, '../../../infra/kafka.sh'), action], { stdio: 'inherit' });
const newEvent = (n: number): NewEvent => ({
  id: randomUUID(),
  type: 'Counted',
  version: 1,
  data: { n },
  occurredAt: new Date().toISOString(),
  metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor },
});

describe('messaging over the real Kafka broker', () => {
  const topic = `imp.test-${randomUUID()}.v1`;
  const contractTopic = `imp.test-contracts-${randomUUID()}.v1`;
  const schema = uniqueSchema('msg');
  let store: PostgresEventStore;
  let transport: KafkaTransport;

  beforeAll(async () => {
    store = await createPostgresEventStore({ databaseUrl: databaseUrl(), schema });
    transport = new KafkaTransport({
      brokers: kafkaBrokers(),
      clientId: 'messaging-test',
      topics: [topic, contractTopic],
      partitions: 3,
    });
    await transport.start();
  });

  afterAll(async () => {
    await transport.close();
    await store.executor.query(`DROP SCHEMA "${schema}" CASCADE`);
    await store.close();
  });

  function relay(name = 'relay', batchSize = 50) {
    return new OutboxRelay({
      name,
      store,
      sql: store.executor,
      schema,
      transport,
      topic,
      batchSize,
      toMessage: (event) => ({
        key: event.streamId,
        value: Buffer.from(
          JSON.stringify({ id: event.id, stream: event.streamId, n: (event.data as { n: number }).n }),
        ),
        headers: { 'event-id': event.id },
      }),
    });
  }

  /** A consumer that records, per stream, the n values it saw, in the order it saw them. */
  async function recordingConsumer(groupId: string) {
    const seen = new Map<string, number[]>();
    let delivered = 0;
    let duplicates = 0;
    const consumer = new IntegrationConsumer<{ id: string; type: string; stream: string; n: number }>({
      groupId,
      topics: [topic],
      transport,
      sql: store.executor as TransactionalSql,
      schema,
      parse: (message) => {
        delivered++;
        const body = JSON.parse(message.value.toString());
        return { ok: true, event: { ...body, type: 'Counted' } };
      },
      project: async (event, tx: Sql) => {
        await tx.query('SELECT 1');
        seen.set(event.stream, [...(seen.get(event.stream) ?? []), event.n]);
      },
      metrics: {
        applied: () => undefined,
        duplicate: () => duplicates++,
        deadLettered: () => undefined,
        lag: () => undefined,
      },
    });
    await consumer.start();
    return { consumer, seen, delivered: () => delivered, duplicates: () => duplicates };
  }

  it('keeps every stream in order under concurrent appends, and drops redelivered duplicates after a relay restart', async () => {
    const streams = Array.from({ length: 6 }, () => `counter-${randomUUID()}`);
    const { consumer, seen, delivered, duplicates } = await recordingConsumer(`order-${randomUUID()}`);
    const first = relay('restarting');
    await first.start();
    await Promise.all(
      streams.map(async (stream) => {
        for (let n = 0; n < 20; n++) await store.appendToStream(stream, [newEvent(n)]);
      }),
    );
    await first.caughtUp();
    await first.stop();

    // A crash between publish and checkpoint: the checkpoint goes back, the relay republishes.
    await store.executor.query(`DELETE FROM "${schema}".relay_checkpoints WHERE name = 'restarting'`);
    const second = relay('restarting');
    await second.start();
    for (const stream of streams) await store.appendToStream(stream, [newEvent(20)]);
    await second.caughtUp();

    await eventually(() => streams.every((s) => seen.get(s)?.length === 21));
    for (const stream of streams) expect(seen.get(stream)).toEqual(Array.from({ length: 21 }, (_, n) => n));
    // Everything the first relay had published came again from START; the inbox dropped all of it.
    expect(duplicates()).toBeGreaterThan(0);
    expect(delivered()).toBe(6 * 21 + duplicates());
    await second.stop();
    await consumer.stop();
  });

  it('dead-letters a poison message with its reason while later messages still apply', async () => {
    const groupId = `poison-${randomUUID()}`;
    const table = `"${schema}".poison_applied`;
    await store.executor.query(`CREATE TABLE ${table} (key text NOT NULL, n int NOT NULL)`);
    const consumer = new IntegrationConsumer<{ id: string; type: string; n: number; key: string }>({
      groupId,
      topics: [topic],
      transport,
      sql: store.executor as TransactionalSql,
      schema,
      retryDelaysMs: [10, 10],
      parse: (message) => {
        const body = JSON.parse(message.value.toString());
        return body.n === undefined
          ? { ok: false, reason: 'n is missing' }
          : { ok: true, event: { ...body, key: message.key, type: 'T' } };
      },
      project: async (event, tx) => {
        if (event.n === 13) throw new Error('unlucky number');
        await tx.query(`INSERT INTO ${table} VALUES ($1, $2)`, [event.key, event.n]);
      },
    });
    const key = `poison-${randomUUID()}`;
    const message = (body: object) => ({
      key,
      value: Buffer.from(JSON.stringify(body)),
      headers: { 'x-test': key },
    });
    const applied = async () =>
      (
        await store.executor.query<{ n: number }>(`SELECT n FROM ${table} WHERE key = $1 ORDER BY n`, [key])
      ).rows.map((r) => r.n);
    await consumer.start();
    await transport.publish(topic, [
      message({ id: randomUUID(), n: 12 }),
      message({ id: randomUUID(), n: 13 }),
      message({ id: randomUUID() }),
      message({ id: randomUUID(), n: 14 }),
    ]);
    await eventually(async () => (await applied()).includes(14) || undefined, 30_000);
    expect(await applied()).toEqual([12, 14]);

    const { rows } = await store.executor.query<{ error: string; headers: Record<string, string> }>(
      `SELECT error, headers FROM "${schema}".dead_letters WHERE headers->>'x-test' = $1 ORDER BY "offset"`,
      [key],
    );
    expect(rows.map((r) => r.error)).toEqual(['Error: unlucky number', 'invalid message: n is missing']);
    await consumer.stop();

    const dlq = await readTopic(`${topic}.dlq`, (m) => m.headers['x-test'] === key, 2);
    // A message that fails its schema is dead-lettered before its batch is applied: compare without order.
    expect(dlq.map((m) => m.headers['dlq-error']).sort()).toEqual([
      'Error: unlucky number',
      'invalid message: n is missing',
    ]);
    for (const letter of dlq) {
      expect(letter.headers['dlq-original-topic']).toBe(topic);
      expect(letter.headers['dlq-consumer-group']).toBe(groupId);
    }
  });

  it('still consumes a v1 event after v2 exists, upcast to v2, and dead-letters one that fails its schema', async () => {
    const groupId = `contracts-${randomUUID()}`;
    const received: IntegrationEvent[] = [];
    const consumer = new IntegrationConsumer<IntegrationEvent>({
      groupId,
      topics: [contractTopic],
      transport,
      sql: store.executor as TransactionalSql,
      schema,
      retryDelaysMs: [],
      parse: parseIntegrationMessage,
      project: async (event) => void received.push(event),
    });
    await consumer.start();
    const v1 = sampleEnvelope(OfferSubmittedV1, { id: randomUUID() });
    const broken = sampleEnvelope(OfferSubmittedV1, { id: randomUUID() });
    (broken.data as { offerNumber: string }).offerNumber = 'B123';
    await transport.publish(contractTopic, [
      { key: 'offer', value: encodeEnvelope(v1), headers: toHeaders(v1) },
      { key: 'offer', value: encodeEnvelope(broken), headers: toHeaders(broken) },
    ]);
    await eventually(() => received.find((e) => e.id === v1.id));
    const upcast = received.find((e) => e.id === v1.id)!;
    expect(upcast.version).toBe(2);
    expect(upcast.type).toBe('OfferSubmitted');
    await eventually(async () => {
      const { rows } = await store.executor.query<{ error: string }>(
        `SELECT error FROM "${schema}".dead_letters WHERE event_id IS NULL AND value LIKE $1`,
        [`%${broken.id}%`],
      );
      return rows[0]?.error;
    });
    const { rows } = await store.executor.query<{ error: string }>(
      `SELECT error FROM "${schema}".dead_letters WHERE value LIKE $1`,
      [`%${broken.id}%`],
    );
    expect(rows[0].error).toMatch(/OfferSubmitted v1: data\.offerNumber/);
    await consumer.stop();
  });

  it('recovers from a broker restart mid-stream: the relay and the consumer go on with nothing lost', async () => {
    const stream = `restart-${randomUUID()}`;
    const { consumer, seen } = await recordingConsumer(`restart-${randomUUID()}`);
    const publisher = relay('broker-restart');
    await publisher.start();
    for (let n = 0; n < 10; n++) await store.appendToStream(stream, [newEvent(n)]);
    await eventually(() => seen.get(stream)?.length === 10 || undefined, 30_000);

    kafkaScript('down');
    for (let n = 10; n < 20; n++) await store.appendToStream(stream, [newEvent(n)]);
    kafkaScript('up');

    await eventually(() => (seen.get(stream)?.length ?? 0) >= 20 || undefined, 90_000);
    expect(seen.get(stream)).toEqual(Array.from({ length: 20 }, (_, n) => n));
    await publisher.stop();
    await consumer.stop();
  }, 180_000);

  it('keeps systems that share a broker apart by namespace, under the contract topic names', async () => {
    const namespaces = [`ns-${randomUUID()}.`, `ns-${randomUUID()}.`];
    const transports = namespaces.map(
      (namespace) =>
        new KafkaTransport({
          brokers: kafkaBrokers(),
          clientId: 'ns-test',
          topics: ['imp.offer.v1'],
          namespace,
        }),
    );
    for (const t of transports) await t.start();
    const seen: string[][] = [[], []];
    const handles = await Promise.all(
      transports.map((t, i) =>
        t.consume({
          groupId: 'offer-service',
          topics: ['imp.offer.v1'],
          handle: async (messages) => void seen[i].push(...messages.map((m) => `${m.topic}:${m.value}`)),
        }),
      ),
    );
    await transports[0].publish('imp.offer.v1', [
      { key: 'k', value: Buffer.from('only-in-first'), headers: {} },
    ]);
    await eventually(() => seen[0].length === 1 || undefined, 30_000);
    expect(seen[0]).toEqual(['imp.offer.v1:only-in-first']);
    expect(seen[1]).toEqual([]);
    for (const h of handles) await h.stop();
    for (const t of transports) await t.close();
  }, 60_000);

  async function readTopic(
    name: string,
    match: (m: { headers: Record<string, string> }) => boolean,
    count: number,
  ): Promise<{ headers: Record<string, string> }[]> {
    const found: { headers: Record<string, string> }[] = [];
    const reader = await transport.consume({
      groupId: `reader-${randomUUID()}`,
      topics: [name],
      handle: async (messages) => {
        found.push(...messages.filter(match));
      },
    });
    await eventually(() => found.length >= count || undefined, 30_000);
    await reader.stop();
    return found;
  }
});
