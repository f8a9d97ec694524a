import { KurrentDBClient } from '@kurrent/kurrentdb-client';
import { KurrentDbEventStore } from './kurrentdb-event-store';

export interface KurrentDbEventStoreConfig {
  /** e.g. kurrentdb://localhost:2113?tls=false */
  connectionString: string;
  streamPrefix?: string;
}

/** The client connects on first use, so an unreachable server surfaces on the first call, not here. */
export function createKurrentDbEventStore(config: KurrentDbEventStoreConfig): KurrentDbEventStore {
  return new KurrentDbEventStore({
    client: KurrentDBClient.connectionString(config.connectionString),
    streamPrefix: config.streamPrefix,
  });
}
