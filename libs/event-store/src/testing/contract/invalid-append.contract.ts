import { InvalidAppendError } from '../../errors';
import type { ExpectedRevision, NewEvent } from '../../event-store.port';
import type { ContractContext } from './contract-context';
import { newEvent, newStreamId } from './test-events';

function circular(): Record<string, unknown> {
  const node: Record<string, unknown> = { name: 'loop' };
  node.self = node;
  return node;
}

const badEvents: Array<[string, () => Partial<NewEvent> | Record<string, unknown>]> = [
  ['an empty type', () => ({ type: '' })],
  ['no type at all', () => ({ type: undefined })],
  ['an id that is not a UUID', () => ({ id: 'order-1' })],
  ['a BigInt in its data', () => ({ data: { amount: 10n } })],
  ['a circular object as data', () => ({ data: circular() })],
  ['no data', () => ({ data: undefined })],
  ['a Date in its data', () => ({ data: { at: new Date() } })],
  ['a NUL character in a string', () => ({ data: { name: 'a\u0000b' } })],
  ['no occurredAt', () => ({ occurredAt: undefined })],
];

export function describeInvalidAppendContract(context: ContractContext): void {
  describe('invalid appends are refused and write nothing', () => {
    it.each(badEvents)('an event with %s', async (_, override) => {
      const streamId = newStreamId('invalid');
      const bad = { ...newEvent(), ...override() } as NewEvent;
      await expect(context.store().appendToStream(streamId, [newEvent(), bad, newEvent()])).rejects.toThrow(
        InvalidAppendError,
      );
      expect(await context.store().readStream(streamId)).toEqual([]);
    });

    it.each(['', '   '])('the stream id %j', async (streamId) => {
      await expect(context.store().appendToStream(streamId, [newEvent()])).rejects.toThrow(
        InvalidAppendError,
      );
    });

    it('an empty batch', async () => {
      const streamId = newStreamId('invalid');
      await expect(context.store().appendToStream(streamId, [])).rejects.toThrow(InvalidAppendError);
      expect(await context.store().readStream(streamId)).toEqual([]);
    });

    it.each<[string, unknown]>([
      ['a negative revision', -1n],
      ['a number instead of a bigint', 0],
      ['an unknown keyword', 'latest'],
    ])('an expected revision that is %s', async (_, expectedRevision) => {
      const streamId = newStreamId('invalid');
      await context.store().appendToStream(streamId, [newEvent()]);
      const append = context.store().appendToStream(streamId, [newEvent()], {
        expectedRevision: expectedRevision as ExpectedRevision,
      });
      await expect(append).rejects.toThrow(InvalidAppendError);
      expect(await context.store().readStream(streamId)).toHaveLength(1);
    });
  });
}
