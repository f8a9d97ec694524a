import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  createPgliteEventStore,
  createPostgresEventStore,
  type EventStore,
  type PostgresEventStore,
  type SqlExecutor,
} from '@imp/event-store';
import { createMessagingMetrics, type MessageTransport } from '@imp/messaging';
import type { Registry } from 'prom-client';
import type { HealthCheck } from './health';
import { IdempotencyStore } from './idempotency';
import { createMetricsRegistry } from './metrics';

export type StorageConfig =
  { kind: 'postgres'; databaseUrl: string } | { kind: 'pglite'; dataDir: string | 'memory' };

export interface ServiceRuntimeConfig {
  /** e.g. "offer-service": names consumer groups, relay checkpoints and metrics. */
  name: string;
  /** The service's own PostgreSQL schema: its store, read models, inbox and checkpoints live there. */
  schema: string;
  storage: StorageConfig;
  transport: MessageTransport;
  /** Process-level metrics are registered by one service per process. */
  processMetrics?: boolean;
}

/** Everything a service needs from the outside world, built by a composition root (main.ts or embedded). */
export interface ServiceRuntime {
  name: string;
  schema: string;
  store: EventStore & PostgresEventStore;
  sql: SqlExecutor;
  transport: MessageTransport;
  metrics: Registry;
  messagingMetrics: ReturnType<typeof createMessagingMetrics>;
  idempotency: IdempotencyStore;
  healthChecks: HealthCheck[];
  close(): Promise<void>;
}

export async function createServiceRuntime(config: ServiceRuntimeConfig): Promise<ServiceRuntime> {
  if (config.storage.kind === 'pglite' && config.storage.dataDir !== 'memory') {
    mkdirSync(config.storage.dataDir, { recursive: true });
  }
  const store =
    config.storage.kind === 'postgres'
      ? await createPostgresEventStore({ databaseUrl: config.storage.databaseUrl, schema: config.schema })
      : config.storage.dataDir === 'memory'
        ? await createPgliteEventStore({ memory: true, schema: config.schema })
        : await createPgliteEventStore({
            dataDir: path.resolve(config.storage.dataDir),
            schema: config.schema,
          });
  const sql = store.executor;
  const idempotency = new IdempotencyStore(sql, config.schema);
  await idempotency.migrate();
  const metrics = createMetricsRegistry(config.name, config.processMetrics ?? false);
  const messagingMetrics = createMessagingMetrics(metrics, () => store.headPosition());
  const healthChecks: HealthCheck[] = [
    {
      name: 'eventStore',
      check: async () => {
        await sql.query('SELECT 1');
        return { ok: true, detail: { kind: config.storage.kind, schema: config.schema } };
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
    close: () => store.close(),
  };
}
