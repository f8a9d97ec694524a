import type { EventStore, LogPosition, RecordedEvent } from '../../event-store.port';
import { comparePositions } from '../../position';

const TIMEOUT_MS = 10_000;

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function waitFor(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${TIMEOUT_MS} ms waiting for ${what}`);
    await delay(10);
  }
}

/**
 * Pages through the global log from `after` until `count` events of `streamIds` have been read. A store
 * may hold back events behind a transaction still in flight (PostgreSQL does), so an empty page means
 * "not yet", not "never".
 */
export async function readAllUntil(
  store: EventStore,
  options: { after: LogPosition; streamIds: string[]; count: number; pageSize?: number },
): Promise<{ ours: RecordedEvent[]; pages: RecordedEvent[][] }> {
  const ours: RecordedEvent[] = [];
  const pages: RecordedEvent[][] = [];
  const deadline = Date.now() + TIMEOUT_MS;
  let after = options.after;
  while (ours.length < options.count) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out reading ${options.count} events from the global log`);
    }
    const page = await store.readAll({ after, maxCount: options.pageSize ?? 100 });
    if (page.length === 0) {
      await delay(20);
      continue;
    }
    pages.push(page);
    ours.push(...page.filter((event) => options.streamIds.includes(event.streamId)));
    after = page[page.length - 1].position;
  }
  return { ours, pages };
}

/** Waits until the store's head is at or past `position`, as it must be once no write is in flight. */
export async function waitUntilHeadReaches(store: EventStore, position: LogPosition): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (comparePositions(await store.headPosition(), position) < 0) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for the head to reach the last append`);
    await delay(20);
  }
}
