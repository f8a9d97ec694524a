import { canonicalEventText, chainHash } from '../canonical-json';
import type { RecordedEvent } from '../event-store.port';
import { newEvents, newStreamId } from '../testing/contract/test-events';
import type { PostgresEventStore } from './postgres-event-store';
import { quoteIdentifier } from './sql-identifier';
import { openTestDatabase, type TestDatabaseKind } from './testing/test-stores';

describe.each<[string, TestDatabaseKind]>([
  ['PostgreSQL (pg)', 'pg'],
  ['PGlite', 'pglite'],
])('%s: tampering with stored events is detected', (_, kind) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let store: PostgresEventStore;
  let streamId: string;
  let events: RecordedEvent[];

  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.dispose();
  });

  // A fresh schema per test, with the tampered stream between two intact ones in stream-id order.
  beforeEach(async () => {
    store = await database.newStore();
    streamId = newStreamId('b-tampered');
    await store.appendToStream(newStreamId('a-intact'), newEvents(3));
    await store.appendToStream(streamId, newEvents(2));
    await store.appendToStream(streamId, newEvents(2));
    await store.appendToStream(newStreamId('c-intact'), newEvents(3));
    events = await store.readStream(streamId);
  });

  function tamper(sql: string, revision: bigint): Promise<unknown> {
    const events = `${quoteIdentifier(store.schema)}.events`;
    return database.executor.query(
      `${sql.replace('$events', events)} WHERE stream_id = $1 AND revision = $2`,
      [streamId, revision.toString()],
    );
  }

  async function expectBoth(firstBroken: object): Promise<void> {
    await expect(store.verifyStream(streamId)).resolves.toMatchObject({
      ok: false,
      firstBroken: { streamId, ...firstBroken },
    });
    await expect(store.verifyAll()).resolves.toMatchObject({
      ok: false,
      firstBroken: { streamId, ...firstBroken },
    });
  }

  it('verifies the untouched store', async () => {
    await expect(store.verifyStream(streamId)).resolves.toEqual({ ok: true, eventsChecked: 4 });
    await expect(store.verifyAll()).resolves.toEqual({ ok: true, eventsChecked: 10 });
  });

  it.each([
    ['data', `UPDATE $events SET data = jsonb_set(data, '{step}', '99')`],
    ['metadata', `UPDATE $events SET metadata = jsonb_set(metadata, '{actor,role}', '"admin"')`],
    ['type', `UPDATE $events SET type = 'SomethingElse'`],
    ['version', `UPDATE $events SET version = version + 1`],
    ['occurred_at', `UPDATE $events SET occurred_at = '2020-01-01T00:00:00.000Z'`],
    ['recorded_at', `UPDATE $events SET recorded_at = recorded_at + interval '1 millisecond'`],
  ])('an edited %s column names that event', async (_, sql) => {
    await tamper(sql, 2n);
    await expectBoth({
      revision: 2n,
      eventId: events[2].id,
      reason: 'hash-mismatch',
      storedHash: events[2].hash,
    });
    await expect(store.verifyStream(streamId)).resolves.toMatchObject({ eventsChecked: 3 });
  });

  it('a changed hash names that event and the hash it should have', async () => {
    await tamper(`UPDATE $events SET hash = repeat('f', 64)`, 1n);
    await expectBoth({
      revision: 1n,
      eventId: events[1].id,
      reason: 'hash-mismatch',
      expectedHash: events[1].hash,
    });
  });

  it('an edit whose hash was recomputed is caught by the next event', async () => {
    await tamper(`UPDATE $events SET type = 'Forged'`, 1n);
    const [previous, forged] = await store.readStream(streamId, { maxCount: 2 });
    await tamper(`UPDATE $events SET hash = '${chainHash(previous.hash, canonicalEventText(forged))}'`, 1n);
    await expect(store.verifyStream(streamId)).resolves.not.toMatchObject({ firstBroken: { revision: 1n } });
    await expectBoth({
      revision: 2n,
      eventId: events[2].id,
      reason: 'hash-mismatch',
      storedHash: events[2].hash,
    });
  });

  it('a deleted event is a gap named by the event after it', async () => {
    await tamper('DELETE FROM $events', 1n);
    await expectBoth({ revision: 2n, eventId: events[2].id, reason: 'revision-gap' });
  });

  it('a deleted first event is a gap at the start', async () => {
    await tamper('DELETE FROM $events', 0n);
    await expectBoth({ revision: 1n, eventId: events[1].id, reason: 'revision-gap' });
  });

  it('a stream whose events were all deleted is named by the head left behind', async () => {
    await database.executor.query(
      `DELETE FROM ${quoteIdentifier(store.schema)}.events WHERE stream_id = $1`,
      [streamId],
    );
    await expectBoth({ revision: 3n, eventId: '', reason: 'broken-link', expectedHash: events[3].hash });
  });

  it('appends made while verifying are not mistaken for damage', async () => {
    await store.appendToStream(streamId, newEvents(250)); // several pages to walk
    let appending = true;
    const appends = (async () => {
      while (appending) await store.appendToStream(streamId, newEvents(3));
    })();
    try {
      for (let i = 0; i < 5; i++) {
        await expect(store.verifyStream(streamId)).resolves.toMatchObject({ ok: true });
        await expect(store.verifyAll()).resolves.toMatchObject({ ok: true });
      }
    } finally {
      appending = false;
      await appends;
    }
  });

  it('a deleted last event breaks the link to the stream head', async () => {
    await tamper('DELETE FROM $events', 3n);
    await expectBoth({
      revision: 2n,
      eventId: events[2].id,
      reason: 'broken-link',
      expectedHash: events[3].hash,
    });
  });
});
