import { createHash } from 'node:crypto';
import { type Problem, ProblemException, toProblem } from './problem';
import { quoteIdent, type SqlClient } from './sql-client';

export interface StoredAnswer {
  status: number;
  body: unknown;
}

/**
 * Idempotency-Key records in the service's own schema. A key is claimed before the command runs, so two
 * concurrent retries cannot both execute; the first answer (success or 4xx) is kept and replayed.
 */
export class IdempotencyStore {
  private readonly table: string;

  constructor(
    private readonly sql: SqlClient,
    schema: string,
    /** A claim older than this whose answer never came (the process died) may be taken over. */
    private readonly abandonAfterMs = 60_000,
  ) {
    this.table = `${quoteIdent(schema)}.idempotency_keys`;
  }

  async migrate(): Promise<void> {
    await this.sql.query(`CREATE TABLE IF NOT EXISTS ${this.table} (
      scope text NOT NULL, key text NOT NULL, request_hash text NOT NULL,
      status int, body jsonb, claimed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (scope, key))`);
  }

  /** Returns the stored answer of an earlier request with this key, or null when this request may run. */
  async claim(scope: string, key: string, request: unknown): Promise<StoredAnswer | null> {
    const hash = createHash('sha256')
      .update(JSON.stringify(request ?? null))
      .digest('hex');
    const claimed = await this.sql.query(
      `INSERT INTO ${this.table} (scope, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT (scope, key) DO UPDATE SET claimed_at = now(), request_hash = EXCLUDED.request_hash
         WHERE ${this.table}.status IS NULL AND ${this.table}.request_hash = EXCLUDED.request_hash
           AND ${this.table}.claimed_at < now() - make_interval(secs => $4)
       RETURNING key`,
      [scope, key, hash, this.abandonAfterMs / 1000],
    );
    if (claimed.rows.length > 0) return null;
    const { rows } = await this.sql.query<{ request_hash: string; status: number | null; body: unknown }>(
      `SELECT request_hash, status, body FROM ${this.table} WHERE scope = $1 AND key = $2`,
      [scope, key],
    );
    const [row] = rows;
    if (row.request_hash !== hash) {
      throw new ProblemException(422, 'This Idempotency-Key was already used with a different request.', {
        code: 'idempotency-key-reused',
      });
    }
    if (row.status === null) {
      throw new ProblemException(
        409,
        'A request with this Idempotency-Key is still in progress; retry later.',
        {
          code: 'idempotency-in-progress',
        },
      );
    }
    return { status: row.status, body: row.body };
  }

  async complete(scope: string, key: string, answer: StoredAnswer): Promise<void> {
    await this.sql.query(`UPDATE ${this.table} SET status = $3, body = $4 WHERE scope = $1 AND key = $2`, [
      scope,
      key,
      answer.status,
      JSON.stringify(answer.body ?? null),
    ]);
  }

  /** A server error is not an answer: the key is released so a retry runs the command again. */
  async release(scope: string, key: string): Promise<void> {
    await this.sql.query(`DELETE FROM ${this.table} WHERE scope = $1 AND key = $2 AND status IS NULL`, [
      scope,
      key,
    ]);
  }

  async settle(scope: string, key: string, error: unknown): Promise<Problem> {
    const body = toProblem(error);
    if (body.status >= 500) await this.release(scope, key);
    else await this.complete(scope, key, { status: body.status, body });
    return body;
  }
}
