import { Client, Pool } from 'pg';
import { waitFor } from '../testing/contract/wait';
import { PgNotificationListener } from './pg-notification-listener';
import { newTestSchema, requireDatabaseUrl } from './testing/test-stores';

describe('PostgreSQL (pg): the notification listener', () => {
  let pool: Pool;
  let listener: PgNotificationListener;
  const channel = `${newTestSchema()}_events`;

  beforeAll(() => {
    pool = new Pool({ connectionString: requireDatabaseUrl(), max: 2 });
    listener = new PgNotificationListener(() => new Client({ connectionString: requireDatabaseUrl() }));
  });
  afterAll(async () => {
    await listener?.close();
    await pool?.end();
  });

  const notify = () => pool.query(`SELECT pg_notify($1, '')`, [channel]);

  it('calls the handler on NOTIFY, and listens again after its connection is killed', async () => {
    let calls = 0;
    const unlisten = await listener.listen(channel, () => (calls += 1));
    await notify();
    await waitFor(() => calls === 1, 'the first notification');

    await pool.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1 AND pid <> pg_backend_pid()`,
      [`LISTEN "${channel}"`],
    );
    // After reconnecting it calls every handler once, for notifications lost while it was away.
    await waitFor(() => calls === 2, 'the wake-up after reconnecting');
    await notify();
    await waitFor(() => calls === 3, 'a notification on the new connection');

    await unlisten();
    await notify();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls).toBe(3);
  });
});
