import type { EventStore, RecordedEvent, SubscribeOptions, Subscription } from '../../event-store.port';
import { comparePositions } from '../../position';
import type { ContractContext } from './contract-context';
import { expectStrictlyIncreasing } from './log-assertions';
import { newEvents, newStreamId } from './test-events';
import { delay, waitFor, waitUntilHeadReaches } from './wait';

/** Subscribes and records everything delivered, so tests can wait on and inspect it. */
function recordingSubscription(store: EventStore, options: Partial<SubscribeOptions> = {}) {
  const delivered: RecordedEvent[] = [];
  const errors: unknown[] = [];
  const subscription: Subscription = store.subscribeToAll({
    onError: (error) => errors.push(error),
    ...options,
    onEvent: async (event) => {
      await options.onEvent?.(event);
      delivered.push(event);
    },
  });
  const of = (streamIds: string[]) => delivered.filter((event) => streamIds.includes(event.streamId));
  return { subscription, delivered, errors, of };
}

const ids = (events: { id: string }[]) => events.map((event) => event.id);

export function describeSubscriptionContract(context: ContractContext): void {
  describe('subscribing to the global log', () => {
    const running: Subscription[] = [];
    afterEach(async () => {
      await Promise.all(running.splice(0).map((subscription) => subscription.stop()));
    });
    function subscribe(options: Partial<SubscribeOptions> = {}) {
      const recording = recordingSubscription(context.store(), options);
      running.push(recording.subscription);
      return recording;
    }

    it('delivers from the start every event exactly once, in log order', async () => {
      const streamId = newStreamId('sub-start');
      const appended = newEvents(3);
      await context.store().appendToStream(streamId, appended);
      const { delivered, of } = subscribe({ batchSize: 2 });
      await waitFor(() => of([streamId]).length >= 3, 'the three events');
      expect(ids(of([streamId]))).toEqual(ids(appended));
      expectStrictlyIncreasing(delivered.map((event) => event.position));
    });

    it('resumes after a checkpoint without redelivering it', async () => {
      const streamId = newStreamId('sub-resume');
      const { positions } = await context.store().appendToStream(streamId, newEvents(3));
      const { of, delivered } = subscribe({ after: positions[0] });
      await waitFor(() => of([streamId]).length >= 2, 'the events after the checkpoint');
      await delay(100);
      expect(of([streamId]).map((event) => event.revision)).toEqual([1n, 2n]);
      expect(delivered.every((event) => comparePositions(event.position, positions[0]) > 0)).toBe(true);
    });

    it('resolves caughtUp once it delivered the head at call time', async () => {
      const { positions } = await context.store().appendToStream(newStreamId('sub-caught-up'), newEvents(2));
      await waitUntilHeadReaches(context.store(), positions[1]);
      const headBefore = await context.store().headPosition();
      const { subscription, delivered } = subscribe({ batchSize: 1 });
      await subscription.caughtUp();
      const last = delivered[delivered.length - 1].position;
      expect(comparePositions(last, headBefore)).toBeGreaterThanOrEqual(0);
    });

    it('turns live and delivers concurrent appends exactly once, in the log order', async () => {
      const streamIds = [0, 1, 2, 3].map((n) => newStreamId(`sub-live-${n}`));
      const after = await context.store().headPosition();
      const { subscription, of, delivered } = subscribe({ after });
      await subscription.caughtUp();
      await Promise.all(
        streamIds.map(async (streamId) => {
          for (const event of newEvents(5)) await context.store().appendToStream(streamId, [event]);
        }),
      );
      await waitFor(() => of(streamIds).length >= 20, 'twenty live events');
      await delay(100);
      const live = of(streamIds);
      expect(new Set(ids(live)).size).toBe(20);
      expect(live).toHaveLength(20);
      for (const streamId of streamIds) {
        expect(of([streamId]).map((event) => event.revision)).toEqual([0n, 1n, 2n, 3n, 4n]);
      }
      expectStrictlyIncreasing(delivered.map((event) => event.position));
      const inLog = await context.store().readAll({ after });
      expect(ids(live)).toEqual(ids(inLog.filter((event) => streamIds.includes(event.streamId))));
    });

    it('stop() waits for the event being handled, and nothing is delivered after it', async () => {
      const streamId = newStreamId('sub-stop');
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let handlerStarted = false;
      let handlerFinished = false;
      const { subscription, of } = subscribe({
        onEvent: async (event) => {
          if (event.streamId !== streamId) return;
          handlerStarted = true;
          await released;
          handlerFinished = true;
        },
      });
      await context.store().appendToStream(streamId, newEvents(1));
      await waitFor(() => handlerStarted, 'the handler to start');
      let stopped = false;
      const stopping = subscription.stop().then(() => (stopped = true));
      await delay(50);
      expect(stopped).toBe(false);
      release();
      await stopping;
      expect(handlerFinished).toBe(true);
      await context.store().appendToStream(streamId, newEvents(2));
      await delay(300);
      expect(of([streamId])).toHaveLength(1);
    });

    it('stops and reports the error when onEvent throws', async () => {
      const streamId = newStreamId('sub-error');
      const failure = new Error('projection failed');
      await context.store().appendToStream(streamId, newEvents(2));
      const { errors, of } = subscribe({
        onEvent: (event) => {
          if (event.streamId === streamId) throw failure;
        },
      });
      await waitFor(() => errors.length > 0, 'onError');
      await context.store().appendToStream(streamId, newEvents(1));
      await delay(300);
      expect(errors).toEqual([failure]);
      expect(of([streamId])).toEqual([]);
    });
  });
}
