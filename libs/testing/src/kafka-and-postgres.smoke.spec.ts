import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { databaseUrl, kafkaBrokers } from './infrastructure';

describe('the real infrastructure the integration tests run against', () => {
  it('Kafka: creates a topic, produces and consumes a message through a consumer group', async () => {
    const kafka = new Kafka({ clientId: 'smoke', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
    const topic = `smoke-${randomUUID()}`;
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    expect(await admin.listTopics()).toContain(topic);

    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ key: 'k', value: 'hello broker' }] });

    const consumer = kafka.consumer({ groupId: `smoke-${randomUUID()}`, maxWaitTimeInMs: 50 });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const received = await new Promise<string>((resolve) => {
      void consumer.run({ eachMessage: async ({ message }) => resolve(message.value?.toString() ?? '') });
    });
    expect(received).toBe('hello broker');

    await consumer.disconnect();
    await producer.disconnect();
    await admin.deleteTopics({ topics: [topic] });
    await admin.disconnect();
  });

  it('PostgreSQL: commits a transaction and rolls another back', async () => {
    const client = new Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      await client.query('CREATE TEMP TABLE smoke (n int)');
      await client.query('BEGIN');
      await client.query('INSERT INTO smoke VALUES (1)');
      await client.query('COMMIT');
      await client.query('BEGIN');
      await client.query('INSERT INTO smoke VALUES (2)');
      await client.query('ROLLBACK');
      const { rows } = await client.query('SELECT n FROM smoke ORDER BY n');
      expect(rows).toEqual([{ n: 1 }]);
      const { rows: version } = await client.query('SHOW server_version');
      expect(version[0].server_version).toMatch(/^\d+/);
    } finally {
      await client.end();
    }
  });
});
