export * from './event-store.port';
export * from './errors';
export * from './position';
export * from './canonical-json';
export { validateAppend, type ValidatedEvent } from './validate-append';
export { CatchUpSubscription, type CatchUpSubscriptionOptions } from './catch-up-subscription';
export { StreamChainChecker, NO_HEAD, type BrokenLink, type StreamHead } from './stream-chain-checker';
export type { SqlExecutor, SqlQueryable, Unlisten } from './postgres/sql-executor';
export { PgExecutor } from './postgres/pg-executor';
export { PgliteExecutor } from './postgres/pglite-executor';
export { quoteIdentifier } from './postgres/sql-identifier';
export {
  PostgresEventStore,
  type EventStoreExecutorAccess,
  type PostgresEventStoreOptions,
} from './postgres/postgres-event-store';
export {
  createPgliteEventStore,
  createPostgresEventStore,
  type PgliteEventStoreConfig,
  type PostgresEventStoreConfig,
} from './postgres/create-event-store';
export { KurrentDbEventStore, type KurrentDbEventStoreOptions } from './kurrentdb/kurrentdb-event-store';
export {
  createKurrentDbEventStore,
  type KurrentDbEventStoreConfig,
} from './kurrentdb/create-kurrentdb-event-store';
export { ForeignEventError } from './kurrentdb/kurrentdb-mapping';
