import { canonicalEventText, chainHash, GENESIS_HASH } from './canonical-json';
import type { RecordedEvent, VerificationResult } from './event-store.port';

export type BrokenLink = NonNullable<VerificationResult['firstBroken']>;

/** What a store records as a stream's end, independently of the events: its last revision and hash. */
export interface StreamHead {
  revision: bigint;
  lastHash: string;
}

export const NO_HEAD: StreamHead = Object.freeze({ revision: -1n, lastHash: GENESIS_HASH });

/**
 * Walks one stream's stored events in revision order and recomputes every hash from the stored fields.
 * - revision-gap: an event is not at the revision after the previous one (events deleted before it);
 * - hash-mismatch: the stored hash is not sha256(previous stored hash + this event's canonical text),
 *   so this event's content or hash was changed;
 * - broken-link: the stream's recorded head does not point at its last event (events deleted at the end).
 */
export class StreamChainChecker {
  eventsChecked = 0;
  private previousHash = GENESIS_HASH;
  private nextRevision = 0n;
  private lastEvent?: RecordedEvent;

  constructor(readonly streamId: string) {}

  check(event: RecordedEvent): BrokenLink | undefined {
    this.eventsChecked += 1;
    const expectedHash = chainHash(this.previousHash, canonicalEventText(event));
    const broken = (reason: BrokenLink['reason']): BrokenLink => ({
      streamId: this.streamId,
      revision: event.revision,
      eventId: event.id,
      expectedHash,
      storedHash: event.hash,
      reason,
    });
    if (event.revision !== this.nextRevision) return broken('revision-gap');
    if (event.hash !== expectedHash) return broken('hash-mismatch');
    this.previousHash = event.hash;
    this.nextRevision += 1n;
    this.lastEvent = event;
    return undefined;
  }

  /** Call after the last event. Names the last event, or the head's revision when no event is left. */
  checkHead(head: StreamHead): BrokenLink | undefined {
    if (head.revision === this.nextRevision - 1n && head.lastHash === this.previousHash) return undefined;
    return {
      streamId: this.streamId,
      revision: this.lastEvent?.revision ?? head.revision,
      eventId: this.lastEvent?.id ?? '',
      expectedHash: head.lastHash,
      storedHash: this.previousHash,
      reason: 'broken-link',
    };
  }
}
