import type { VerificationResult } from '../event-store.port';
import { NO_HEAD, StreamChainChecker, type BrokenLink, type StreamHead } from '../stream-chain-checker';
import { toRecordedEvent, type EventRow } from './event-row';
import type { EventStoreQueries } from './event-store-queries';
import type { SqlQueryable } from './sql-executor';

// Small enough that a page of 1 MB events stays far from memory limits.
const PAGE_SIZE = 100;

interface EventWithHeadRow extends EventRow {
  head_revision: string | null;
  head_hash: string | null;
}

interface HeadRow {
  stream_id: string;
  revision: string;
  last_hash: string;
}

export async function verifyStreamChain(
  db: SqlQueryable,
  queries: EventStoreQueries,
  streamId: string,
): Promise<VerificationResult> {
  const walk = new ChainWalk();
  for (let after = -1n; ;) {
    const { rows } = await db.query<EventWithHeadRow>(queries.streamEventsWithHead, [
      streamId,
      after.toString(),
      PAGE_SIZE,
    ]);
    const broken = walk.feed(rows);
    if (broken) return walk.failed(broken);
    if (rows.length < PAGE_SIZE) break;
    after = BigInt(rows[rows.length - 1].revision);
  }
  return walk.finish(() => headWithoutEvents(db, queries, streamId));
}

/** Walks every stream in (stream id, revision) order, a page at a time. */
export async function verifyAllChains(
  db: SqlQueryable,
  queries: EventStoreQueries,
): Promise<VerificationResult> {
  const walk = new ChainWalk();
  for (let after = { streamId: '', revision: '-1' }; ;) {
    const { rows } = await db.query<EventWithHeadRow>(queries.allEventsWithHead, [
      after.streamId,
      after.revision,
      PAGE_SIZE,
    ]);
    const broken = walk.feed(rows);
    if (broken) return walk.failed(broken);
    if (rows.length < PAGE_SIZE) break;
    after = { streamId: rows[rows.length - 1].stream_id, revision: rows[rows.length - 1].revision };
  }
  return walk.finish(() => headWithoutEvents(db, queries, null));
}

/**
 * Checks rows of one or many streams in stream order. A stream's head is taken from its latest row, read
 * by the same statement as the newest of its events, so appends during the walk cannot look like damage.
 */
class ChainWalk {
  private eventsChecked = 0;
  private checker?: StreamChainChecker;
  private head = NO_HEAD;

  feed(rows: EventWithHeadRow[]): BrokenLink | undefined {
    for (const row of rows) {
      if (row.stream_id !== this.checker?.streamId) {
        const broken = this.checker?.checkHead(this.head);
        if (broken) return broken;
        this.checker = new StreamChainChecker(row.stream_id);
      }
      this.head = row.head_revision === null ? NO_HEAD : toHead(row.head_revision, row.head_hash ?? '');
      this.eventsChecked += 1;
      const broken = this.checker.check(toRecordedEvent(row));
      if (broken) return broken;
    }
    return undefined;
  }

  /** After the last row: the last stream's head, then heads whose events are all gone. */
  async finish(findHeadWithoutEvents: () => Promise<BrokenLink | undefined>): Promise<VerificationResult> {
    const broken = this.checker?.checkHead(this.head) ?? (await findHeadWithoutEvents());
    return broken ? this.failed(broken) : { ok: true, eventsChecked: this.eventsChecked };
  }

  failed(firstBroken: BrokenLink): VerificationResult {
    return { ok: false, eventsChecked: this.eventsChecked, firstBroken };
  }
}

async function headWithoutEvents(
  db: SqlQueryable,
  queries: EventStoreQueries,
  streamId: string | null,
): Promise<BrokenLink | undefined> {
  const { rows } = await db.query<HeadRow>(queries.headWithoutEvents, [streamId]);
  const [head] = rows;
  return head
    ? new StreamChainChecker(head.stream_id).checkHead(toHead(head.revision, head.last_hash))
    : undefined;
}

function toHead(revision: string, lastHash: string): StreamHead {
  return { revision: BigInt(revision), lastHash };
}
