import type { LogPosition, RecordedEvent, Subscription } from '../event-store.port';
import { comparePositions } from '../position';
import { newEvents, newStreamId } from '../testing/contract/test-events';
import { delay, readAllUntil, waitFor } from '../testing/contract/wait';
import { PostgresEventStore } from './postgres-event-store';
import { quoteIdentifier } from './sql-identifier';
import { OpenTransaction } from './testing/open-transaction';
import { createTestStore, requireDatabaseUrl, type TestStore } from './testing/test-stores';

/**
 * Transaction A starts writing first but commits last. A reader that trusted global_position alone would
 * read B, checkpoint past A, and never see A. These tests force that interleaving on a real server.
 */
describe('PostgreSQL (pg): readAll never skips an event committed out of order', () => {
  let fixture: TestStore;
  let transactionA: OpenTransaction | undefined;
  let subscription: Subscription | undefined;

  beforeEach(async () => {
    // An hour: a subscription here only gets events through wake-ups and the rechecks that follow them.
    fixture = await createTestStore('pg', { pollIntervalMs: 3_600_000 });
    transactionA = await OpenTransaction.begin(requireDatabaseUrl());
  });
  afterEach(async () => {
    await subscription?.stop();
    await transactionA?.close();
    await fixture?.dispose();
  });

  const store = () => fixture.store;
  const storeInA = () => new PostgresEventStore({ executor: transactionA!, schema: store().schema });

  async function readOnceFrom(after: LogPosition, streamIds: string[]): Promise<RecordedEvent[]> {
    const events = await store().readAll({ after });
    return events.filter((event) => streamIds.includes(event.streamId));
  }

  async function readUntil(after: LogPosition, streamIds: string[], count: number): Promise<RecordedEvent[]> {
    return (await readAllUntil(store(), { after, streamIds, count })).ours;
  }

  it('holds back a committed event while an earlier writer is in flight, then returns both in order', async () => {
    const [streamA, streamB] = [newStreamId('late-a'), newStreamId('early-b')];
    const checkpoint = await store().headPosition();
    const appendedA = await storeInA().appendToStream(streamA, newEvents(1));
    const appendedB = await store().appendToStream(streamB, newEvents(1));
    expect(comparePositions(appendedA.positions[0], appendedB.positions[0])).toBe(-1);

    const committedButHidden = await rawRowsAfter(store(), checkpoint);
    expect(committedButHidden).toEqual([streamB]);
    expect(await readOnceFrom(checkpoint, [streamA, streamB])).toEqual([]);
    expect(comparePositions(await store().headPosition(), appendedB.positions[0])).toBe(-1);

    await transactionA!.commit();
    const events = await readUntil(checkpoint, [streamA, streamB], 2);
    expect(events.map((event) => event.streamId)).toEqual([streamA, streamB]);
    expect(events.map((event) => event.position)).toEqual([appendedA.positions[0], appendedB.positions[0]]);
  });

  it('orders by transaction first: a writer that began earlier but inserted later still comes first', async () => {
    const [streamA, streamB] = [newStreamId('late-a'), newStreamId('early-b')];
    const checkpoint = await store().headPosition();
    await transactionA!.query('SELECT pg_current_xact_id()');
    const appendedB = await store().appendToStream(streamB, newEvents(1));
    const appendedA = await storeInA().appendToStream(streamA, newEvents(1));
    expect(appendedA.positions[0].prepare).toBeGreaterThan(appendedB.positions[0].prepare);
    expect(await readOnceFrom(checkpoint, [streamA, streamB])).toEqual([]);

    await transactionA!.commit();
    const events = await readUntil(checkpoint, [streamA, streamB], 2);
    expect(events.map((event) => event.streamId)).toEqual([streamA, streamB]);
  });

  it('a reader checkpointing as it goes gets every event exactly once', async () => {
    const [streamA, streamB] = [newStreamId('late-a'), newStreamId('early-b')];
    let checkpoint = await store().headPosition();
    const seen: RecordedEvent[] = [];
    const readAndCheckpoint = async () => {
      const page = await store().readAll({ after: checkpoint });
      seen.push(...page.filter((event) => [streamA, streamB].includes(event.streamId)));
      if (page.length > 0) checkpoint = page[page.length - 1].position;
    };

    await storeInA().appendToStream(streamA, newEvents(2));
    await store().appendToStream(streamB, newEvents(2));
    await readAndCheckpoint();
    await transactionA!.commit();
    await store().appendToStream(streamB, newEvents(1));
    await waitFor(async () => {
      await readAndCheckpoint();
      return seen.length >= 5;
    }, 'all five events');

    expect(seen.map((event) => `${event.streamId === streamA ? 'A' : 'B'}${event.revision}`)).toEqual([
      'A0',
      'A1',
      'B0',
      'B1',
      'B2',
    ]);
  });

  it('a live subscription does not deliver past an in-flight writer, then delivers both soon after it commits', async () => {
    const [streamA, streamB] = [newStreamId('late-a'), newStreamId('early-b')];
    const delivered: RecordedEvent[] = [];
    subscription = store().subscribeToAll({
      after: await store().headPosition(),
      onEvent: (event) => {
        if ([streamA, streamB].includes(event.streamId)) delivered.push(event);
      },
    });
    await subscription.caughtUp();

    await storeInA().appendToStream(streamA, newEvents(1));
    await store().appendToStream(streamB, newEvents(1));
    await delay(1_500);
    expect(delivered).toEqual([]);

    await transactionA!.commit();
    await waitFor(() => delivered.length >= 2, 'both events');
    expect(delivered.map((event) => event.streamId)).toEqual([streamA, streamB]);
  });
});

/** What a reader ordering by global_position alone would see: B is already there, A is not. */
async function rawRowsAfter(store: PostgresEventStore, after: LogPosition): Promise<string[]> {
  const { rows } = await store.executor.query<{ stream_id: string }>(
    `SELECT stream_id FROM ${quoteIdentifier(store.schema)}.events WHERE global_position > $1 ORDER BY global_position`,
    [after.prepare.toString()],
  );
  return rows.map((row) => row.stream_id);
}
