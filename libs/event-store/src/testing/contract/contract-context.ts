import type { EventStore } from '../../event-store.port';

/** Gives each group of contract tests the store created in the suite's beforeAll. */
export interface ContractContext {
  store(): EventStore;
}
