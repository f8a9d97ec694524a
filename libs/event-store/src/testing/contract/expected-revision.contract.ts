import { WrongExpectedVersionError } from '../../errors';
import type { ExpectedRevision } from '../../event-store.port';
import type { ContractContext } from './contract-context';
import { newEvent, newEvents, newStreamId } from './test-events';

const WRITERS = 8;

export function describeExpectedRevisionContract(context: ContractContext): void {
  describe('expected revision', () => {
    async function streamWith(count: number): Promise<string> {
      const streamId = newStreamId('expected');
      if (count > 0) await context.store().appendToStream(streamId, newEvents(count));
      return streamId;
    }

    async function expectConflict(
      streamId: string,
      expected: ExpectedRevision,
      actual: bigint | 'no_stream',
    ) {
      const attempt = context.store().appendToStream(streamId, [newEvent()], { expectedRevision: expected });
      await expect(attempt).rejects.toThrow(WrongExpectedVersionError);
      await attempt.catch((error: WrongExpectedVersionError) => {
        expect(error).toMatchObject({ streamId, expected, actual });
      });
    }

    it('no_stream creates a stream and refuses one that exists', async () => {
      const streamId = await streamWith(0);
      const result = await context
        .store()
        .appendToStream(streamId, newEvents(2), { expectedRevision: 'no_stream' });
      expect(result.nextExpectedRevision).toBe(1n);
      await expectConflict(streamId, 'no_stream', 1n);
    });

    it('stream_exists refuses a missing stream and accepts an existing one', async () => {
      const streamId = await streamWith(0);
      await expectConflict(streamId, 'stream_exists', 'no_stream');
      await context.store().appendToStream(streamId, [newEvent()]);
      const result = await context
        .store()
        .appendToStream(streamId, [newEvent()], { expectedRevision: 'stream_exists' });
      expect(result.nextExpectedRevision).toBe(1n);
    });

    it('any appends whatever the stream holds, and is the default', async () => {
      const streamId = await streamWith(0);
      await context.store().appendToStream(streamId, [newEvent()], { expectedRevision: 'any' });
      await context.store().appendToStream(streamId, [newEvent()], { expectedRevision: 'any' });
      const result = await context.store().appendToStream(streamId, [newEvent()]);
      expect(result.nextExpectedRevision).toBe(2n);
    });

    it('an exact revision must be the last event revision', async () => {
      const streamId = await streamWith(3);
      await expectConflict(streamId, 1n, 2n);
      await expectConflict(streamId, 3n, 2n);
      const result = await context.store().appendToStream(streamId, newEvents(2), { expectedRevision: 2n });
      expect(result.nextExpectedRevision).toBe(4n);
    });

    it('an exact revision on a missing stream reports no_stream', async () => {
      await expectConflict(await streamWith(0), 0n, 'no_stream');
    });

    it('a refused batch writes none of its events', async () => {
      const streamId = await streamWith(2);
      await expect(
        context.store().appendToStream(streamId, newEvents(3), { expectedRevision: 0n }),
      ).rejects.toThrow(WrongExpectedVersionError);
      expect(await context.store().readStream(streamId)).toHaveLength(2);
    });

    it(`of ${WRITERS} concurrent writers expecting the same revision exactly one wins`, async () => {
      const streamId = await streamWith(1);
      const outcomes = await Promise.allSettled(
        Array.from({ length: WRITERS }, () =>
          context.store().appendToStream(streamId, newEvents(2), { expectedRevision: 0n }),
        ),
      );
      expectOneWinner(outcomes);
      const events = await context.store().readStream(streamId);
      expect(events.map((event) => event.revision)).toEqual([0n, 1n, 2n]);
    });

    it(`of ${WRITERS} concurrent writers creating the same stream exactly one wins`, async () => {
      const streamId = await streamWith(0);
      const outcomes = await Promise.allSettled(
        Array.from({ length: WRITERS }, () =>
          context.store().appendToStream(streamId, [newEvent()], { expectedRevision: 'no_stream' }),
        ),
      );
      expectOneWinner(outcomes);
      expect(await context.store().readStream(streamId)).toHaveLength(1);
    });
  });
}

function expectOneWinner(outcomes: PromiseSettledResult<unknown>[]): void {
  const losers = outcomes.filter(
    (outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected',
  );
  expect(outcomes.length - losers.length).toBe(1);
  for (const loser of losers) expect(loser.reason).toBeInstanceOf(WrongExpectedVersionError);
}
