import { PGlite } from '@electric-sql/pglite';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { createPgliteEventStore, createPostgresEventStore } from '../create-event-store';
import { PgExecutor } from '../pg-executor';
import { PgliteExecutor } from '../pglite-executor';
import { PostgresEventStore } from '../postgres-event-store';
import type { SqlExecutor } from '../sql-executor';
import { quoteIdentifier } from '../sql-identifier';

export type TestDatabaseKind = 'pg' | 'pglite';

/** The PostgreSQL tests never skip: without a database they fail and say how to provide one. */
export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set. The PostgreSQL event store tests need a real server, e.g. ' +
        'DATABASE_URL=postgres://postgres@127.0.0.1:5432/imp (`npm test` sets it in its global setup).',
    );
  }
  return url;
}

export function newTestSchema(): string {
  return `es_test_${randomBytes(6).toString('hex')}`;
}

export interface TestStore {
  store: PostgresEventStore;
  dispose: () => Promise<void>;
}

/** A migrated store in a fresh schema; dispose() closes it and, on PostgreSQL, drops the schema. */
export async function createTestStore(
  kind: TestDatabaseKind,
  options: { pollIntervalMs?: number } = {},
): Promise<TestStore> {
  const schema = newTestSchema();
  if (kind === 'pglite') {
    const store = await createPgliteEventStore({ memory: true, schema, ...options });
    return { store, dispose: () => store.close() };
  }
  const databaseUrl = requireDatabaseUrl();
  const store = await createPostgresEventStore({ databaseUrl, schema, ...options });
  return {
    store,
    dispose: async () => {
      await store.close();
      await withPool(databaseUrl, (pool) =>
        pool.query(`DROP SCHEMA IF EXISTS ${quoteIdentifier(schema)} CASCADE`),
      );
    },
  };
}

/**
 * Many stores on one database connection, each in its own schema, for tests that need a pristine store
 * each. The stores are not closed one by one, since each would close the shared executor.
 */
export async function openTestDatabase(kind: TestDatabaseKind) {
  const executor = await openExecutor(kind);
  const schemas: string[] = [];
  return {
    executor,
    async newStore(): Promise<PostgresEventStore> {
      const schema = newTestSchema();
      schemas.push(schema);
      const store = new PostgresEventStore({ executor, schema });
      await store.migrate();
      return store;
    },
    async dispose(): Promise<void> {
      if (kind === 'pg') {
        for (const schema of schemas)
          await executor.query(`DROP SCHEMA IF EXISTS ${quoteIdentifier(schema)} CASCADE`);
      }
      await executor.close();
    },
  };
}

async function openExecutor(kind: TestDatabaseKind): Promise<SqlExecutor> {
  if (kind === 'pg') return new PgExecutor(new Pool({ connectionString: requireDatabaseUrl(), max: 4 }));
  const db = new PGlite();
  await db.waitReady;
  return new PgliteExecutor(db);
}

export async function withPool<T>(databaseUrl: string, work: (pool: Pool) => Promise<T>): Promise<T> {
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  try {
    return await work(pool);
  } finally {
    await pool.end();
  }
}
