import { KurrentDbEventStore } from '@imp/event-store';
import { InProcessTransport } from '@imp/messaging';
import { createServiceRuntime, type PreparedService, type ServiceRuntime } from '@imp/service-kit';
import { createScratchDatabase, databaseUrl, freePort, type ScratchDatabase } from '@imp/testing';
import { InMemoryKurrentDbClient } from '../../../libs/event-store/src/kurrentdb/in-memory-kurrentdb-client';
import { EMPLOYER_SERVICE, prepareEmployerService } from '../src';

/**
 * EVENT_STORE=kurrentdb: the events go to KurrentDB (here the adapter's in-memory stand-in of the client, since
 * no server can run on this machine) while read models, inbox and checkpoints stay in PostgreSQL.
 */
describe('employer-service with its events in KurrentDB and its read models in PostgreSQL', () => {
  let database: ScratchDatabase;
  let runtime: ServiceRuntime;
  let service: PreparedService;
  let store: KurrentDbEventStore;
  let base: string;

  beforeAll(async () => {
    database = await createScratchDatabase(databaseUrl());
    store = new KurrentDbEventStore({
      client: new InMemoryKurrentDbClient().asClient(),
      streamPrefix: 'employer:',
    });
    runtime = await createServiceRuntime({
      ...EMPLOYER_SERVICE,
      storage: { kind: 'postgres', databaseUrl: database.url },
      eventStore: { kind: 'given', store },
      transport: new InProcessTransport(),
    });
    service = await prepareEmployerService(runtime);
    await service.startPublishing();
    const port = await freePort();
    await service.listen(port, '127.0.0.1');
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await service?.stop();
    await runtime?.close();
    await database?.drop();
  });

  it('enrols, lists from the PostgreSQL read model, and keeps a verifiable hash chain in the store', async () => {
    const address = { line1: '1 Rue Principale', city: 'Montréal', province: 'QC', postalCode: 'H2X 1Y4' };
    const response = await fetch(`${base}/employers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-actor-id': 'u-1', 'x-actor-role': 'employer' },
      body: JSON.stringify({
        businessNumber: '987654321',
        legalName: 'Érable Logiciel Inc.',
        operatingName: 'Érable',
        businessType: 'CORPORATION',
        physicalAddress: address,
        mailingAddress: address,
        phone: '514-555-0100',
        email: 'rh@erable.example',
        primaryContact: { name: 'Chloé Roy', email: 'chloe@erable.example', phone: '514-555-0101' },
      }),
    });
    expect(response.status).toBe(201);
    const { employerId } = (await response.json()) as { employerId: string };

    const list = await fetch(`${base}/employers?businessNumber=987654321`).then((r) => r.json());
    expect(list).toEqual([expect.objectContaining({ employerId, legalName: 'Érable Logiciel Inc.' })]);
    const { rows } = await runtime.sql.query(`SELECT legal_name FROM "employer".employers`);
    expect(rows).toEqual([{ legal_name: 'Érable Logiciel Inc.' }]);

    const history = (await fetch(`${base}/employers/${employerId}/history`).then((r) => r.json())) as {
      events: unknown[];
    };
    expect(history.events).toEqual([
      expect.objectContaining({ type: 'EmployerEnrolled', hash: expect.any(String) }),
    ]);
    expect(await store.verifyStream(`employer-${employerId}`)).toMatchObject({ ok: true, eventsChecked: 1 });

    const health = (await fetch(`${base}/health`).then((r) => r.json())) as { checks: unknown };
    expect(health.checks).toMatchObject({ eventStore: { ok: true }, readModels: { ok: true } });
  });
});
