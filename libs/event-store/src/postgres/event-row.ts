import type { EventMetadata, RecordedEvent } from '../event-store.port';
import { isoTimestampSql } from './sql-names';

/**
 * The select list for an EventRow from the events table aliased `e`. Columns come as text so both
 * drivers return the same shapes whatever type parsers they are configured with.
 */
export const EVENT_COLUMNS = `e.stream_id, e.revision::text AS revision, e.tx_id::text AS commit,
  e.global_position::text AS prepare, e.id::text AS id, e.type, e.version, e.data::text AS data,
  e.metadata::text AS metadata, e.occurred_at, ${isoTimestampSql('e.recorded_at')} AS recorded_at, e.hash`;

export interface EventRow {
  stream_id: string;
  revision: string;
  commit: string;
  prepare: string;
  id: string;
  type: string;
  version: number;
  data: string;
  metadata: string;
  occurred_at: string;
  recorded_at: string;
  hash: string;
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.id,
    type: row.type,
    version: row.version,
    data: JSON.parse(row.data),
    metadata: JSON.parse(row.metadata) as EventMetadata,
    occurredAt: row.occurred_at,
    streamId: row.stream_id,
    revision: BigInt(row.revision),
    position: { commit: BigInt(row.commit), prepare: BigInt(row.prepare) },
    recordedAt: row.recorded_at,
    hash: row.hash,
  };
}
