import { InvalidAppendError } from '../errors';
import type { RecordedEvent } from '../event-store.port';
import { newEvent, newEvents, newStreamId } from '../testing/contract/test-events';
import { expectStrictlyIncreasing } from '../testing/contract/log-assertions';
import { waitFor } from '../testing/contract/wait';
import { PostgresEventStore } from './postgres-event-store';
import type { SqlExecutor } from './sql-executor';
import { quoteIdentifier } from './sql-identifier';
import { createTestStore, type TestDatabaseKind, type TestStore } from './testing/test-stores';

const HOUR_MS = 3_600_000;

describe.each<[string, TestDatabaseKind]>([
  ['PostgreSQL (pg)', 'pg'],
  ['PGlite', 'pglite'],
])('%s event store specifics', (_, kind) => {
  let fixture: TestStore;
  const store = () => fixture.store;

  // A poll interval of an hour: anything delivered promptly was woken by a notification.
  beforeAll(async () => {
    fixture = await createTestStore(kind, { pollIntervalMs: HOUR_MS });
  });
  afterAll(async () => {
    await fixture?.dispose();
  });

  it('writes a batch in one transaction, in revision order, with one recordedAt', async () => {
    const streamId = newStreamId('batch');
    const { positions } = await store().appendToStream(streamId, newEvents(100));
    expect(new Set(positions.map((position) => position.commit)).size).toBe(1);
    expectStrictlyIncreasing(positions);
    const events = await store().readStream(streamId);
    expect(events.map((event) => event.position)).toEqual(positions);
    expect(new Set(events.map((event) => event.recordedAt)).size).toBe(1);
  });

  it('refuses an event id that is already stored, writing nothing of the batch', async () => {
    const streamId = newStreamId('duplicate');
    const stored = newEvent();
    await store().appendToStream(newStreamId('original'), [stored]);
    await expect(store().appendToStream(streamId, [newEvent(), stored, newEvent()])).rejects.toThrow(
      InvalidAppendError,
    );
    expect(await store().readStream(streamId)).toEqual([]);
    await expect(
      store().appendToStream(streamId, [newEvent()], { expectedRevision: 'no_stream' }),
    ).resolves.toBeDefined();
  });

  it('stores ids lowercase and hashes them that way', async () => {
    const streamId = newStreamId('uppercase');
    const id = 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11';
    await store().appendToStream(streamId, [newEvent({ id })]);
    const [event] = await store().readStream(streamId);
    expect(event.id).toBe(id.toLowerCase());
    await expect(store().verifyStream(streamId)).resolves.toMatchObject({ ok: true });
  });

  it('wakes the subscriptions of other store instances by NOTIFY, long before their poll interval', async () => {
    const elsewhere = new PostgresEventStore({
      executor: shared(store().executor),
      schema: store().schema,
      pollIntervalMs: HOUR_MS,
    });
    try {
      const streamId = newStreamId('notified');
      const delivered: RecordedEvent[] = [];
      const subscription = elsewhere.subscribeToAll({
        after: await store().headPosition(),
        onEvent: (event) => void (event.streamId === streamId && delivered.push(event)),
      });
      await subscription.caughtUp();
      await store().appendToStream(streamId, newEvents(1));
      await waitFor(() => delivered.length === 1, 'the notified event');
      await store().appendToStream(streamId, newEvents(1));
      await waitFor(() => delivered.length === 2, 'the second notified event');
    } finally {
      await elsewhere.close();
    }
  });

  it('still delivers by polling when no notification arrives', async () => {
    const deaf: SqlExecutor = { ...shared(store().executor), listen: async () => async () => undefined };
    const polling = new PostgresEventStore({ executor: deaf, schema: store().schema, pollIntervalMs: 50 });
    try {
      const streamId = newStreamId('polled');
      const delivered: RecordedEvent[] = [];
      const subscription = polling.subscribeToAll({
        after: await store().headPosition(),
        onEvent: (event) => void (event.streamId === streamId && delivered.push(event)),
      });
      await subscription.caughtUp();
      await store().appendToStream(streamId, newEvents(1));
      await waitFor(() => delivered.length === 1, 'the polled event');
    } finally {
      await polling.close();
    }
  });

  it('migrates again without harm', async () => {
    const streamId = newStreamId('remigrated');
    await store().appendToStream(streamId, newEvents(2));
    await store().migrate();
    await store().migrate();
    await expect(
      store().appendToStream(streamId, newEvents(1), { expectedRevision: 1n }),
    ).resolves.toMatchObject({
      nextExpectedRevision: 2n,
    });
  });

  it('gives services its executor for their own tables, in one transaction', async () => {
    const table = `${quoteIdentifier(store().schema)}.read_model`;
    await store().executor.query(`CREATE TABLE ${table} (id text PRIMARY KEY)`);
    await store().executor.transaction(async (tx) => {
      await tx.query(`INSERT INTO ${table} VALUES ('kept')`);
    });
    const failing = store().executor.transaction(async (tx) => {
      await tx.query(`INSERT INTO ${table} VALUES ('rolled back')`);
      throw new Error('projection failed');
    });
    await expect(failing).rejects.toThrow('projection failed');
    const { rows } = await store().executor.query<{ id: string }>(`SELECT id FROM ${table}`);
    expect(rows).toEqual([{ id: 'kept' }]);
  });

  it('refuses a schema name that is not a plain lowercase identifier', () => {
    for (const schema of ['Orders', 'a-b', 'x"; DROP TABLE y; --', '', 'a'.repeat(57)]) {
      expect(() => new PostgresEventStore({ executor: store().executor, schema })).toThrow(/Schema name/);
    }
  });
});

/** The same database for a second store instance, which must not close it. */
function shared(executor: SqlExecutor): SqlExecutor {
  return {
    query: (sql, params) => executor.query(sql, params),
    transaction: (work) => executor.transaction(work),
    listen: (channel, onNotify) => executor.listen(channel, onNotify),
    close: async () => undefined,
  };
}
