import { randomUUID } from 'node:crypto';
import { describeEventStoreContract } from '../testing/event-store.contract';
import type { NewEvent } from '../event-store.port';
import { InMemoryKurrentDbClient } from './in-memory-kurrentdb-client';
import { KurrentDbEventStore } from './kurrentdb-event-store';

function newEvents(count: number): NewEvent[] {
  return Array.from({ length: count }, (_, step) => ({
    id: randomUUID(),
    type: 'OfferDrafted',
    version: 1,
    data: { step },
    metadata: {
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { id: 'u-1', role: 'employer' },
    },
    occurredAt: '2024-05-01T12:00:00.000Z',
  }));
}

/** What a live server holds besides the store's events. */
function withSystemAndForeignEvents(client: InMemoryKurrentDbClient): InMemoryKurrentDbClient {
  const system = { id: randomUUID(), revision: 0n, data: {}, metadata: {} };
  client.store({ ...system, streamId: '$stats-127.0.0.1:2113', type: '$statsCollected' });
  client.store({ ...system, streamId: '$ce-offer', type: 'OfferDrafted' });
  client.store({ ...system, streamId: 'other-service-offer-1', type: 'OfferDrafted' });
  return client;
}

function storeOn(client: InMemoryKurrentDbClient, streamPrefix = 'svc-'): KurrentDbEventStore {
  return new KurrentDbEventStore({ client: withSystemAndForeignEvents(client).asClient(), streamPrefix });
}

describeEventStoreContract('kurrentdb adapter on an in-memory client', async () => {
  const store = storeOn(new InMemoryKurrentDbClient());
  return { store, dispose: () => store.close() };
});

describe('kurrentdb adapter', () => {
  it('retries appends expecting any revision that lose the race to the exact tip, keeping one chain', async () => {
    const store = storeOn(new InMemoryKurrentDbClient());
    await Promise.all(Array.from({ length: 6 }, () => store.appendToStream('offer-1', newEvents(2))));
    const events = await store.readStream('offer-1');
    expect(events.map((event) => event.revision)).toEqual(Array.from({ length: 12 }, (_, i) => BigInt(i)));
    await expect(store.verifyStream('offer-1')).resolves.toEqual({ ok: true, eventsChecked: 12 });
  });

  it('reads only its own streams: no system event and nothing outside its prefix', async () => {
    const client = new InMemoryKurrentDbClient();
    const store = storeOn(client);
    await store.appendToStream('offer-1', newEvents(2));
    expect((await store.readAll()).map((event) => event.streamId)).toEqual(['offer-1', 'offer-1']);
    await expect(store.verifyAll()).resolves.toEqual({ ok: true, eventsChecked: 2 });
  });

  it('sees every non-system stream without a prefix', async () => {
    const client = new InMemoryKurrentDbClient();
    const store = new KurrentDbEventStore({ client: client.asClient() });
    await store.appendToStream('offer-1', newEvents(1));
    client.store({
      streamId: '$$offer-1',
      id: randomUUID(),
      type: '$metadata',
      revision: 0n,
      data: {},
      metadata: {},
    });
    expect((await store.readAll()).map((event) => event.streamId)).toEqual(['offer-1']);
  });

  it('reports a changed event as a hash mismatch', async () => {
    const client = new InMemoryKurrentDbClient();
    const store = storeOn(client);
    await store.appendToStream('offer-1', newEvents(3));
    const tampered = client.log.find((event) => event.streamId === 'svc-offer-1' && event.revision === 1n)!;
    tampered.data = { step: 99 };
    const expected = {
      ok: false,
      firstBroken: { streamId: 'offer-1', revision: 1n, reason: 'hash-mismatch' },
    };
    await expect(store.verifyStream('offer-1')).resolves.toMatchObject({ ...expected, eventsChecked: 2 });
    await expect(store.verifyAll()).resolves.toMatchObject({ ...expected, eventsChecked: 2 });
  });

  it('reports an event appended around the store as a hash mismatch', async () => {
    const client = new InMemoryKurrentDbClient();
    const store = storeOn(client);
    await store.appendToStream('offer-1', newEvents(1));
    const foreign = {
      streamId: 'svc-offer-1',
      id: randomUUID(),
      type: 'OfferDrafted',
      revision: 1n,
      data: {},
      metadata: {},
    };
    client.store(foreign);
    await expect(store.verifyStream('offer-1')).resolves.toEqual({
      ok: false,
      eventsChecked: 2,
      firstBroken: {
        streamId: 'offer-1',
        revision: 1n,
        eventId: foreign.id,
        expectedHash: '',
        storedHash: '',
        reason: 'hash-mismatch',
      },
    });
  });

  it('reports a truncated stream as a revision gap', async () => {
    const client = new InMemoryKurrentDbClient();
    const store = storeOn(client);
    await store.appendToStream('offer-1', newEvents(2));
    client.log.splice(
      client.log.findIndex((event) => event.streamId === 'svc-offer-1'),
      1,
    );
    await expect(store.verifyStream('offer-1')).resolves.toMatchObject({
      ok: false,
      firstBroken: { revision: 1n, reason: 'revision-gap' },
    });
  });
});
