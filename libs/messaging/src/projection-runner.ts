import { Logger } from '@nestjs/common';
import {
  comparePositions,
  type EventStore,
  type LogPosition,
  type RecordedEvent,
  START,
  type Subscription,
} from '@imp/event-store';
import { type Sql, type TransactionalSql, qualified } from './sql';

export interface Projection {
  /** Names the checkpoint row; change it to rebuild the read model from the start. */
  name: string;
  /** Creates the read model's tables (idempotent). */
  migrate(sql: Sql): Promise<void>;
  /** Applies one event; runs in the transaction that moves the checkpoint. */
  apply(event: RecordedEvent, tx: Sql): Promise<void>;
}

/**
 * Keeps read models of a service's own events up to date. The read-model change and the checkpoint commit
 * together, so a crash can neither lose nor double-apply an event.
 */
export class ProjectionRunner {
  private readonly logger: Logger;
  private readonly table: string;
  private subscription?: Subscription;
  private position: LogPosition = START;
  private waiters: { position: LogPosition; resolve: () => void }[] = [];

  constructor(
    private readonly store: EventStore,
    private readonly sql: TransactionalSql,
    schema: string,
    private readonly projections: Projection[],
  ) {
    this.logger = new Logger('ProjectionRunner');
    this.table = qualified(schema, 'projection_checkpoints');
  }

  async start(): Promise<void> {
    await this.sql.query(`CREATE TABLE IF NOT EXISTS ${this.table} (name text PRIMARY KEY,
      commit_position numeric NOT NULL, prepare_position numeric NOT NULL)`);
    for (const projection of this.projections) await projection.migrate(this.sql);
    this.position = await this.checkpoint();
    this.subscription = this.store.subscribeToAll({
      after: this.position,
      onEvent: (event) => this.apply(event),
      onError: (error) => this.logger.error(`projection stopped: ${String(error)}`),
    });
  }

  /** The slowest projection's checkpoint: all of them advance together. */
  private async checkpoint(): Promise<LogPosition> {
    const names = this.projections.map((p) => p.name);
    const { rows } = await this.sql.query<{
      name: string;
      commit_position: string;
      prepare_position: string;
    }>(`SELECT name, commit_position, prepare_position FROM ${this.table} WHERE name = ANY($1)`, [names]);
    if (rows.length < names.length) return START;
    return rows
      .map((r) => ({ commit: BigInt(r.commit_position), prepare: BigInt(r.prepare_position) }))
      .reduce((min, p) => (comparePositions(p, min) < 0 ? p : min));
  }

  private async apply(event: RecordedEvent): Promise<void> {
    await this.sql.transaction(async (tx) => {
      for (const projection of this.projections) {
        await projection.apply(event, tx);
        await tx.query(
          `INSERT INTO ${this.table} (name, commit_position, prepare_position) VALUES ($1, $2, $3)
           ON CONFLICT (name) DO UPDATE SET commit_position = $2, prepare_position = $3
           WHERE (${this.table}.commit_position, ${this.table}.prepare_position) < ($2::numeric, $3::numeric)`,
          [projection.name, event.position.commit.toString(), event.position.prepare.toString()],
        );
      }
    });
    this.position = event.position;
    this.waiters = this.waiters.filter((waiter) => {
      if (comparePositions(waiter.position, this.position) > 0) return true;
      waiter.resolve();
      return false;
    });
  }

  /** Read-your-writes: resolves once the read models include the event at `position`. */
  waitFor(position: LogPosition, timeoutMs = 5000): Promise<void> {
    if (comparePositions(position, this.position) <= 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('read model did not catch up in time')), timeoutMs);
      this.waiters.push({ position, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
  }
}
