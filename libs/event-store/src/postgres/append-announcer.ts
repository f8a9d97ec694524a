import { setTimeout as delay } from 'node:timers/promises';
import type { SqlQueryable } from './sql-executor';

// Other processes hear of a burst of appends at most this late; a busy writer pays for one NOTIFY per interval.
const NOTIFY_INTERVAL_MS = 10;

/**
 * Tells subscribers that the log grew: in this process at once, in others by NOTIFY. NOTIFY goes in its
 * own statement after the append committed, not inside append_events: a transaction that notifies holds a
 * database-wide lock through its commit, which serialises every committing writer (8 concurrent writers
 * managed about six times fewer appends/s). A statement that writes nothing commits without waiting for
 * the disk, so it holds that lock only briefly. NOTIFYs are spaced NOTIFY_INTERVAL_MS apart, the appends
 * of each interval sharing one, so that announcing costs a busy writer next to nothing.
 */
export class AppendAnnouncer {
  private notifying?: Promise<void>;
  private appendedSinceNotify = false;

  constructor(
    private readonly db: SqlQueryable,
    private readonly channel: string,
    private readonly wakeLocalSubscribers: () => void,
  ) {}

  announce(): void {
    this.wakeLocalSubscribers();
    if (this.notifying) {
      this.appendedSinceNotify = true;
      return;
    }
    this.notifying = this.notifyEachInterval();
  }

  /** Resolves when no NOTIFY is pending, so the connection can be closed. */
  async settled(): Promise<void> {
    await this.notifying;
  }

  private async notifyEachInterval(): Promise<void> {
    do {
      this.appendedSinceNotify = false;
      // A lost NOTIFY only delays other processes' subscribers until their next poll.
      await this.db.query(`SELECT pg_notify($1, '')`, [this.channel]).catch(() => undefined);
      await delay(NOTIFY_INTERVAL_MS);
    } while (this.appendedSinceNotify);
    this.notifying = undefined;
  }
}
