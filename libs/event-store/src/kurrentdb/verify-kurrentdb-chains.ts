import {
  FORWARDS,
  StreamNotFoundError,
  type KurrentDBClient,
  type RecordedEvent as KurrentRecordedEvent,
} from '@kurrent/kurrentdb-client';
import { canonicalEventText, chainHash, GENESIS_HASH } from '../canonical-json';
import type { RecordedEvent, VerificationResult } from '../event-store.port';
import type { BrokenLink } from '../stream-chain-checker';
import { ForeignEventError, toRecordedEvent, type ChainTip } from './kurrentdb-mapping';
import { readStoreEvents } from './read-store-events';

export type LinkCheck = { tip: ChainTip } | { broken: BrokenLink };

/**
 * Checks one stored event against the tip of its stream's chain. KurrentDB cannot delete an event in the
 * middle of a stream, but truncation and scavenging leave revision gaps, and another client can append
 * around the store: such a foreign event breaks the chain as a hash mismatch whose expected hash cannot
 * be computed, since the event lacks the fields the hash covers.
 */
export function checkLink(
  recorded: KurrentRecordedEvent,
  streamPrefix: string,
  tip: ChainTip | undefined,
): LinkCheck {
  const link = {
    streamId: recorded.streamId.slice(streamPrefix.length),
    revision: recorded.revision,
    eventId: recorded.id,
  };
  let event: RecordedEvent;
  try {
    event = toRecordedEvent(recorded, streamPrefix);
  } catch (error) {
    if (error instanceof ForeignEventError) {
      return { broken: { ...link, expectedHash: '', storedHash: '', reason: 'hash-mismatch' } };
    }
    throw error;
  }
  const expectedHash = chainHash(tip?.hash ?? GENESIS_HASH, canonicalEventText(event));
  const stored = { ...link, expectedHash, storedHash: event.hash };
  if (event.revision !== (tip?.revision ?? -1n) + 1n) {
    return { broken: { ...stored, reason: 'revision-gap' } };
  }
  if (event.hash !== expectedHash) return { broken: { ...stored, reason: 'hash-mismatch' } };
  return { tip: { revision: event.revision, hash: event.hash } };
}

export async function verifyStreamChain(
  client: KurrentDBClient,
  streamPrefix: string,
  streamId: string,
): Promise<VerificationResult> {
  let tip: ChainTip | undefined;
  let eventsChecked = 0;
  try {
    for await (const { event } of client.readStream(streamPrefix + streamId, { direction: FORWARDS })) {
      if (!event) continue;
      eventsChecked += 1;
      const check = checkLink(event, streamPrefix, tip);
      if ('broken' in check) return { ok: false, eventsChecked, firstBroken: check.broken };
      tip = check.tip;
    }
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
  return { ok: true, eventsChecked };
}

/** One pass over $all, keeping only each stream's tip, so memory grows with streams rather than events. */
export async function verifyAllChains(
  client: KurrentDBClient,
  streamPrefix: string,
): Promise<VerificationResult> {
  const tips = new Map<string, ChainTip>();
  let eventsChecked = 0;
  for await (const event of readStoreEvents(client, streamPrefix, { direction: FORWARDS })) {
    eventsChecked += 1;
    const check = checkLink(event, streamPrefix, tips.get(event.streamId));
    if ('broken' in check) return { ok: false, eventsChecked, firstBroken: check.broken };
    tips.set(event.streamId, check.tip);
  }
  return { ok: true, eventsChecked };
}
