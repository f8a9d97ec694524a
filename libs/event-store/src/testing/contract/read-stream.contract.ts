import type { ContractContext } from './contract-context';
import { newEvent, newEvents, newStreamId } from './test-events';

export function describeReadStreamContract(context: ContractContext): void {
  describe('appending and reading a stream', () => {
    const count = 5;
    let streamId: string;

    beforeAll(async () => {
      streamId = newStreamId('read');
      await context.store().appendToStream(streamId, newEvents(2));
      await context.store().appendToStream(
        streamId,
        newEvents(3).map((event, i) => ({ ...event, data: { step: i + 2 } })),
      );
    });

    const steps = (events: { data: unknown }[]) =>
      events.map((event) => (event.data as { step: number }).step);

    it('returns the events as appended, in revision order', async () => {
      const appended = newEvent({
        type: 'RoundTripped',
        version: 3,
        data: { nested: { b: [1, { c: null }], a: true } },
      });
      const roundTrip = newStreamId('read');
      await context.store().appendToStream(roundTrip, [appended]);
      const [event] = await context.store().readStream(roundTrip);
      expect(event).toMatchObject({ ...appended, streamId: roundTrip, revision: 0n });
      expect(steps(await context.store().readStream(streamId))).toEqual([0, 1, 2, 3, 4]);
    });

    it('numbers revisions from 0 without gaps and reports the next expected revision', async () => {
      const events = await context.store().readStream(streamId);
      expect(events.map((event) => event.revision)).toEqual([0n, 1n, 2n, 3n, 4n]);
      const result = await context.store().appendToStream(newStreamId('read'), newEvents(4));
      expect(result.nextExpectedRevision).toBe(3n);
      expect(result.positions).toHaveLength(4);
    });

    it('reads backwards from the end', async () => {
      expect(steps(await context.store().readStream(streamId, { direction: 'backwards' }))).toEqual([
        4, 3, 2, 1, 0,
      ]);
    });

    it('reads forwards from a revision, inclusive, up to maxCount', async () => {
      expect(steps(await context.store().readStream(streamId, { fromRevision: 2n }))).toEqual([2, 3, 4]);
      expect(steps(await context.store().readStream(streamId, { fromRevision: 1n, maxCount: 2 }))).toEqual([
        1, 2,
      ]);
      expect(steps(await context.store().readStream(streamId, { maxCount: 1 }))).toEqual([0]);
    });

    it('reads backwards from a revision, inclusive, up to maxCount', async () => {
      const options = { direction: 'backwards' as const };
      expect(steps(await context.store().readStream(streamId, { ...options, fromRevision: 2n }))).toEqual([
        2, 1, 0,
      ]);
      expect(steps(await context.store().readStream(streamId, { ...options, maxCount: 2 }))).toEqual([4, 3]);
    });

    it('reads nothing past the end or from a stream that does not exist', async () => {
      expect(await context.store().readStream(streamId, { fromRevision: BigInt(count) })).toEqual([]);
      expect(await context.store().readStream(newStreamId('missing'))).toEqual([]);
    });
  });
}
