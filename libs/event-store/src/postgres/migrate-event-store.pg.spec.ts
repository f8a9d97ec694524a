import { Pool } from 'pg';
import { newEvents, newStreamId } from '../testing/contract/test-events';
import { migrateEventStore } from './migrate-event-store';
import { PgExecutor } from './pg-executor';
import { PostgresEventStore } from './postgres-event-store';
import { quoteIdentifier } from './sql-identifier';
import { newTestSchema, requireDatabaseUrl, withPool } from './testing/test-stores';

const PROCESSES = 6;

describe('PostgreSQL (pg): migration', () => {
  const schema = newTestSchema();
  afterAll(async () => {
    await withPool(requireDatabaseUrl(), (pool) =>
      pool.query(`DROP SCHEMA IF EXISTS ${quoteIdentifier(schema)} CASCADE`),
    );
  });

  it(`lets ${PROCESSES} processes migrate the same new schema at once`, async () => {
    const executors = Array.from(
      { length: PROCESSES },
      () => new PgExecutor(new Pool({ connectionString: requireDatabaseUrl(), max: 1 })),
    );
    try {
      const outcomes = await Promise.allSettled(
        executors.map((executor) => migrateEventStore(executor, schema)),
      );
      expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
      const store = new PostgresEventStore({ executor: executors[0], schema });
      await expect(store.appendToStream(newStreamId('migrated'), newEvents(1))).resolves.toBeDefined();
    } finally {
      await Promise.all(executors.map((executor) => executor.close()));
    }
  });
});
