import { Logger } from '@nestjs/common';
import { Topics } from '@imp/contracts';
import { InProcessTransport, KafkaTransport, type MessageTransport } from '@imp/messaging';
import type { PreparedService } from './service-assembly';
import {
  createServiceRuntime,
  type EventStoreConfig,
  type ServiceRuntime,
  type StorageConfig,
} from './service-runtime';

export interface ServiceDefinition {
  name: string;
  schema: string;
  port: number;
  prepare: (runtime: ServiceRuntime) => Promise<PreparedService>;
}

export interface RunningSystem {
  services: PreparedService[];
  runtimes: ServiceRuntime[];
  stop(): Promise<void>;
}

export type RunMode =
  | { kind: 'embedded'; dataDir: string | 'memory' }
  | {
      kind: 'production';
      databaseUrl: string;
      kafkaBrokers: string[];
      topicNamespace?: string;
      eventStore?: EventStoreConfig;
    };

/**
 * Starts services in the order that keeps the in-process transport lossless: every consumer subscribes
 * before any relay publishes, and HTTP opens last.
 */
export async function runServices(
  definitions: ServiceDefinition[],
  mode: RunMode,
  options: { host?: string; ports?: Record<string, number>; announce?: boolean } = {},
): Promise<RunningSystem> {
  const transport: MessageTransport =
    mode.kind === 'embedded'
      ? new InProcessTransport()
      : new KafkaTransport({
          brokers: mode.kafkaBrokers,
          clientId: definitions.map((d) => d.name).join('+'),
          topics: Object.values(Topics),
          namespace: mode.topicNamespace,
        });
  if (transport instanceof KafkaTransport) await transport.start();

  const runtimes: ServiceRuntime[] = [];
  const services: PreparedService[] = [];
  const stop = async () => {
    for (const service of services) await service.stop();
    await transport.close();
    for (const runtime of runtimes) await runtime.close();
  };
  try {
    for (const [index, definition] of definitions.entries()) {
      const storage: StorageConfig =
        mode.kind === 'embedded'
          ? {
              kind: 'pglite',
              dataDir: mode.dataDir === 'memory' ? 'memory' : `${mode.dataDir}/${definition.name}`,
            }
          : { kind: 'postgres', databaseUrl: mode.databaseUrl };
      const runtime = await createServiceRuntime({
        name: definition.name,
        schema: definition.schema,
        storage,
        eventStore: mode.kind === 'production' ? mode.eventStore : undefined,
        transport,
        processMetrics: index === 0,
      });
      runtimes.push(runtime);
      services.push(await definition.prepare(runtime));
    }
    for (const service of services) await service.startPublishing();
    for (const [index, service] of services.entries()) {
      const port = options.ports?.[definitions[index].name] ?? definitions[index].port;
      await service.listen(port, options.host);
      if (options.announce)
        console.log(`[imp] ${service.name} listening on http://${options.host ?? '0.0.0.0'}:${port}`);
    }
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  return { services, runtimes, stop };
}

/** Stops cleanly on SIGINT/SIGTERM so no request or batch is cut in half. */
export function stopOnSignals(system: RunningSystem): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    new Logger('imp-workflow').log(`${signal}: stopping`);
    system.stop().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => handler('SIGINT'));
  process.once('SIGTERM', () => handler('SIGTERM'));
}

export function productionModeFromEnv(env: NodeJS.ProcessEnv = process.env): RunMode {
  const missing = ['DATABASE_URL', 'KAFKA_BROKERS'].filter((name) => !env[name]);
  if (missing.length > 0)
    throw new Error(`Missing environment: ${missing.join(', ')} (see README, "Production")`);
  const eventStore = eventStoreFromEnv(env);
  return {
    kind: 'production',
    databaseUrl: env.DATABASE_URL as string,
    kafkaBrokers: (env.KAFKA_BROKERS as string).split(',').map((b) => b.trim()),
    topicNamespace: env.KAFKA_TOPIC_NAMESPACE,
    eventStore,
  };
}

function eventStoreFromEnv(env: NodeJS.ProcessEnv): EventStoreConfig {
  const kind = env.EVENT_STORE ?? 'postgres';
  if (kind === 'postgres') return { kind: 'same-database' };
  if (kind !== 'kurrentdb') throw new Error(`EVENT_STORE=${kind}: expected postgres or kurrentdb`);
  if (!env.KURRENTDB_URL)
    throw new Error('EVENT_STORE=kurrentdb needs KURRENTDB_URL, e.g. kurrentdb://host:2113?tls=false');
  return { kind: 'kurrentdb', connectionString: env.KURRENTDB_URL };
}

/** A service's main.ts: one process, configured by the environment (PORT, HOST, DATABASE_URL, KAFKA_BROKERS). */
export function runServiceProcess(definition: ServiceDefinition): void {
  const port = Number(process.env.PORT ?? definition.port);
  runServices([{ ...definition, port }], productionModeFromEnv(), {
    host: process.env.HOST,
    announce: true,
  }).then(stopOnSignals, (error) => {
    console.error(error);
    process.exit(1);
  });
}
