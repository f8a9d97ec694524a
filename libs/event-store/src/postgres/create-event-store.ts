import { PGlite } from '@electric-sql/pglite';
import { Pool } from 'pg';
import { PgExecutor } from './pg-executor';
import { PgliteExecutor } from './pglite-executor';
import { PostgresEventStore } from './postgres-event-store';
import type { SqlExecutor } from './sql-executor';

export interface PostgresEventStoreConfig {
  databaseUrl: string;
  schema: string;
  poolSize?: number;
  pollIntervalMs?: number;
}

/** Storage is explicit so that a missing data directory can never silently mean "in memory". */
export type PgliteEventStoreConfig = ({ dataDir: string } | { memory: true }) & {
  schema: string;
  pollIntervalMs?: number;
};

/** A store on a PostgreSQL server, migrated and ready. */
export async function createPostgresEventStore(
  config: PostgresEventStoreConfig,
): Promise<PostgresEventStore> {
  const pool = new Pool({ connectionString: config.databaseUrl, max: config.poolSize ?? 10 });
  // An idle client dropped by the server is not fatal: the pool discards it and the next query reconnects.
  pool.on('error', () => undefined);
  return migrated(new PgExecutor(pool), config);
}

/** A store on embedded PGlite, in a directory that survives restarts or in memory. */
export async function createPgliteEventStore(config: PgliteEventStoreConfig): Promise<PostgresEventStore> {
  const db = 'dataDir' in config ? new PGlite(config.dataDir) : new PGlite();
  await db.waitReady;
  return migrated(new PgliteExecutor(db), config);
}

async function migrated(
  executor: SqlExecutor,
  config: { schema: string; pollIntervalMs?: number },
): Promise<PostgresEventStore> {
  const store = new PostgresEventStore({
    executor,
    schema: config.schema,
    pollIntervalMs: config.pollIntervalMs,
  });
  try {
    await store.migrate();
    return store;
  } catch (error) {
    await executor.close();
    throw error;
  }
}
