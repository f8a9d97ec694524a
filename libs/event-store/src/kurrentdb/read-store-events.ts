import {
  END,
  FORWARDS,
  type AllStreamRecordedEvent,
  type Direction,
  type KurrentDBClient,
} from '@kurrent/kurrentdb-client';
import { START, type LogPosition } from '../event-store.port';
import { comparePositions } from '../position';
import { isStoreEvent, storeEventFilter, toLogPosition, toReadPosition } from './kurrentdb-mapping';

// Events may be 1 MB each: keep a page's worth in flight small.
const MAX_PAGE_SIZE = 100;

export interface StoreEventsQuery {
  direction: Direction;
  /** Exclusive. Without it, the start of $all (forwards) or its end (backwards). */
  from?: LogPosition;
  /** At least 2: a page may repeat `from` itself and must still move on. */
  pageSize?: number;
}

/**
 * The store's events in $all, a page at a time so that a caller stopping early reads little. KurrentDB
 * reads from a position inclusively, so each page drops whatever is not strictly beyond the last event seen.
 */
export async function* readStoreEvents(
  client: KurrentDBClient,
  streamPrefix: string,
  { direction, from, pageSize = MAX_PAGE_SIZE }: StoreEventsQuery,
): AsyncGenerator<AllStreamRecordedEvent> {
  const beyond = (position: LogPosition, mark: LogPosition) =>
    direction === FORWARDS ? comparePositions(position, mark) > 0 : comparePositions(position, mark) < 0;
  let mark = from ?? (direction === FORWARDS ? START : undefined);
  for (;;) {
    let moved = false;
    const page = client.readAll({
      direction,
      fromPosition: mark ? toReadPosition(mark) : END,
      maxCount: pageSize,
      filter: storeEventFilter(streamPrefix),
    });
    for await (const { event } of page) {
      if (!event) continue;
      const position = toLogPosition(event.position);
      if (mark && !beyond(position, mark)) continue;
      mark = position;
      moved = true;
      if (isStoreEvent(event, streamPrefix)) yield event;
    }
    if (!moved) return;
  }
}

/** A page one longer than asked for, as the first event of a page may be the one read before. */
export function pageSizeFor(maxCount: number): number {
  return Math.min(Math.max(maxCount + 1, 2), MAX_PAGE_SIZE);
}
