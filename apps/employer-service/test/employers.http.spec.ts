import { createServer } from 'node:net';
import { type RunningSystem, runServices } from '@imp/service-kit';
import { EMPLOYER_SERVICE, prepareEmployerService } from '../src';

const officer = { 'x-actor-id': 'officer-7', 'x-actor-role': 'officer' };
const employerUser = { 'x-actor-id': 'ann@maple.example', 'x-actor-role': 'employer' };

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const address = { line1: '100 Queen St', city: 'Ottawa', province: 'ON', postalCode: 'k1a 0b1' };
const enrolment = (businessNumber: string) => ({
  businessNumber,
  legalName: 'Maple Software Inc.',
  operatingName: 'Maple Software',
  businessType: 'CORPORATION',
  physicalAddress: address,
  mailingAddress: address,
  phone: '613-555-0100',
  email: 'hr@maple.example',
  primaryContact: { name: 'Ann Lee', email: 'ann@maple.example', phone: '6135550101', title: 'HR' },
});
let nextBn = 100_000_000 + Math.floor(Math.random() * 800_000_000);
const newBn = () => String(nextBn++);

describe('employer-service over HTTP (embedded: PGlite, in-process transport)', () => {
  let system: RunningSystem;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    system = await runServices(
      [{ ...EMPLOYER_SERVICE, prepare: prepareEmployerService }],
      { kind: 'embedded', dataDir: 'memory' },
      { host: '127.0.0.1', ports: { [EMPLOYER_SERVICE.name]: port } },
    );
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(() => system.stop());

  async function call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = employerUser,
  ) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: text ? JSON.parse(text) : undefined,
    };
  }

  async function enrol() {
    const bn = newBn();
    const answer = await call('POST', '/employers', enrolment(bn));
    expect(answer.status).toBe(201);
    return { bn, id: answer.body.employerId as string };
  }

  const historyLength = async (id: string) =>
    (await call('GET', `/employers/${id}/history`)).body.events.length;

  it('enrols an employer, normalising its details, and finds it by id and by business number', async () => {
    const { bn, id } = await enrol();
    const byId = await call('GET', `/employers/${id}`);
    expect(byId.status).toBe(200);
    expect(byId.body).toMatchObject({
      employerId: id,
      businessNumber: bn,
      status: 'ACTIVE',
      eligibleToday: true,
      phone: '+16135550100',
      physicalAddress: { postalCode: 'K1A 0B1' },
      revision: 0,
    });
    const list = await call('GET', `/employers?businessNumber=${bn}`);
    expect(list.body.map((e: { employerId: string }) => e.employerId)).toEqual([id]);
  });

  it('refuses a second enrolment of the same business number with 409, appending nothing', async () => {
    const { bn, id } = await enrol();
    const again = await call('POST', '/employers', { ...enrolment(bn), legalName: 'Someone Else Ltd.' });
    expect(again.status).toBe(409);
    expect(again.type).toContain('application/problem+json');
    expect(again.body).toMatchObject({ status: 409, code: 'employer.business-number-taken' });
    expect(await historyLength(id)).toBe(1);
  });

  it('answers malformed input with 400 and the fields at fault, unknown fields included', async () => {
    const bad = await call('POST', '/employers', {
      ...enrolment('12345'),
      physicalAddress: { ...address, postalCode: '123' },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors)).toEqual(
      expect.arrayContaining(['businessNumber', 'physicalAddress.postalCode']),
    );
    const unknown = await call('POST', '/employers', { ...enrolment(newBn()), favouriteColour: 'red' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toHaveProperty('favouriteColour');
    const list = await call('GET', '/employers?businessNumber=12345');
    expect(list.body).toEqual([]);
  });

  it('requires the acting user on writes, so every event says who', async () => {
    const answer = await call('POST', '/employers', enrolment(newBn()), {});
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toHaveProperty('X-Actor-Id');
  });

  it('answers 404 for an unknown employer', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    expect((await call('GET', `/employers/${id}`)).status).toBe(404);
    expect((await call('POST', `/employers/${id}/reinstatement`, { reason: 'x' }, officer)).status).toBe(404);
  });

  it('updates contact details, refuses a locked field (422) and a stale revision (409)', async () => {
    const { id } = await enrol();
    const updated = await call('PATCH', `/employers/${id}`, {
      phone: '+1 613 555 0199',
      expectedRevision: 0,
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ revision: 1, changed: true });
    const locked = await call('PATCH', `/employers/${id}`, { legalName: 'New Name Inc.' });
    expect(locked.status).toBe(422);
    expect(locked.body.errors).toHaveProperty('legalName');
    const stale = await call('PATCH', `/employers/${id}`, { phone: '6135550123', expectedRevision: 0 });
    expect(stale.status).toBe(409);
    expect(await historyLength(id)).toBe(2);
  });

  it('declares an employer ineligible and reinstates it, with the officer in the history', async () => {
    const { id } = await enrol();
    const ban = {
      reason: 'BAN',
      duration: { years: 2 },
      reference: `BAN-${id}`,
      effectiveFrom: '2026-01-01',
    };
    expect((await call('POST', `/employers/${id}/ineligibility`, ban, officer)).status).toBe(201);
    expect((await call('GET', `/employers/${id}`)).body).toMatchObject({
      status: 'INELIGIBLE',
      eligibleToday: false,
    });
    expect((await call('POST', `/employers/${id}/ineligibility`, ban, officer)).status).toBe(409);
    expect(
      (await call('POST', `/employers/${id}/reinstatement`, { reason: 'Ban lifted on review' }, officer))
        .status,
    ).toBe(201);
    expect((await call('GET', `/employers/${id}`)).body).toMatchObject({
      status: 'ACTIVE',
      eligibleToday: true,
    });
    expect((await call('POST', `/employers/${id}/reinstatement`, { reason: 'again' }, officer)).status).toBe(
      409,
    );

    const history = (await call('GET', `/employers/${id}/history`)).body.events;
    expect(history.map((e: { type: string }) => e.type)).toEqual([
      'EmployerEnrolled',
      'EmployerDeclaredIneligible',
      'EmployerReinstated',
    ]);
    expect(history[1].actor).toEqual({ id: 'officer-7', role: 'officer' });
    expect(history[2].hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses to reinstate a permanently banned employer (422)', async () => {
    const { id } = await enrol();
    const ban = { reason: 'BAN', duration: 'PERMANENT', reference: `P-${id}`, effectiveFrom: '2026-01-01' };
    expect((await call('POST', `/employers/${id}/ineligibility`, ban, officer)).status).toBe(201);
    const answer = await call('POST', `/employers/${id}/reinstatement`, { reason: 'please' }, officer);
    expect(answer.status).toBe(422);
    expect(await historyLength(id)).toBe(2);
  });

  it('replays the first answer for a retried POST with the same Idempotency-Key, appending nothing', async () => {
    const { id } = await enrol();
    const key = `retry-${id}`;
    const penalty = { reason: 'UNPAID_PENALTY', reference: `AMP-${id}`, effectiveFrom: '2026-02-01' };
    const first = await call('POST', `/employers/${id}/ineligibility`, penalty, {
      ...officer,
      'idempotency-key': key,
    });
    const retry = await call('POST', `/employers/${id}/ineligibility`, penalty, {
      ...officer,
      'idempotency-key': key,
    });
    expect(first.status).toBe(201);
    expect(retry).toEqual(first);
    expect(await historyLength(id)).toBe(2);
    const reused = await call(
      'POST',
      `/employers/${id}/ineligibility`,
      { ...penalty, reference: 'other' },
      {
        ...officer,
        'idempotency-key': key,
      },
    );
    expect(reused.status).toBe(422);
  });

  it('never appends twice when a retry runs again because the first attempt died before answering', async () => {
    const { id } = await enrol();
    const key = `crashed-${id}`;
    const penalty = { reason: 'UNPAID_PENALTY', reference: `AMP-C-${id}`, effectiveFrom: '2026-03-01' };
    const headers = { ...officer, 'idempotency-key': key };
    expect((await call('POST', `/employers/${id}/ineligibility`, penalty, headers)).status).toBe(201);
    // What a crash between the append and storing the answer leaves: a claim without an answer, long abandoned.
    const { sql } = system.runtimes[0];
    await sql.query(
      `UPDATE "employer".idempotency_keys SET status = NULL, body = NULL, claimed_at = now() - interval '10 minutes'
       WHERE key = $1`,
      [key],
    );
    const retry = await call('POST', `/employers/${id}/ineligibility`, penalty, headers);
    expect(retry.status).toBeGreaterThanOrEqual(400);
    expect(await historyLength(id)).toBe(2);
  });

  it('reports its dependencies on /health and its figures on /metrics', async () => {
    const health = await call('GET', '/health');
    expect(health.status).toBe(200);
    expect(health.body.checks).toMatchObject({ eventStore: { ok: true }, transport: { ok: true } });
    const metrics = await fetch(`${base}/metrics`).then((r) => r.text());
    expect(metrics).toContain('imp_relay_published_total');
  });
});
