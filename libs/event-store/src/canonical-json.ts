import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every depth and no whitespace, so the same value always gives the
 * same bytes whichever store, driver or process produced it. Refuses what JSON cannot carry faithfully.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`Cannot serialise the number ${value} as JSON`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        throw new TypeError(`Cannot serialise a ${proto?.constructor?.name ?? 'non-plain object'} as JSON`);
      }
      const entries = Object.keys(value as object)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
      return `{${entries.join(',')}}`;
    }
    default:
      throw new TypeError(`Cannot serialise a ${typeof value} as JSON`);
  }
}

export interface HashedFields {
  id: string;
  streamId: string;
  revision: bigint;
  type: string;
  version: number;
  data: unknown;
  metadata: unknown;
  occurredAt: string;
  recordedAt: string;
}

/** The exact text that is hashed for one event. Keys sorted, as canonicalJson would give. */
export function canonicalEventText(event: HashedFields): string {
  return canonicalJson({
    data: event.data,
    id: event.id,
    metadata: event.metadata,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    revision: Number(event.revision),
    stream: event.streamId,
    type: event.type,
    version: event.version,
  });
}

export const GENESIS_HASH = '0'.repeat(64);

export function chainHash(previousHash: string, canonicalText: string): string {
  return createHash('sha256').update(previousHash).update(canonicalText).digest('hex');
}
