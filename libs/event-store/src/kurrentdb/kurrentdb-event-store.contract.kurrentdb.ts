import { randomUUID } from 'node:crypto';
import { describeEventStoreContract } from '../testing/event-store.contract';
import { createKurrentDbEventStore } from './create-kurrentdb-event-store';

/**
 * `npm run test:kurrentdb` against a running server, e.g. KURRENTDB_URL=kurrentdb://localhost:2113?tls=false.
 * The contract stores a 1 MB event, above KurrentDB's default 1 MiB append limit: start the server with
 * KURRENTDB_MAX_APPEND_SIZE=4194304 or more.
 */
const connectionString = process.env.KURRENTDB_URL;
if (!connectionString) {
  throw new Error(
    'KURRENTDB_URL is not set: point it at a KurrentDB server, e.g. KURRENTDB_URL=kurrentdb://localhost:2113?tls=false npm run test:kurrentdb',
  );
}

describeEventStoreContract('kurrentdb', async () => {
  // A prefix per run keeps runs on one server apart, so verifyAll and subscriptions from the start see only this run.
  const store = createKurrentDbEventStore({ connectionString, streamPrefix: `contract-${randomUUID()}-` });
  return { store, dispose: () => store.close() };
});
