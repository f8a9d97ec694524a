import type {
  AllStreamResolvedEvent,
  AllStreamSubscription,
  KurrentDBClient,
} from '@kurrent/kurrentdb-client';
import { EventStoreError } from '../errors';
import { START, type LogPosition, type SubscribeOptions, type Subscription } from '../event-store.port';
import { comparePositions } from '../position';
import { isStoreEvent, storeEventFilter, toReadPosition, toRecordedEvent } from './kurrentdb-mapping';

export interface KurrentDbSubscriptionOptions extends SubscribeOptions {
  streamPrefix: string;
  headPosition: () => Promise<LogPosition>;
  /** Called once the subscription has stopped, for whatever reason. */
  onStopped?: () => void;
}

interface CaughtUpWaiter {
  target: LogPosition;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * $all through the client's own catch-up subscription. Events are pulled one at a time through the
 * readable's async iterator, so the next one waits for onEvent and at most batchSize are buffered.
 * caughtUp() waits for the head's position rather than the server's "caught up" message, which the client
 * emits on arrival, possibly before the buffered events before it have been handled.
 */
export class KurrentDbSubscription implements Subscription {
  private checkpoint: LogPosition;
  private stopRequested = false;
  private stopped = false;
  private failure?: unknown;
  private waiters: CaughtUpWaiter[] = [];
  private released?: Promise<void>;
  private readonly source: AllStreamSubscription;
  private readonly running: Promise<void>;

  constructor(
    client: KurrentDBClient,
    private readonly options: KurrentDbSubscriptionOptions,
  ) {
    this.checkpoint = options.after ?? START;
    this.source = client.subscribeToAll(
      { fromPosition: toReadPosition(this.checkpoint), filter: storeEventFilter(options.streamPrefix) },
      { highWaterMark: options.batchSize },
    );
    this.running = this.run();
  }

  /** Do not await this inside onEvent: it waits for that very call to finish. */
  async stop(): Promise<void> {
    this.stopRequested = true;
    await this.release();
    await this.running;
  }

  async caughtUp(): Promise<void> {
    const target = await this.options.headPosition();
    if (comparePositions(target, this.checkpoint) <= 0) return;
    if (this.stopped || this.stopRequested) throw this.failure ?? stoppedEarly();
    return new Promise((resolve, reject) => this.waiters.push({ target, resolve, reject }));
  }

  private async run(): Promise<void> {
    const { streamPrefix, onEvent } = this.options;
    try {
      for await (const { event } of this.source as AsyncIterable<AllStreamResolvedEvent>) {
        if (this.stopRequested) break;
        if (!event || !isStoreEvent(event, streamPrefix)) continue;
        const recorded = toRecordedEvent(event, streamPrefix);
        // The server starts after `fromPosition` or at it, depending on its version: never hand it over twice.
        if (comparePositions(recorded.position, this.checkpoint) <= 0) continue;
        try {
          await onEvent(recorded);
        } catch (cause) {
          throw new HandlerFailure(cause);
        }
        this.checkpoint = recorded.position;
        this.settleWaiters();
      }
      if (!this.stopRequested) throw new EventStoreError('KurrentDB ended the subscription');
    } catch (error) {
      // Once stop() has been asked for, the source is torn down under the loop: its errors are expected.
      if (error instanceof HandlerFailure) this.fail(error.cause);
      else if (!this.stopRequested) this.fail(error);
    } finally {
      this.stopped = true;
      await this.release();
      for (const waiter of this.waiters) waiter.reject(this.failure ?? stoppedEarly());
      this.waiters = [];
      this.options.onStopped?.();
    }
  }

  private fail(error: unknown): void {
    this.failure = error;
    this.options.onError?.(error);
  }

  /** Cancels the server call, then ends the iterator even if it is waiting for an event that never comes. */
  private release(): Promise<void> {
    this.released ??= this.source
      .unsubscribe()
      .catch(() => undefined)
      .then(() => void this.source.destroy());
    return this.released;
  }

  private settleWaiters(): void {
    const reached = this.waiters.filter((waiter) => comparePositions(waiter.target, this.checkpoint) <= 0);
    if (reached.length === 0) return;
    this.waiters = this.waiters.filter((waiter) => !reached.includes(waiter));
    for (const waiter of reached) waiter.resolve();
  }
}

/** Tells onEvent's own failures, always reported, from the source's, expected while stopping. */
class HandlerFailure {
  constructor(readonly cause: unknown) {}
}

function stoppedEarly(): EventStoreError {
  return new EventStoreError('The subscription stopped before it caught up');
}
