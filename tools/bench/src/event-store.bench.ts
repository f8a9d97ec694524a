import {
  createPostgresEventStore,
  quoteIdentifier,
  START,
  type NewEvent,
  type PostgresEventStore,
} from '@imp/event-store';
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';

const BATCH_SIZES = [1, 10, 100];
const WRITER_COUNTS = [1, 8];
const READ_STREAM_LENGTH = 1_000;
// Each case alternates ours and raw in short rounds, so drift (checkpoints, autovacuum) hits both alike.
const ROUNDS = 2;
const ROUND_MS = 1_500;
const WARMUP_MS = 300;

interface Timings {
  calls: number;
  events: number;
  seconds: number;
  latenciesMs: number[];
}

interface Contender {
  /** Performs one call for `worker` and returns how many events it wrote or read. */
  call(worker: number): Promise<number>;
}

/**
 * Appends and whole-stream reads through the PostgreSQL event store next to plain `pg` doing the same
 * work on a plain table (BEGIN; INSERT; COMMIT), in the same run. Returns a markdown report.
 */
export async function runEventStoreBench(options: { databaseUrl: string }): Promise<string> {
  const schema = `es_bench_${randomBytes(4).toString('hex')}`;
  const maxWriters = Math.max(...WRITER_COUNTS);
  const store = await createPostgresEventStore({
    databaseUrl: options.databaseUrl,
    schema,
    poolSize: maxWriters,
  });
  const pool = new Pool({ connectionString: options.databaseUrl, max: maxWriters });
  const rawTable = `${quoteIdentifier(schema)}.raw_events`;
  try {
    await createRawTable(pool, rawTable);
    const appendRows: string[] = [];
    for (const batchSize of BATCH_SIZES) {
      for (const writers of WRITER_COUNTS) {
        const [ours, raw] = await compare(writers, [
          ourAppend(store, batchSize, writers),
          rawAppend(pool, rawTable, batchSize, writers),
        ]);
        appendRows.push(row(`${batchSize}`, `${writers}`, ours, raw));
      }
    }
    const readRows = await readCases(store, pool, rawTable);
    return report(await machineFacts(pool), appendRows, readRows);
  } finally {
    await pool.query(`DROP SCHEMA IF EXISTS ${quoteIdentifier(schema)} CASCADE`);
    await pool.end();
    await store.close();
  }
}

async function readCases(store: PostgresEventStore, pool: Pool, rawTable: string): Promise<string[]> {
  const streamId = `bench-read-${randomUUID()}`;
  const events = Array.from({ length: READ_STREAM_LENGTH }, benchEvent);
  for (let i = 0; i < events.length; i += 100) await store.appendToStream(streamId, events.slice(i, i + 100));
  await insertRaw(pool, rawTable, streamId, 0, events);

  const [oursStream, rawStream] = await compare(1, [
    { call: async () => (await store.readStream(streamId)).length },
    {
      call: async () =>
        (await pool.query(`SELECT * FROM ${rawTable} WHERE stream_id = $1 ORDER BY revision`, [streamId]))
          .rowCount ?? 0,
    },
  ]);
  const [oursAll, rawAll] = await compare(1, [
    { call: async () => (await store.readAll({ after: START, maxCount: READ_STREAM_LENGTH })).length },
    {
      call: async () =>
        (
          await pool.query(`SELECT * FROM ${rawTable} ORDER BY global_position LIMIT $1`, [
            READ_STREAM_LENGTH,
          ])
        ).rowCount ?? 0,
    },
  ]);
  return [
    row(`readStream, whole ${READ_STREAM_LENGTH}-event stream`, '1', oursStream, rawStream),
    row(`readAll, ${READ_STREAM_LENGTH} events from the start`, '1', oursAll, rawAll),
  ];
}

function ourAppend(store: PostgresEventStore, batchSize: number, writers: number): Contender {
  const streams = Array.from({ length: writers }, () => ({ id: `bench-${randomUUID()}`, revision: -1n }));
  return {
    async call(worker) {
      const stream = streams[worker];
      const expectedRevision = stream.revision < 0n ? 'no_stream' : stream.revision;
      const batch = Array.from({ length: batchSize }, benchEvent);
      stream.revision = (
        await store.appendToStream(stream.id, batch, { expectedRevision })
      ).nextExpectedRevision;
      return batchSize;
    },
  };
}

function rawAppend(pool: Pool, rawTable: string, batchSize: number, writers: number): Contender {
  const streams = Array.from({ length: writers }, () => ({ id: `raw-${randomUUID()}`, next: 0 }));
  return {
    async call(worker) {
      const stream = streams[worker];
      await insertRaw(pool, rawTable, stream.id, stream.next, Array.from({ length: batchSize }, benchEvent));
      stream.next += batchSize;
      return batchSize;
    },
  };
}

async function createRawTable(pool: Pool, rawTable: string): Promise<void> {
  await pool.query(`CREATE TABLE ${rawTable} (
    global_position bigserial PRIMARY KEY, stream_id text NOT NULL, revision bigint NOT NULL, id uuid NOT NULL,
    type text NOT NULL, version integer NOT NULL, data jsonb NOT NULL, metadata jsonb NOT NULL,
    occurred_at text NOT NULL, recorded_at timestamptz NOT NULL DEFAULT now(), UNIQUE (stream_id, revision))`);
}

async function insertRaw(
  pool: Pool,
  rawTable: string,
  streamId: string,
  first: number,
  events: NewEvent[],
): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO ${rawTable} (stream_id, revision, id, type, version, data, metadata, occurred_at)
       SELECT $1, first + ordinality - 1, id, type, version, data, metadata, occurred_at
       FROM (SELECT $2::bigint AS first) f, unnest($3::uuid[], $4::text[], $5::integer[], $6::jsonb[], $7::jsonb[], $8::text[])
         WITH ORDINALITY AS u(id, type, version, data, metadata, occurred_at, ordinality)`,
      [
        streamId,
        first,
        events.map((event) => event.id),
        events.map((event) => event.type),
        events.map((event) => event.version),
        events.map((event) => JSON.stringify(event.data)),
        events.map((event) => JSON.stringify(event.metadata)),
        events.map((event) => event.occurredAt),
      ],
    );
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}

/** Runs the contenders in alternating rounds with `concurrency` workers each, after a warm-up. */
async function compare(concurrency: number, contenders: Contender[]): Promise<Timings[]> {
  for (const contender of contenders) await drive(contender, concurrency, WARMUP_MS);
  const totals = contenders.map((): Timings => ({ calls: 0, events: 0, seconds: 0, latenciesMs: [] }));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, contender] of contenders.entries()) {
      const timings = await drive(contender, concurrency, ROUND_MS);
      totals[i].calls += timings.calls;
      totals[i].events += timings.events;
      totals[i].seconds += timings.seconds;
      totals[i].latenciesMs.push(...timings.latenciesMs);
    }
  }
  return totals;
}

async function drive(contender: Contender, concurrency: number, durationMs: number): Promise<Timings> {
  const latenciesMs: number[] = [];
  let events = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (performance.now() < deadline) {
        const callStarted = performance.now();
        const handled = await contender.call(worker);
        events += handled;
        latenciesMs.push(performance.now() - callStarted);
      }
    }),
  );
  return { calls: latenciesMs.length, events, seconds: (performance.now() - started) / 1000, latenciesMs };
}

function percentile(sortedMs: number[], fraction: number): number {
  return sortedMs[Math.min(sortedMs.length - 1, Math.floor(sortedMs.length * fraction))];
}

function row(what: string, writers: string, ours: Timings, raw: Timings): string {
  const stats = (timings: Timings) => {
    const sorted = [...timings.latenciesMs].sort((a, b) => a - b);
    return {
      perSecond: timings.events / timings.seconds,
      p50: percentile(sorted, 0.5),
      p99: percentile(sorted, 0.99),
    };
  };
  const [o, r] = [stats(ours), stats(raw)];
  const cells = [
    what,
    writers,
    o.perSecond.toFixed(0),
    ms(o.p50),
    ms(o.p99),
    r.perSecond.toFixed(0),
    ms(r.p50),
    ms(r.p99),
  ];
  return `| ${cells.join(' | ')} | ${(o.p50 / r.p50).toFixed(2)}x |`;
}

function ms(value: number): string {
  return value.toFixed(2);
}

async function machineFacts(pool: Pool): Promise<string[]> {
  const setting = async (name: string) =>
    (await pool.query<{ value: string }>(`SELECT current_setting($1) AS value`, [name])).rows[0].value;
  const memory = (() => {
    try {
      return execFileSync('free', ['-h'], { encoding: 'utf8' }).trimEnd();
    } catch {
      return `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB total`;
    }
  })();
  return [
    `- CPUs (nproc): ${os.availableParallelism()} × ${os.cpus()[0]?.model ?? 'unknown'}`,
    `- Node ${process.version} on ${os.type()} ${os.release()}`,
    `- ${(await pool.query<{ version: string }>('SELECT version()')).rows[0].version}`,
    `- fsync=${await setting('fsync')}, synchronous_commit=${await setting('synchronous_commit')}, ` +
      `wal_sync_method=${await setting('wal_sync_method')}, shared_buffers=${await setting('shared_buffers')}`,
    '- Memory (`free -h`):',
    '',
    '```',
    memory,
    '```',
  ];
}

function report(facts: string[], appendRows: string[], readRows: string[]): string {
  const header = [
    '| case | clients | ours events/s | ours p50 ms | ours p99 ms | raw events/s | raw p50 ms | raw p99 ms | ours/raw p50 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  return [
    '## Event store',
    '',
    `Measured ${new Date().toISOString()}; each case runs ours and raw alternately, ${ROUNDS} rounds of ` +
      `${ROUND_MS / 1000} s each after a ${WARMUP_MS} ms warm-up. Latencies are per call.`,
    '',
    ...facts,
    '',
    '"Ours" is `PostgresEventStore` (validation, canonical JSON, expected-revision check, hash chain, one ' +
      'round trip to `append_events`). "Raw" is `pg` running BEGIN; one INSERT of the same rows; COMMIT against a ' +
      'table with the same columns, a bigserial primary key and a unique (stream_id, revision) index. ' +
      'The last column is ours p50 / raw p50: below 1 means ours is faster.',
    '',
    '**Appends** (events per call in the case column; each writer appends to its own stream with an exact expected revision)',
    '',
    ...header,
    ...appendRows,
    '',
    '**Reads**',
    '',
    ...header,
    ...readRows,
    '',
  ].join('\n');
}

function benchEvent(): NewEvent {
  return {
    id: randomUUID(),
    type: 'OfferSubmitted',
    version: 1,
    data: {
      offerId: randomUUID(),
      employerId: randomUUID(),
      offerNumber: 'A1234567',
      exemptionCode: 'C10',
      job: {
        title: 'Software developer',
        noc: '21232',
        wage: { amount: 52.5, currency: 'CAD', per: 'hour' },
        location: { city: 'Montréal', province: 'QC' },
        startDate: '2025-03-01',
      },
      candidate: {
        familyName: 'Tremblay',
        givenNames: 'Zoë',
        dateOfBirth: '1990-04-01',
        passport: 'XK123456',
      },
    },
    metadata: {
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { id: 'employer-portal-user-42', role: 'employer' },
    },
    occurredAt: new Date().toISOString(),
  };
}
