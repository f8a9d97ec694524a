import type { INestApplication } from '@nestjs/common';
import type { IntegrationEvent } from '@imp/contracts';
import type { RecordedEvent } from '@imp/event-store';
import {
  type ContractEvent,
  type EventProjector,
  type EventReactor,
  IntegrationConsumer,
  OutboxRelay,
  parseIntegrationMessage,
  type Projection,
  ProjectionRunner,
  toIntegrationMessage,
} from '@imp/messaging';
import { AggregateGateway } from './aggregate-gateway';
import type { ServiceRuntime } from './service-runtime';

export interface ServiceParts {
  runtime: ServiceRuntime;
  /** Builds the HTTP app once projections exist (handlers wait on them for read-your-writes). */
  createApp: (projections: ProjectionRunner) => Promise<INestApplication>;
  projections: Projection[];
  /** The service's own topic and how its internal events map to contracts (null: stays internal). */
  publishes?: { topic: string; toContract: (event: RecordedEvent) => ContractEvent | null };
  /** What the service takes from other services' topics; reactions run commands through `aggregates`. */
  consumes?: (aggregates: AggregateGateway) => {
    topics: string[];
    project?: EventProjector<IntegrationEvent>;
    react?: EventReactor<IntegrationEvent>;
    retryDelaysMs?: number[];
  };
}

/**
 * A service in three steps, so an embedded process can subscribe every consumer before any relay
 * publishes: prepare (tables, projections, consumers), startPublishing (relay), listen (HTTP).
 */
export interface PreparedService {
  name: string;
  projections: ProjectionRunner;
  relay?: OutboxRelay;
  startPublishing(): Promise<void>;
  listen(port: number, host?: string): Promise<INestApplication>;
  stop(): Promise<void>;
}

export async function prepareService(parts: ServiceParts): Promise<PreparedService> {
  const { runtime } = parts;
  const projections = new ProjectionRunner(runtime.store, runtime.sql, runtime.schema, parts.projections);
  await projections.start();

  let consumer: IntegrationConsumer<IntegrationEvent> | undefined;
  if (parts.consumes) {
    consumer = new IntegrationConsumer<IntegrationEvent>({
      ...parts.consumes(new AggregateGateway(runtime.store, projections)),
      groupId: runtime.name,
      transport: runtime.transport,
      sql: runtime.sql,
      schema: runtime.schema,
      parse: parseIntegrationMessage,
      metrics: runtime.messagingMetrics.consumer,
    });
    await consumer.start();
  }

  const publishes = parts.publishes;
  const relay = publishes
    ? new OutboxRelay({
        name: `${runtime.name}:${publishes.topic}`,
        store: runtime.store,
        sql: runtime.sql,
        schema: runtime.schema,
        transport: runtime.transport,
        topic: publishes.topic,
        toMessage: (event) => {
          const contract = publishes.toContract(event);
          return contract ? toIntegrationMessage(event, contract) : null;
        },
        metrics: runtime.messagingMetrics.relay,
      })
    : undefined;

  let app: INestApplication | undefined;
  return {
    name: runtime.name,
    projections,
    relay,
    startPublishing: async () => relay?.start(),
    listen: async (port, host = '0.0.0.0') => {
      app = await parts.createApp(projections);
      await app.listen(port, host);
      return app;
    },
    stop: async () => {
      await app?.close();
      await consumer?.stop();
      await relay?.stop();
      await projections.stop();
    },
  };
}
