import type { LogPosition } from '../../event-store.port';
import type { ContractContext } from './contract-context';
import { expectStrictlyIncreasing } from './log-assertions';
import { newEvent, newEvents, newStreamId } from './test-events';
import { readAllUntil, waitUntilHeadReaches } from './wait';

export function describeReadAllContract(context: ContractContext): void {
  describe('the global log', () => {
    it('holds every stream event in append order, at the positions the appends reported', async () => {
      const store = context.store();
      const after = await store.headPosition();
      const [a, b] = [newStreamId('all-a'), newStreamId('all-b')];
      const appended = [a, b, a, b, a].map((streamId) => ({ streamId, event: newEvent() }));
      const positions: LogPosition[] = [];
      for (const { streamId, event } of appended) {
        positions.push(...(await store.appendToStream(streamId, [event])).positions);
      }

      const { ours } = await readAllUntil(store, { after, streamIds: [a, b], count: appended.length });

      expect(ours.map((event) => [event.streamId, event.id])).toEqual(
        appended.map(({ streamId, event }) => [streamId, event.id]),
      );
      expect(ours.map((event) => event.position)).toEqual(positions);
      expectStrictlyIncreasing(positions);
    });

    it('pages with maxCount and after without skipping or repeating an event', async () => {
      const store = context.store();
      const after = await store.headPosition();
      const streamIds = [newStreamId('page-a'), newStreamId('page-b')];
      await store.appendToStream(streamIds[0], newEvents(4));
      await store.appendToStream(streamIds[1], newEvents(3));
      await store.appendToStream(streamIds[0], newEvents(2));

      const whole = await readAllUntil(store, { after, streamIds, count: 9 });
      const paged = await readAllUntil(store, { after, streamIds, count: 9, pageSize: 2 });

      expect(paged.pages.every((page) => page.length <= 2)).toBe(true);
      expect(paged.ours.map((event) => event.id)).toEqual(whole.ours.map((event) => event.id));
      expectStrictlyIncreasing(paged.pages.flat().map((event) => event.position));
    });

    it('reads strictly after the given position', async () => {
      const store = context.store();
      const streamId = newStreamId('after');
      const { positions } = await store.appendToStream(streamId, newEvents(3));
      const { ours } = await readAllUntil(store, { after: positions[0], streamIds: [streamId], count: 2 });
      expect(ours.map((event) => event.revision)).toEqual([1n, 2n]);
    });

    it('reports a head at or after the last appended event', async () => {
      const store = context.store();
      const { positions } = await store.appendToStream(newStreamId('head'), newEvents(2));
      await waitUntilHeadReaches(store, positions[positions.length - 1]);
    });
  });
}
