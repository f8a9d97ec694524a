import { canonicalEventText, chainHash, GENESIS_HASH } from '../../canonical-json';
import type { ContractContext } from './contract-context';
import { newEvent, newEvents, newStreamId } from './test-events';

const ISO_UTC_MILLIS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
// The store's clock may be another machine's; allow it a little drift.
const CLOCK_TOLERANCE_MS = 5_000;

const tricky = {
  text: 'Zoë, 日本語, עברית, e\u0301, 👩🏽‍⚕️ and 🇨🇦',
  escapes: 'quote " backslash \\ slash / newline \n tab \t control \u0001 \u001f',
  looksLikeJson: '{"data":1},"recordedAt":"x"',
  keys: { zebra: 1, Apple: 2, apple: 3, é: 4, '': 5, '10': 6, '9': 7 },
  numbers: [
    0,
    -1,
    0.1 + 0.2,
    1e21,
    1e-7,
    5e-324,
    2 ** 53 - 1,
    -(2 ** 53 - 1),
    1.7976931348623157e308,
    123.456,
  ],
  nested: { deep: [[[{ b: null, a: [true, false] }]]] },
  empty: { object: {}, array: [], string: '' },
};

export function describeIntegrityContract(context: ContractContext): void {
  describe('times, payloads and the hash chain', () => {
    it('sets recordedAt from the store clock and keeps occurredAt as given', async () => {
      const streamId = newStreamId('times');
      const occurredAt = '2024-02-29T23:59:59.123+05:30';
      const before = Date.now();
      await context.store().appendToStream(streamId, [newEvent({ occurredAt })]);
      const after = Date.now();
      const [event] = await context.store().readStream(streamId);
      expect(event.occurredAt).toBe(occurredAt);
      expect(event.recordedAt).toMatch(ISO_UTC_MILLIS);
      expect(Date.parse(event.recordedAt)).toBeGreaterThanOrEqual(before - CLOCK_TOLERANCE_MS);
      expect(Date.parse(event.recordedAt)).toBeLessThanOrEqual(after + CLOCK_TOLERANCE_MS);
    });

    it('chains each hash from the previous one, starting at the genesis hash', async () => {
      const streamId = newStreamId('chain');
      await context.store().appendToStream(streamId, newEvents(2));
      await context.store().appendToStream(streamId, newEvents(2));
      const events = await context.store().readStream(streamId);
      let previous = GENESIS_HASH;
      for (const event of events) {
        expect(event.hash).toBe(chainHash(previous, canonicalEventText(event)));
        previous = event.hash;
      }
      await expect(context.store().verifyStream(streamId)).resolves.toEqual({ ok: true, eventsChecked: 4 });
    });

    it('keeps unicode, escapes, odd keys and numbers exactly, and their hashes verify', async () => {
      const streamId = newStreamId('unicode-ünï-😀');
      const event = newEvent({
        type: 'Tricky✓',
        data: tricky,
        metadata: { ...newEvent().metadata, note: tricky.text },
      });
      await context.store().appendToStream(streamId, [event]);
      const [stored] = await context.store().readStream(streamId);
      expect(stored.data).toEqual(tricky);
      expect(stored.metadata).toEqual(event.metadata);
      await expect(context.store().verifyStream(streamId)).resolves.toMatchObject({
        ok: true,
        eventsChecked: 1,
      });
    });

    it('stores a 1 MB payload', async () => {
      const streamId = newStreamId('large');
      const data = {
        blob: 'ç😀x'.repeat(150_000),
        items: Array.from({ length: 5_000 }, (_, i) => ({ i, name: `item ${i}` })),
      };
      await context.store().appendToStream(streamId, [newEvent({ data }), newEvent()]);
      const [stored] = await context.store().readStream(streamId, { maxCount: 1 });
      expect(stored.data).toEqual(data);
      await expect(context.store().verifyStream(streamId)).resolves.toMatchObject({
        ok: true,
        eventsChecked: 2,
      });
    });

    it('verifies a missing stream as empty and the whole store as intact', async () => {
      await expect(context.store().verifyStream(newStreamId('missing'))).resolves.toEqual({
        ok: true,
        eventsChecked: 0,
      });
      await context.store().appendToStream(newStreamId('verify-all'), newEvents(3));
      const result = await context.store().verifyAll();
      expect(result.ok).toBe(true);
      expect(result.eventsChecked).toBeGreaterThanOrEqual(3);
    });
  });
}
