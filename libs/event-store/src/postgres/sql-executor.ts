/** What both a connection pool and an open transaction can do. */
export interface SqlQueryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
  /** Runs `work` in one transaction. Called on a transaction, it joins that transaction. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
}

export type Unlisten = () => Promise<void>;

/** A database handle: PostgreSQL through `pg`, or embedded PGlite. The same SQL runs on both. */
export interface SqlExecutor extends SqlQueryable {
  /**
   * Calls `onNotify` whenever NOTIFY fires on `channel`. Best effort: a dropped connection loses
   * notifications, so callers must also poll.
   */
  listen(channel: string, onNotify: () => void): Promise<Unlisten>;
  close(): Promise<void>;
}
