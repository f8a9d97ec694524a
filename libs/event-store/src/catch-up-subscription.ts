import { EventStoreError } from './errors';
import {
  START,
  type EventStore,
  type LogPosition,
  type SubscribeOptions,
  type Subscription,
} from './event-store.port';
import { comparePositions } from './position';

export interface CatchUpSubscriptionOptions extends SubscribeOptions {
  /** How long to wait for a wake-up before reading again anyway. */
  pollIntervalMs: number;
  /** Called once the subscription has stopped, for whatever reason. */
  onStopped?: () => void;
}

// Small enough that a batch of large events stays well within memory.
const DEFAULT_BATCH_SIZE = 100;
// A wake-up can come before the new events are readable (PostgreSQL holds events back behind any
// transaction still in flight), so after one the log is read again soon, backing off to the poll interval.
const FIRST_RECHECK_MS = 5;

interface CaughtUpWaiter {
  target: LogPosition;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Reads the global log in batches from a checkpoint and hands each event to onEvent in order. When a read
 * comes back short it sleeps until wake() (a notification that the log grew) or the poll interval, so a
 * lost notification delays delivery but never stalls it.
 */
export class CatchUpSubscription implements Subscription {
  private checkpoint: LogPosition;
  private stopping = false;
  private failure?: unknown;
  private woken = false;
  private recheckMs?: number;
  private interruptSleep?: () => void;
  private waiters: CaughtUpWaiter[] = [];
  private readonly running: Promise<void>;

  constructor(
    private readonly store: Pick<EventStore, 'readAll' | 'headPosition'>,
    private readonly options: CatchUpSubscriptionOptions,
  ) {
    if (
      options.batchSize !== undefined &&
      !(Number.isSafeInteger(options.batchSize) && options.batchSize > 0)
    ) {
      throw new RangeError(`batchSize must be a positive integer, not ${options.batchSize}`);
    }
    this.checkpoint = options.after ?? START;
    this.running = this.run();
  }

  /** The log may have grown: read again now rather than at the next poll. */
  wake(): void {
    this.woken = true;
    this.recheckMs = FIRST_RECHECK_MS;
    this.interruptSleep?.();
  }

  /** Do not await this inside onEvent: it waits for that very call to finish. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.interruptSleep?.();
    await this.running;
  }

  async caughtUp(): Promise<void> {
    const target = await this.store.headPosition();
    if (comparePositions(target, this.checkpoint) <= 0) return;
    if (this.stopping) throw this.failure ?? stoppedEarly();
    return new Promise((resolve, reject) => this.waiters.push({ target, resolve, reject }));
  }

  private async run(): Promise<void> {
    const batchSize = this.options.batchSize ?? DEFAULT_BATCH_SIZE;
    try {
      while (!this.stopping) {
        this.woken = false;
        const events = await this.store.readAll({ after: this.checkpoint, maxCount: batchSize });
        for (const event of events) {
          if (this.stopping) return;
          await this.options.onEvent(event);
          this.checkpoint = event.position;
          this.settleWaiters();
        }
        if (events.length < batchSize && !this.woken) await this.sleep(this.nextSleepMs());
      }
    } catch (error) {
      this.stopping = true;
      this.failure = error;
      this.options.onError?.(error);
    } finally {
      for (const waiter of this.waiters) waiter.reject(this.failure ?? stoppedEarly());
      this.waiters = [];
      this.options.onStopped?.();
    }
  }

  private settleWaiters(): void {
    const reached = this.waiters.filter((waiter) => comparePositions(waiter.target, this.checkpoint) <= 0);
    if (reached.length === 0) return;
    this.waiters = this.waiters.filter((waiter) => !reached.includes(waiter));
    for (const waiter of reached) waiter.resolve();
  }

  private nextSleepMs(): number {
    const recheckMs = this.recheckMs;
    if (recheckMs === undefined) return this.options.pollIntervalMs;
    this.recheckMs = recheckMs * 2 < this.options.pollIntervalMs ? recheckMs * 2 : undefined;
    return recheckMs;
  }

  private sleep(ms: number): Promise<void> {
    if (this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const wakeUp = () => {
        clearTimeout(timer);
        this.interruptSleep = undefined;
        resolve();
      };
      const timer = setTimeout(wakeUp, ms);
      this.interruptSleep = wakeUp;
    });
  }
}

function stoppedEarly(): EventStoreError {
  return new EventStoreError('The subscription stopped before it caught up');
}
