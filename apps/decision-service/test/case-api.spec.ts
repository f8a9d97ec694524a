import { type ImpSystem, startImpSystem } from './support/imp-system';
import {
  actors,
  allPassed,
  apply,
  assignToOfficer,
  caseOf,
  explanationWhen,
  inDays,
  submittedOffer,
} from './support/workflow-steps';

const validity = () => ({ validFrom: inDays(60), validUntil: inDays(400) });

describe('The cases API', () => {
  let imp: ImpSystem;
  let caseId: string;
  const historyLength = async () => (await imp.cases.get(`/cases/${caseId}/history`)).body.events.length;

  beforeAll(async () => {
    imp = await startImpSystem();
  });
  afterAll(() => imp.stop());

  beforeEach(async () => {
    const { offerNumber } = await submittedOffer(imp);
    caseId = await caseOf(imp, (await apply(imp, offerNumber)).applicationNumber);
    await explanationWhen(imp, caseId, allPassed);
  });

  it('finds a case by id, by application number and in the work queue of its status', async () => {
    const { body: byId } = await imp.cases.get(`/cases/${caseId}`);

    const byNumber = await imp.cases.get(`/cases/by-application/${byId.applicationNumber}`);
    const queue = await imp.cases.get('/cases?status=OPEN');

    expect(byId).toMatchObject({ caseId, status: 'OPEN', offerNumber: expect.stringMatching(/^A\d{7}$/) });
    expect(byNumber.body).toMatchObject({ caseId, applicationNumber: byId.applicationNumber });
    expect(queue.body.map((c: { caseId: string }) => c.caseId)).toContain(caseId);
    expect((await imp.cases.get('/cases?status=CLOSED')).status).toBe(400);
  });

  it.each([
    [
      '400 for input the domain refuses',
      'information-requests',
      { items: [], dueDate: inDays(30) },
      400,
      'case.invalid-input',
    ],
    ['400 for an unknown field', 'approval', { ...validity(), validFor: 'ever' }, 400, 'invalid-request'],
    ['422 for an approval before anyone is assigned', 'approval', validity(), 422, 'case.not-assigned'],
  ])('answers %s and appends nothing', async (_case, action, body, status, code) => {
    const before = await historyLength();

    const answer = await imp.cases.post(`/cases/${caseId}/${action}`, body, actors.officer);

    expect(answer).toMatchObject({ status, body: { status, code } });
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await historyLength()).toBe(before);
  });

  it('answers 400 to a write with no acting user, 404 for an unknown case, and appends nothing', async () => {
    const before = await historyLength();

    const anonymous = await imp.cases.post(`/cases/${caseId}/assignment`, {}, { id: '', role: '' });
    const unknown = await imp.cases.post(
      '/cases/0b9f3c1e-5a7d-4c2b-8e61-3f4a9d2c7b10/assignment',
      {},
      actors.supervisor,
    );

    expect(anonymous).toMatchObject({ status: 400, body: { code: 'actor-required' } });
    expect(unknown).toMatchObject({ status: 404, body: { code: 'case.not-found' } });
    expect((await imp.cases.get('/cases/0b9f3c1e-5a7d-4c2b-8e61-3f4a9d2c7b10/explanation')).status).toBe(404);
    expect(await historyLength()).toBe(before);
  });

  it('answers 422 to validity past the passport (R52), a past due date and another officer; 409 once decided', async () => {
    await assignToOfficer(imp, caseId);
    const before = await historyLength();
    const item = { kind: 'PASSPORT_COPY', description: 'A copy of the passport' };

    const pastPassport = await imp.cases.post(
      `/cases/${caseId}/approval`,
      { ...validity(), validUntil: inDays(6 * 365) },
      actors.officer,
    );
    const otherOfficer = await imp.cases.post(`/cases/${caseId}/approval`, validity(), {
      id: 'officer-99',
      role: 'officer',
    });

    expect(pastPassport).toMatchObject({ status: 422, body: { code: 'case.validity-past-passport' } });
    expect(otherOfficer).toMatchObject({ status: 422, body: { code: 'case.assigned-to-another-officer' } });
    expect(
      await imp.cases.post(
        `/cases/${caseId}/information-requests`,
        { items: [item], dueDate: inDays(-1) },
        actors.officer,
      ),
    ).toMatchObject({ status: 422, body: { code: 'case.due-date-not-future' } });
    expect(await historyLength()).toBe(before);
    expect((await imp.cases.post(`/cases/${caseId}/approval`, validity(), actors.officer)).status).toBe(201);
    const again = await imp.cases.post(
      `/cases/${caseId}/refusal`,
      { reasons: [{ rule: 'R200(1)(b)', text: 'No' }] },
      actors.officer,
    );
    expect(again).toMatchObject({ status: 409, body: { code: 'case.closed' } });
    expect(await historyLength()).toBe(before + 1);
  });

  it('replays the first answer to a POST retried with the same Idempotency-Key, appending once', async () => {
    await assignToOfficer(imp, caseId);
    const before = await historyLength();
    const request = {
      items: [{ kind: 'EMPLOYMENT_CONTRACT', description: 'The signed contract' }],
      dueDate: inDays(30),
    };
    const key = { 'idempotency-key': `request-information-${caseId}` };

    const first = await imp.cases.post(`/cases/${caseId}/information-requests`, request, actors.officer, key);
    const retry = await imp.cases.post(`/cases/${caseId}/information-requests`, request, actors.officer, key);

    expect(first.status).toBe(201);
    expect(retry).toMatchObject({ status: 201, body: first.body });
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await historyLength()).toBe(before + 1);
    const withoutKey = await imp.cases.post(`/cases/${caseId}/information-requests`, request, actors.officer);
    expect(withoutKey).toMatchObject({ status: 409, body: { code: 'case.information-already-requested' } });
  });
});
