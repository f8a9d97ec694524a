import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  createKurrentDbEventStore,
  createPgliteEventStore,
  createPostgresEventStore,
  type EventStore,
  PgExecutor,
  quoteIdentifier,
  type SqlExecutor,
} from '@imp/event-store';
import { createMessagingMetrics, type MessageTransport } from '@imp/messaging';
import { Pool } from 'pg';
import type { Registry } from 'prom-client';
import type { HealthCheck } from './health';
import { IdempotencyStore } from './idempotency';
import { createMetricsRegistry } from './metrics';

/** Where the service's read models, inbox and checkpoints live (and its events, unless eventStore says otherwise). */
export type StorageConfig =
  { kind: 'postgres'; databaseUrl: string } | { kind: 'pglite'; dataDir: string | 'memory' };

/**
 * The event store: by default in the same database as the read models; or KurrentDB, with the read models
 * staying in PostgreSQL. `given` hands in a ready store (tests).
 */
export type EventStoreConfig =
  | { kind: 'same-database' }
  | { kind: 'kurrentdb'; connectionString: string }
  | { kind: 'given'; store: EventStore };

export interface ServiceRuntimeConfig {
  /** e.g. "offer-service": names consumer groups, relay checkpoints and metrics. */
  name: string;
  /** The service's own PostgreSQL schema: its store, read models, inbox and checkpoints live there. */
  schema: string;
  storage: StorageConfig;
  eventStore?: EventStoreConfig;
  transport: MessageTransport;
  /** Process-level metrics are registered by one service per process. */
  processMetrics?: boolean;
}

/** Everything a service needs from the outside world, built by a composition root (main.ts or embedded). */
export interface ServiceRuntime {
  name: string;
  schema: string;
  store: EventStore;
  sql: SqlExecutor;
  transport: MessageTransport;
  metrics: Registry;
  messagingMetrics: ReturnType<typeof createMessagingMetrics>;
  idempotency: IdempotencyStore;
  healthChecks: HealthCheck[];
  close(): Promise<void>;
}

async function sameDatabaseStore(config: ServiceRuntimeConfig) {
  const { storage, schema } = config;
  if (storage.kind === 'postgres')
    return createPostgresEventStore({ databaseUrl: storage.databaseUrl, schema });
  if (storage.dataDir === 'memory') return createPgliteEventStore({ memory: true, schema });
  mkdirSync(storage.dataDir, { recursive: true });
  return createPgliteEventStore({ dataDir: path.resolve(storage.dataDir), schema });
}

/** Read models apart from the events: the service's schema on PostgreSQL. */
async function readModelDatabase(config: ServiceRuntimeConfig): Promise<SqlExecutor> {
  if (config.storage.kind !== 'postgres') {
    throw new Error(
      'An event store outside the database needs PostgreSQL (DATABASE_URL) for the read models',
    );
  }
  const pool = new Pool({ connectionString: config.storage.databaseUrl, max: 10 });
  pool.on('error', () => undefined);
  const sql = new PgExecutor(pool);
  await sql.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(config.schema)}`);
  return sql;
}

async function storeAndDatabase(
  config: ServiceRuntimeConfig,
): Promise<{ store: EventStore; sql: SqlExecutor }> {
  const eventStore = config.eventStore ?? { kind: 'same-database' };
  if (eventStore.kind === 'same-database') {
    const store = await sameDatabaseStore(config);
    return { store, sql: store.executor };
  }
  const sql = await readModelDatabase(config);
  const store =
    eventStore.kind === 'given'
      ? eventStore.store
      : // The prefix does for a shared KurrentDB what the schema does on PostgreSQL.
        createKurrentDbEventStore({
          connectionString: eventStore.connectionString,
          streamPrefix: `${config.schema}:`,
        });
  return { store, sql };
}

export async function createServiceRuntime(config: ServiceRuntimeConfig): Promise<ServiceRuntime> {
  const { store, sql } = await storeAndDatabase(config);
  const idempotency = new IdempotencyStore(sql, config.schema);
  await idempotency.migrate();
  const metrics = createMetricsRegistry(config.name, config.processMetrics ?? false);
  const messagingMetrics = createMessagingMetrics(metrics, () => store.headPosition());
  const healthChecks: HealthCheck[] = [
    {
      name: 'eventStore',
      check: async () => {
        await store.headPosition();
        return {
          ok: true,
          detail: { kind: config.eventStore?.kind ?? config.storage.kind, schema: config.schema },
        };
      },
    },
    {
      name: 'readModels',
      check: async () => {
        await sql.query('SELECT 1');
        return { ok: true, detail: { kind: config.storage.kind } };
      },
    },
    { name: 'transport', check: () => config.transport.check() },
  ];
  return {
    name: config.name,
    schema: config.schema,
    store,
    sql,
    transport: config.transport,
    metrics,
    messagingMetrics,
    idempotency,
    healthChecks,
    close: async () => {
      await store.close();
      // A store in the same database owns the executor and has closed it already.
      if (config.eventStore && config.eventStore.kind !== 'same-database') await sql.close();
    },
  };
}
