import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Topics } from '@imp/contracts';
import { createPostgresEventStore } from '@imp/event-store';
import {
  createScratchDatabase,
  databaseUrl,
  eventually,
  freePort,
  kafkaBrokers,
  type ScratchDatabase,
  ServiceProcess,
} from '@imp/testing';
import { Kafka, logLevel } from 'kafkajs';

const root = path.resolve(__dirname, '../../..');
const address = { line1: '1 Main St', city: 'Halifax', province: 'NS', postalCode: 'B3H 1A1' };
const enrolment = (businessNumber: string) => ({
  businessNumber,
  legalName: `Employer ${businessNumber}`,
  operatingName: `Employer ${businessNumber}`,
  businessType: 'CORPORATION',
  physicalAddress: address,
  mailingAddress: address,
  phone: '902-555-0100',
  email: 'hr@example.ca',
  primaryContact: { name: 'Sam Doe', email: 'sam@example.ca', phone: '902-555-0101' },
});

/**
 * The service killed with SIGKILL under a stream of writes (its relay publishing, requests half done), then
 * restarted: every event the store holds reaches the topic (some perhaps twice, which inboxes drop).
 * Where exactly the relay was when it died is up to timing; what must hold is that nothing stored is lost.
 */
describe('employer-service killed mid-stream over real Kafka and PostgreSQL', () => {
  const namespace = `crash-${randomUUID()}.`;
  let database: ScratchDatabase;
  let port: number;
  const processes: ServiceProcess[] = [];

  const start = async () => {
    const service = ServiceProcess.start('employer-service', 'dist/apps/employer-service/src/main.js', {
      cwd: root,
      env: {
        DATABASE_URL: database.url,
        KAFKA_BROKERS: kafkaBrokers().join(','),
        KAFKA_TOPIC_NAMESPACE: namespace,
        PORT: String(port),
        HOST: '127.0.0.1',
      },
    });
    processes.push(service);
    await service.waitHealthy(`http://127.0.0.1:${port}`);
    return service;
  };

  beforeAll(async () => {
    database = await createScratchDatabase(databaseUrl());
    port = await freePort();
  });

  afterAll(async () => {
    for (const service of processes) await service.stop();
    await database.drop();
  });

  it('publishes every stored event after a crash and restart', async () => {
    const first = await start();
    let enrolled = 0;
    const enrol = (n: number) =>
      fetch(`http://127.0.0.1:${port}/employers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-actor-id': 'load', 'x-actor-role': 'employer' },
        body: JSON.stringify(enrolment(String(500_000_000 + n))),
      }).then(
        (response) => (response.status === 201 && enrolled++, response.status),
        () => 'connection lost',
      );
    // Enough load that the relay is mid-batch when the process dies: kill once some enrolments are stored.
    const inFlight = Array.from({ length: 150 }, (_, n) => enrol(n));
    await eventually(() => enrolled >= 40 || undefined, 60_000);
    await first.kill();
    const statuses = await Promise.all(inFlight);

    await start();
    const store = await createPostgresEventStore({ databaseUrl: database.url, schema: 'employer' });
    const stored = new Set((await store.readAll({ maxCount: 10_000 })).map((e) => e.id));
    await store.close();
    // Every acknowledged enrolment is stored (a request cut by the crash may or may not be).
    expect(stored.size).toBeGreaterThanOrEqual(statuses.filter((status) => status === 201).length);

    const kafka = new Kafka({ clientId: 'crash-test', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
    const consumer = kafka.consumer({ groupId: `crash-reader-${randomUUID()}`, maxWaitTimeInMs: 50 });
    await consumer.connect();
    await consumer.subscribe({ topic: `${namespace}${Topics.employer}`, fromBeginning: true });
    const published: string[] = [];
    await consumer.run({
      eachMessage: async ({ message }) => void published.push(message.headers!['event-id']!.toString()),
    });
    await eventually(() => [...stored].every((id) => published.includes(id)) || undefined, 60_000);
    await consumer.disconnect();
    expect(new Set(published)).toEqual(stored);
  }, 180_000);
});
