import { Client } from 'pg';
import type { SqlExecutor, SqlQueryable, Unlisten } from '../sql-executor';

/**
 * A connection held inside one transaction that the test commits when it chooses. A store built on it
 * appends without committing, which is how tests force transactions to commit out of order.
 */
export class OpenTransaction implements SqlExecutor {
  private constructor(private readonly client: Client) {}

  static async begin(databaseUrl: string): Promise<OpenTransaction> {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query('BEGIN');
    return new OpenTransaction(client);
  }

  async query<Row>(sql: string, params: readonly unknown[] = []): Promise<{ rows: Row[] }> {
    const result = await this.client.query(sql, [...params]);
    return { rows: result.rows as Row[] };
  }

  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    return work(this);
  }

  listen(): Promise<Unlisten> {
    return Promise.reject(new Error('An open transaction cannot LISTEN'));
  }

  async commit(): Promise<void> {
    await this.client.query('COMMIT');
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}
