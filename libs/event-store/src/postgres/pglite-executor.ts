import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { SqlExecutor, SqlQueryable, Unlisten } from './sql-executor';

/**
 * Embedded PostgreSQL (PGlite). Owns the instance: close() closes it. PGlite runs one statement or
 * transaction at a time, so a transaction's work must go through the `tx` it is given: using the
 * executor itself inside it would wait forever.
 */
export class PgliteExecutor implements SqlExecutor {
  constructor(private readonly db: PGlite) {}

  async query<Row>(sql: string, params: readonly unknown[] = []): Promise<{ rows: Row[] }> {
    const result = await this.db.query<Row>(sql, [...params]);
    return { rows: result.rows };
  }

  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => work(new PgliteTransaction(tx)));
  }

  async listen(channel: string, onNotify: () => void): Promise<Unlisten> {
    const unlisten = await this.db.listen(channel, onNotify);
    return () => (this.db.closed ? Promise.resolve() : unlisten());
  }

  close(): Promise<void> {
    return this.db.closed ? Promise.resolve() : this.db.close();
  }
}

class PgliteTransaction implements SqlQueryable {
  constructor(private readonly tx: Transaction) {}

  async query<Row>(sql: string, params: readonly unknown[] = []): Promise<{ rows: Row[] }> {
    const result = await this.tx.query<Row>(sql, [...params]);
    return { rows: result.rows };
  }

  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    return work(this);
  }
}
