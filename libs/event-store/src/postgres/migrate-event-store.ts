import { appendEventsFunctionSql } from './append-events-function';
import type { SqlQueryable } from './sql-executor';
import { DUPLICATE_EVENT_ID_CONSTRAINT, sqlNames, type SqlNames } from './sql-names';

/**
 * Creates the event store's tables and function in `schema`. Idempotent, and safe when several
 * processes start at once: they take turns on an advisory lock held for the migration's transaction.
 */
export async function migrateEventStore(executor: SqlQueryable, schema: string): Promise<void> {
  const names = sqlNames(schema);
  await executor.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`imp.event-store.migrate:${schema}`]);
    await assertUtf8(tx);
    for (const statement of migrationStatements(names)) await tx.query(statement);
  });
}

// Hashes are computed over the UTF-8 bytes in SQL and in Node; any other encoding would differ.
async function assertUtf8(tx: SqlQueryable): Promise<void> {
  const { rows } = await tx.query<{ encoding: string }>(
    `SELECT current_setting('server_encoding') AS encoding`,
  );
  if (rows[0].encoding !== 'UTF8') {
    throw new Error(`The event store needs a UTF8 database, not ${rows[0].encoding}`);
  }
}

function migrationStatements(names: SqlNames): string[] {
  return [
    `CREATE SCHEMA IF NOT EXISTS ${names.schema}`,
    `CREATE TABLE IF NOT EXISTS ${names.streams} (
      stream_id text PRIMARY KEY,
      revision bigint NOT NULL,
      last_hash text NOT NULL
    )`,
    `CREATE TABLE IF NOT EXISTS ${names.events} (
      global_position bigserial PRIMARY KEY,
      tx_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
      stream_id text NOT NULL,
      revision bigint NOT NULL,
      id uuid NOT NULL CONSTRAINT ${DUPLICATE_EVENT_ID_CONSTRAINT} UNIQUE,
      type text NOT NULL,
      version integer NOT NULL,
      data jsonb NOT NULL,
      metadata jsonb NOT NULL,
      occurred_at text NOT NULL, -- as the command gave it: the hash covers these exact characters
      recorded_at timestamptz NOT NULL,
      hash text NOT NULL,
      CONSTRAINT events_stream_revision_unique UNIQUE (stream_id, revision)
    )`,
    `CREATE INDEX IF NOT EXISTS events_log_order ON ${names.events} (tx_id, global_position)`,
    appendEventsFunctionSql(names),
  ];
}
