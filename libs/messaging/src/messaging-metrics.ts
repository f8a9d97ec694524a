import type { LogPosition } from '@imp/event-store';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { ConsumerMetrics } from './integration-consumer';
import type { RelayMetrics } from './outbox-relay';

/** Relay and consumer figures for /metrics: relay lag, consumer lag per partition, DLQ count. */
export function createMessagingMetrics(registry: Registry, headPosition: () => Promise<LogPosition>) {
  let publishedPrepare = -1n;
  const relayPublished = new Counter({
    name: 'imp_relay_published_total',
    help: 'Integration events published by the outbox relay',
    registers: [registry],
  });
  new Gauge({
    name: 'imp_relay_lag_events',
    help: 'Events in the store not yet published (store head position minus last published position)',
    registers: [registry],
    async collect() {
      const head = await headPosition();
      const lag = head.prepare - publishedPrepare;
      this.set(Number(lag > 0n ? lag : 0n));
    },
  });
  const applied = new Counter({
    name: 'imp_consumer_applied_total',
    help: 'Integration events applied to read models',
    labelNames: ['topic'],
    registers: [registry],
  });
  const duplicates = new Counter({
    name: 'imp_consumer_duplicates_total',
    help: 'Redelivered integration events dropped by the inbox',
    labelNames: ['topic'],
    registers: [registry],
  });
  const deadLettered = new Counter({
    name: 'imp_consumer_dead_lettered_total',
    help: 'Messages sent to the dead-letter topic',
    labelNames: ['topic'],
    registers: [registry],
  });
  const lag = new Gauge({
    name: 'imp_consumer_lag_messages',
    help: 'Messages behind the partition head',
    labelNames: ['topic', 'partition'],
    registers: [registry],
  });

  const relay: RelayMetrics = {
    published(count: number, position: LogPosition) {
      relayPublished.inc(count);
      publishedPrepare = position.prepare;
    },
  };
  const consumer: ConsumerMetrics = {
    applied: (topic) => applied.inc({ topic }),
    duplicate: (topic) => duplicates.inc({ topic }),
    deadLettered: (topic) => deadLettered.inc({ topic }),
    lag: (topic, partition, value) => lag.set({ topic, partition: String(partition) }, value),
  };
  return { relay, consumer };
}
