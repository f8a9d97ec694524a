import { canonicalJson } from '../canonical-json';
import type { ValidatedEvent } from '../validate-append';

/**
 * canonicalEventText() split around the two fields only the database knows, recordedAt and revision:
 * `prefix + JSON string of recordedAt + ',"revision":' + revision + suffix` is the canonical text.
 * append_events() splices them in and hashes inside the same statement that writes the event.
 */
export interface CanonicalEventParts {
  prefix: string;
  suffix: string;
}

export function canonicalEventParts(
  streamId: string,
  { event, dataJson, metadataJson }: ValidatedEvent,
): CanonicalEventParts {
  return {
    prefix:
      `{"data":${dataJson},"id":${canonicalJson(event.id)},"metadata":${metadataJson},` +
      `"occurredAt":${canonicalJson(event.occurredAt)},"recordedAt":`,
    suffix: `,"stream":${canonicalJson(streamId)},"type":${canonicalJson(event.type)},"version":${canonicalJson(event.version)}}`,
  };
}
