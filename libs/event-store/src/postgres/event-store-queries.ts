import { EVENT_COLUMNS } from './event-row';
import type { SqlNames } from './sql-names';

// Rows written by transactions with an id below the snapshot's xmin are final: every such transaction
// has ended, and any transaction still to commit has an id at or above xmin, so it can only ever add
// rows after them in (tx_id, global_position) order. Reading only below xmin never skips an event.
const SETTLED = 'e.tx_id < pg_snapshot_xmin(pg_current_snapshot())';

/** The statements of one store, schema-qualified. */
export function eventStoreQueries(names: SqlNames) {
  return {
    append: `SELECT a.revision::text AS revision, a.tx_id, a.global_position::text AS global_position
      FROM ${names.appendEvents}($1, $2, $3::text[], $4::text[]) a ORDER BY a.revision`,
    readStreamForwards: `SELECT ${EVENT_COLUMNS} FROM ${names.events} e
      WHERE e.stream_id = $1 AND e.revision >= $2::bigint ORDER BY e.revision LIMIT $3`,
    readStreamBackwards: `SELECT ${EVENT_COLUMNS} FROM ${names.events} e
      WHERE e.stream_id = $1 AND e.revision <= $2::bigint ORDER BY e.revision DESC LIMIT $3`,
    readAll: `SELECT ${EVENT_COLUMNS} FROM ${names.events} e
      WHERE (e.tx_id, e.global_position) > ($1::xid8, $2::bigint) AND ${SETTLED}
      ORDER BY e.tx_id, e.global_position LIMIT $3`,
    headPosition: `SELECT e.tx_id::text AS commit, e.global_position::text AS prepare FROM ${names.events} e
      WHERE ${SETTLED} ORDER BY e.tx_id DESC, e.global_position DESC LIMIT 1`,
    // Each event row carries its stream's head as of the same statement, so the two are always consistent.
    streamEventsWithHead: `SELECT ${EVENT_COLUMNS}, h.revision::text AS head_revision, h.last_hash AS head_hash
      FROM ${names.events} e LEFT JOIN ${names.streams} h ON h.stream_id = e.stream_id
      WHERE e.stream_id = $1 AND e.revision > $2::bigint ORDER BY e.revision LIMIT $3`,
    allEventsWithHead: `SELECT ${EVENT_COLUMNS}, h.revision::text AS head_revision, h.last_hash AS head_hash
      FROM ${names.events} e LEFT JOIN ${names.streams} h ON h.stream_id = e.stream_id
      WHERE (e.stream_id, e.revision) > ($1, $2::bigint) ORDER BY e.stream_id, e.revision LIMIT $3`,
    headWithoutEvents: `SELECT h.stream_id, h.revision::text AS revision, h.last_hash FROM ${names.streams} h
      WHERE ($1::text IS NULL OR h.stream_id = $1)
        AND NOT EXISTS (SELECT 1 FROM ${names.events} e WHERE e.stream_id = h.stream_id)
      ORDER BY h.stream_id LIMIT 1`,
  };
}

export type EventStoreQueries = ReturnType<typeof eventStoreQueries>;
