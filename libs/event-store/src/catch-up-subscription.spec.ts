import { CatchUpSubscription } from './catch-up-subscription';
import { START, type LogPosition, type ReadAllOptions, type RecordedEvent } from './event-store.port';
import { comparePositions } from './position';
import { newEvent } from './testing/contract/test-events';
import { waitFor } from './testing/contract/wait';

const HOUR_MS = 3_600_000;

/** A global log whose appended events become readable only once released, like PostgreSQL's held-back ones. */
class HeldBackLog {
  private readonly events: Array<RecordedEvent & { readable: boolean }> = [];
  reads = 0;

  append(readable: boolean): RecordedEvent {
    const prepare = BigInt(this.events.length);
    const event = {
      ...newEvent(),
      streamId: 's',
      revision: prepare,
      position: { commit: 1n, prepare },
      recordedAt: '',
      hash: '',
    };
    this.events.push({ ...event, readable });
    return event;
  }

  release(): void {
    for (const event of this.events) event.readable = true;
  }

  async readAll({ after = START, maxCount = Infinity }: ReadAllOptions): Promise<RecordedEvent[]> {
    this.reads += 1;
    const firstHeld = this.events.findIndex((event) => !event.readable);
    const readable = firstHeld === -1 ? this.events : this.events.slice(0, firstHeld);
    return readable.filter((event) => comparePositions(event.position, after) > 0).slice(0, maxCount);
  }

  async headPosition(): Promise<LogPosition> {
    const readable = await this.readAll({});
    return readable.length > 0 ? readable[readable.length - 1].position : START;
  }
}

describe('CatchUpSubscription', () => {
  it('reads again soon after a wake-up that found the new event not yet readable', async () => {
    const log = new HeldBackLog();
    const delivered: RecordedEvent[] = [];
    const subscription = new CatchUpSubscription(log, {
      onEvent: (event) => void delivered.push(event),
      pollIntervalMs: HOUR_MS,
    });
    try {
      await subscription.caughtUp();
      log.append(false);
      subscription.wake();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(delivered).toEqual([]);
      log.release();
      await waitFor(() => delivered.length === 1, 'the released event');
    } finally {
      await subscription.stop();
    }
  });

  it('stops rechecking once the backoff reaches the poll interval', async () => {
    const log = new HeldBackLog();
    const subscription = new CatchUpSubscription(log, { onEvent: () => undefined, pollIntervalMs: 100 });
    try {
      subscription.wake();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const readsAfterBackoff = log.reads;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(log.reads - readsAfterBackoff).toBeLessThanOrEqual(4);
    } finally {
      await subscription.stop();
    }
  });

  it('stops and reports a failing read, and caughtUp rejects with it', async () => {
    const failure = new Error('connection lost');
    const errors: unknown[] = [];
    const subscription = new CatchUpSubscription(
      { readAll: () => Promise.reject(failure), headPosition: async () => ({ commit: 5n, prepare: 5n }) },
      { onEvent: () => undefined, onError: (error) => errors.push(error), pollIntervalMs: HOUR_MS },
    );
    await waitFor(() => errors.length === 1, 'onError');
    await expect(subscription.caughtUp()).rejects.toBe(failure);
    await subscription.stop();
    expect(errors).toEqual([failure]);
  });

  it('refuses a batch size that could never make progress', () => {
    const log = new HeldBackLog();
    expect(
      () => new CatchUpSubscription(log, { onEvent: () => undefined, pollIntervalMs: 10, batchSize: 0 }),
    ).toThrow(RangeError);
  });
});
