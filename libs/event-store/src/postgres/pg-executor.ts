import { Client, type Pool, type PoolClient } from 'pg';
import { PgNotificationListener } from './pg-notification-listener';
import type { SqlExecutor, SqlQueryable, Unlisten } from './sql-executor';

/** PostgreSQL through a `pg` pool. Owns the pool: close() ends it. */
export class PgExecutor implements SqlExecutor {
  private readonly listener: PgNotificationListener;

  constructor(private readonly pool: Pool) {
    this.listener = new PgNotificationListener(() => new Client(pool.options));
  }

  async query<Row>(sql: string, params: readonly unknown[] = []): Promise<{ rows: Row[] }> {
    const result = await this.pool.query(sql, [...params]);
    return { rows: result.rows as Row[] };
  }

  async transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(new PgTransaction(client));
      await client.query('COMMIT');
      client.release();
      return result;
    } catch (error) {
      const rollbackFailure = await client.query('ROLLBACK').then(
        () => undefined,
        (failure: Error) => failure,
      );
      // Passing the failure makes the pool discard a client left in an unknown state.
      client.release(rollbackFailure);
      throw error;
    }
  }

  listen(channel: string, onNotify: () => void): Promise<Unlisten> {
    return this.listener.listen(channel, onNotify);
  }

  async close(): Promise<void> {
    await this.listener.close();
    await this.pool.end();
  }
}

class PgTransaction implements SqlQueryable {
  constructor(private readonly client: PoolClient) {}

  async query<Row>(sql: string, params: readonly unknown[] = []): Promise<{ rows: Row[] }> {
    const result = await this.client.query(sql, [...params]);
    return { rows: result.rows as Row[] };
  }

  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    return work(this);
  }
}
