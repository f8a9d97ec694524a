import { randomUUID } from 'node:crypto';
import type { RecordedEvent as KurrentRecordedEvent } from '@kurrent/kurrentdb-client';
import { canonicalEventText, chainHash, GENESIS_HASH } from '../canonical-json';
import { InvalidAppendError, WrongExpectedVersionError } from '../errors';
import { START, type ExpectedRevision, type NewEvent } from '../event-store.port';
import { StreamChainChecker } from '../stream-chain-checker';
import {
  appendStreamState,
  assertExpectedRevision,
  assertNoSystemNames,
  ForeignEventError,
  isStoreEvent,
  packMetadata,
  stampBatch,
  storeEventFilter,
  toEventData,
  toReadPosition,
  toRecordedEvent,
  unpackMetadata,
  type ChainTip,
  type StampedEvent,
} from './kurrentdb-mapping';

const RECORDED_AT = '2024-05-01T12:00:01.234Z';

function newEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    id: randomUUID(),
    type: 'OfferDrafted',
    version: 2,
    data: { offerId: 'o-1', wage: 31.5 },
    metadata: { correlationId: 'c-1', causationId: 'k-1', actor: { id: 'u-1', role: 'employer' } },
    occurredAt: '2024-05-01T12:00:00.000Z',
    ...overrides,
  };
}

/** What the client hands back for an event written with toEventData: JSON round-tripped, as over the wire. */
function asStored(
  streamName: string,
  stamped: StampedEvent,
  position = { commit: 100n, prepare: 90n },
): KurrentRecordedEvent {
  const written = toEventData(stamped);
  return {
    streamId: streamName,
    id: written.id,
    isJson: true,
    revision: stamped.revision,
    type: written.type,
    created: new Date(),
    data: JSON.parse(JSON.stringify(written.data)),
    metadata: JSON.parse(JSON.stringify(written.metadata)),
    position,
  } as KurrentRecordedEvent;
}

describe('kurrentdb mapping', () => {
  describe('expected revision', () => {
    const tip: ChainTip = { revision: 4n, hash: 'h' };

    it.each<[ExpectedRevision, ChainTip | undefined]>([
      ['any', undefined],
      ['any', tip],
      ['no_stream', undefined],
      ['stream_exists', tip],
      [4n, tip],
    ])('accepts %p when the tip is %p', (expected, current) => {
      expect(() => assertExpectedRevision('s', expected, current)).not.toThrow();
    });

    it.each<[ExpectedRevision, ChainTip | undefined, bigint | 'no_stream']>([
      ['no_stream', tip, 4n],
      ['stream_exists', undefined, 'no_stream'],
      [3n, tip, 4n],
      [5n, tip, 4n],
      [0n, undefined, 'no_stream'],
    ])('refuses %p when the tip is %p, reporting %p', (expected, current, actual) => {
      expect(() => assertExpectedRevision('s', expected, current)).toThrow(
        expect.objectContaining({ constructor: WrongExpectedVersionError, streamId: 's', expected, actual }),
      );
    });

    it('appends at the exact tip that was read, whatever the caller expected', () => {
      expect(appendStreamState(undefined)).toBe('no_stream');
      expect(appendStreamState(tip)).toBe(4n);
    });
  });

  describe('chaining a batch', () => {
    it('numbers a new stream from 0 and chains from the genesis hash', () => {
      const events = [newEvent(), newEvent()];
      const [first, second] = stampBatch('offer-1', events, undefined, RECORDED_AT);
      expect([first.revision, second.revision]).toEqual([0n, 1n]);
      const firstText = canonicalEventText({
        ...events[0],
        streamId: 'offer-1',
        revision: 0n,
        recordedAt: RECORDED_AT,
      });
      expect(first.hash).toBe(chainHash(GENESIS_HASH, firstText));
      const secondText = canonicalEventText({
        ...events[1],
        streamId: 'offer-1',
        revision: 1n,
        recordedAt: RECORDED_AT,
      });
      expect(second.hash).toBe(chainHash(first.hash, secondText));
    });

    it('continues from the tip of an existing stream', () => {
      const tip = { revision: 9n, hash: 'a'.repeat(64) };
      const [stamped] = stampBatch('offer-1', [newEvent()], tip, RECORDED_AT);
      expect(stamped.revision).toBe(10n);
      const text = canonicalEventText({
        ...stamped.event,
        streamId: 'offer-1',
        revision: 10n,
        recordedAt: RECORDED_AT,
      });
      expect(stamped.hash).toBe(chainHash(tip.hash, text));
    });

    it('gives hashes the shared chain checker accepts once read back', () => {
      const first = stampBatch('offer-1', [newEvent(), newEvent()], undefined, RECORDED_AT);
      const second = stampBatch('offer-1', [newEvent()], { revision: 1n, hash: first[1].hash }, RECORDED_AT);
      const checker = new StreamChainChecker('offer-1');
      const broken = [...first, ...second].map((stamped) =>
        checker.check(toRecordedEvent(asStored('offer-1', stamped), '')),
      );
      expect(broken).toEqual([undefined, undefined, undefined]);
    });
  });

  describe('metadata', () => {
    it("nests the caller's metadata so that its keys cannot clash with the store's", () => {
      const metadata = { ...newEvent().metadata, hash: 'mine', version: 'v9', recordedAt: 'yesterday' };
      const [stamped] = stampBatch('s', [newEvent({ metadata })], undefined, RECORDED_AT);
      const unpacked = unpackMetadata(stamped.event.id, JSON.parse(JSON.stringify(packMetadata(stamped))));
      expect(unpacked).toMatchObject({ metadata, version: 2, recordedAt: RECORDED_AT, hash: stamped.hash });
      expect(unpacked.occurredAt).toBe('2024-05-01T12:00:00.000Z');
    });

    it("exposes correlation and causation under the keys KurrentDB's projections read", () => {
      const [stamped] = stampBatch('s', [newEvent()], undefined, RECORDED_AT);
      expect(packMetadata(stamped)).toMatchObject({ $correlationId: 'c-1', $causationId: 'k-1' });
    });

    it.each([undefined, 'text', { metadata: {}, version: 1, occurredAt: 'x', recordedAt: 'y' }])(
      'refuses %p as not written by the store',
      (stored) => {
        expect(() => unpackMetadata('e-1', stored)).toThrow(ForeignEventError);
      },
    );
  });

  describe('events', () => {
    it('writes a JSON event under our id and type', () => {
      const [stamped] = stampBatch('s', [newEvent()], undefined, RECORDED_AT);
      expect(toEventData(stamped)).toMatchObject({
        id: stamped.event.id,
        type: 'OfferDrafted',
        contentType: 'application/json',
        data: stamped.event.data,
        metadata: packMetadata(stamped),
      });
    });

    it('reads back every field, the stream id without the prefix and the position as given', () => {
      const event = newEvent();
      const [stamped] = stampBatch('offer-1', [event], undefined, RECORDED_AT);
      const recorded = toRecordedEvent(
        asStored('svc-offer-1', stamped, { commit: 200n, prepare: 150n }),
        'svc-',
      );
      expect(recorded).toEqual({
        ...event,
        streamId: 'offer-1',
        revision: 0n,
        position: { commit: 200n, prepare: 150n },
        recordedAt: RECORDED_AT,
        hash: stamped.hash,
      });
    });

    it('refuses a binary event and an event without a known position', () => {
      const [stamped] = stampBatch('s', [newEvent()], undefined, RECORDED_AT);
      const stored = asStored('s', stamped);
      expect(() => toRecordedEvent({ ...stored, isJson: false } as KurrentRecordedEvent, '')).toThrow(
        ForeignEventError,
      );
      expect(() => toRecordedEvent({ ...stored, position: undefined } as KurrentRecordedEvent, '')).toThrow(
        /position/,
      );
      const unknown = { commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n };
      expect(() => toRecordedEvent({ ...stored, position: unknown } as KurrentRecordedEvent, '')).toThrow(
        /22\.6/,
      );
    });
  });

  describe('positions', () => {
    it('reads $all from its start for START and anything before it, else from the position itself', () => {
      expect(toReadPosition(START)).toBe('start');
      expect(toReadPosition({ commit: -1n, prepare: 5n })).toBe('start');
      expect(toReadPosition({ commit: 0n, prepare: 0n })).toEqual({ commit: 0n, prepare: 0n });
      expect(toReadPosition({ commit: 1234n, prepare: 1200n })).toEqual({ commit: 1234n, prepare: 1200n });
    });
  });

  describe('system events and the stream prefix', () => {
    it.each<[string, string, string, boolean]>([
      ['offer-1', 'OfferDrafted', '', true],
      ['$stats-127.0.0.1:2113', 'StatsCollected', '', false],
      ['$$offer-1', '$metadata', '', false],
      ['offer-1', '$streamDeleted', '', false],
      ['svc-offer-1', 'OfferDrafted', 'svc-', true],
      ['other-offer-1', 'OfferDrafted', 'svc-', false],
    ])('stream %p, type %p, prefix %p: ours is %p', (streamId, type, prefix, ours) => {
      expect(isStoreEvent({ streamId, type }, prefix)).toBe(ours);
    });

    it('asks the server to filter out system event types, or everything outside the prefix', () => {
      expect(storeEventFilter('')).toMatchObject({ filterOn: 'eventType', regex: '^[^$].*' });
      expect(storeEventFilter('svc-')).toMatchObject({ filterOn: 'streamName', prefixes: ['svc-'] });
    });

    it('refuses to append under names KurrentDB reserves', () => {
      expect(() => assertNoSystemNames('$ce-offer', [newEvent()])).toThrow(InvalidAppendError);
      expect(() => assertNoSystemNames('offer-1', [newEvent(), newEvent({ type: '$>' })])).toThrow(
        InvalidAppendError,
      );
      expect(() => assertNoSystemNames('svc-$odd', [newEvent()])).not.toThrow();
    });
  });
});
