import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { newEvents, newStreamId } from '../testing/contract/test-events';
import { createPgliteEventStore } from './create-event-store';

describe('createPgliteEventStore', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'imp-event-store-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps the events in its data directory across restarts', async () => {
    const streamId = newStreamId('persisted');
    const first = await createPgliteEventStore({ dataDir, schema: 'offers' });
    await first.appendToStream(streamId, newEvents(2));
    await first.close();

    const reopened = await createPgliteEventStore({ dataDir, schema: 'offers' });
    try {
      expect(await reopened.readStream(streamId)).toHaveLength(2);
      await expect(
        reopened.appendToStream(streamId, newEvents(1), { expectedRevision: 1n }),
      ).resolves.toMatchObject({
        nextExpectedRevision: 2n,
      });
      await expect(reopened.verifyAll()).resolves.toEqual({ ok: true, eventsChecked: 3 });
    } finally {
      await reopened.close();
    }
  });
});
