import { randomUUID } from 'node:crypto';
import { eventually } from '@imp/testing';
import { type ApplicationSystem, startApplicationSystem } from './support/application-system';
import type { HistoryEntry } from '@imp/testing';

const applicant = { id: 'priya.sharma', role: 'applicant' };
const officer = { id: 'officer-17', role: 'officer' };
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const application = (changes: Record<string, unknown> = {}) => ({
  offerNumber: 'A7654321',
  applicant: {
    familyName: 'Sharma',
    givenNames: 'Priya',
    dateOfBirth: '1990-04-12',
    citizenship: 'IND',
    passportNumber: 'Z1234567',
    passportExpiry: inDays(5 * 365),
  },
  placeOfApplication: 'OUTSIDE_CANADA',
  fees: { workPermit: 155, biometrics: 85, currency: 'CAD' },
  ...changes,
});

const contract = () => ({ documentId: randomUUID(), kind: 'EMPLOYMENT_CONTRACT', fileName: 'contract.pdf' });

describe('The applications API', () => {
  let system: ApplicationSystem;
  beforeAll(async () => {
    system = await startApplicationSystem();
  });
  afterAll(() => system.stop());

  const submit = async (body: object = application(), headers: Record<string, string> = {}) =>
    system.applications.post('/applications', body, applicant, headers);
  const numberOf = (applicationNumber: string) => Number(applicationNumber.slice(1));
  const historyOf = async (applicationId: string): Promise<string[]> =>
    (await system.applications.get(`/applications/${applicationId}/history`)).body.events.map(
      (e: HistoryEntry) => e.type,
    );
  const statusBecomes = (applicationId: string, status: string) =>
    eventually(async () => {
      const { body } = await system.applications.get(`/applications/${applicationId}`);
      return body.status === status ? body : undefined;
    });
  const caseOf = (applicationNumber: string) =>
    eventually(async () => {
      const answer = await system.cases.get(`/cases/by-application/${applicationNumber}`);
      return answer.status === 200 ? answer.body : undefined;
    });

  it('receives an application quoting an offer nobody knows, under a new "W" + 9 digits number', async () => {
    const submitted = await submit();

    expect(submitted).toMatchObject({
      status: 201,
      body: {
        applicationId: expect.any(String),
        applicationNumber: expect.stringMatching(/^W\d{9}$/),
        revision: 0,
      },
    });
    const { applicationId, applicationNumber } = submitted.body;
    const byNumber = await system.applications.get(`/applications/by-number/${applicationNumber}`);
    expect(byNumber.body).toMatchObject({
      applicationId,
      offerNumber: 'A7654321',
      applicant: { familyName: 'Sharma' },
    });
    const reviewed = await statusBecomes(applicationId, 'IN_REVIEW');
    expect(reviewed.caseId).toBe((await caseOf(applicationNumber)).caseId);
  });

  it('never hands out a number twice, not even one drawn by a submission that was then refused', async () => {
    const first = await submit();
    const refused = await submit(application({ fees: { workPermit: 100, biometrics: 85, currency: 'CAD' } }));
    const second = await submit();

    expect(refused).toMatchObject({ status: 422, body: { code: 'application.fee-amount' } });
    expect(numberOf(second.body.applicationNumber)).toBeGreaterThan(
      numberOf(first.body.applicationNumber) + 1,
    );
  });

  it('replays the first answer to a submission retried with the same Idempotency-Key, drawing no new number', async () => {
    const key = { 'idempotency-key': randomUUID() };

    const first = await submit(application(), key);
    const retry = await submit(application(), key);
    const next = await submit();

    expect(retry).toMatchObject({ status: 201, body: first.body });
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    await statusBecomes(first.body.applicationId, 'IN_REVIEW');
    expect(await historyOf(first.body.applicationId)).toEqual([
      'ApplicationSubmitted',
      'ApplicationReviewStarted',
    ]);
    expect(numberOf(next.body.applicationNumber)).toBe(numberOf(first.body.applicationNumber) + 1);
  });

  it("answers an officer's information request with documents, which the case receives", async () => {
    const { applicationId, applicationNumber } = (await submit()).body;
    const { caseId } = await caseOf(applicationNumber);
    await system.cases.post(`/cases/${caseId}/assignment`, {}, officer);
    const items = [{ kind: 'EMPLOYMENT_CONTRACT', description: 'The signed employment contract' }];
    const requested = await system.cases.post(
      `/cases/${caseId}/information-requests`,
      { items, dueDate: inDays(30) },
      officer,
    );
    await statusBecomes(applicationId, 'INFORMATION_REQUESTED');

    const document = contract();
    const answered = await system.applications.post(
      `/applications/${applicationId}/documents`,
      { documents: [document], informationRequestId: requested.body.requestId },
      applicant,
    );

    expect(answered.status).toBe(201);
    const inReview = await statusBecomes(applicationId, 'IN_REVIEW');
    expect(inReview.informationRequests).toEqual([
      expect.objectContaining({ answeredAt: expect.any(String), items }),
    ]);
    const reopened = await eventually(async () => {
      const { body } = await system.cases.get(`/cases/${caseId}`);
      return body.status === 'OPEN' ? body : undefined;
    });
    expect(reopened.documents).toEqual([document]);
  });

  it('withdraws an application, and its case closes as withdrawn', async () => {
    const { applicationId, applicationNumber } = (await submit()).body;
    const { caseId } = await caseOf(applicationNumber);

    const withdrawn = await system.applications.post(
      `/applications/${applicationId}/withdrawal`,
      { reason: 'Accepted another job' },
      applicant,
    );

    expect(withdrawn.status).toBe(201);
    expect((await system.applications.get(`/applications/${applicationId}`)).body).toMatchObject({
      status: 'WITHDRAWN',
      withdrawal: { reason: 'Accepted another job' },
    });
    const explanation = await eventually(async () => {
      const { body } = await system.cases.get(`/cases/${caseId}/explanation`);
      return body.status === 'WITHDRAWN' ? body : undefined;
    });
    expect(explanation.decision).toMatchObject({ decision: 'WITHDRAWN', reason: 'Accepted another job' });
  });

  it('refuses bad input (400), unknown ids (404), a closed application (409) and broken rules (422), appending nothing', async () => {
    const { applicationId } = (await submit()).body;
    await statusBecomes(applicationId, 'IN_REVIEW');
    const documents = (body: unknown) =>
      system.applications.post(`/applications/${applicationId}/documents`, body, applicant);

    const badPassport = await submit(
      application({ applicant: { ...application().applicant, passportNumber: 'Z-1' } }),
    );
    const unknownField = await submit({ ...application(), priority: 'HIGH' });
    const badKind = await documents({ documents: [{ ...contract(), kind: 'employment contract' }] });
    const unknownRequest = await documents({ documents: [contract()], informationRequestId: randomUUID() });
    const unknownApplication = await system.applications.post(
      `/applications/${randomUUID()}/withdrawal`,
      {},
      applicant,
    );

    expect(badPassport).toMatchObject({
      status: 400,
      body: { errors: { 'applicant.passportNumber': expect.any(Array) } },
    });
    expect(unknownField).toMatchObject({ status: 400, body: { code: 'invalid-request' } });
    expect(badKind).toMatchObject({ status: 400, body: { code: 'application.invalid-input' } });
    expect(unknownRequest).toMatchObject({
      status: 422,
      body: { code: 'application.information-request-unknown' },
    });
    expect(unknownApplication).toMatchObject({ status: 404, body: { code: 'application.not-found' } });
    expect((await system.applications.get(`/applications/${randomUUID()}`)).status).toBe(404);
    expect((await system.applications.get('/applications/by-number/W000000000')).status).toBe(404);
    expect(await historyOf(applicationId)).toEqual(['ApplicationSubmitted', 'ApplicationReviewStarted']);

    await system.applications.post(`/applications/${applicationId}/withdrawal`, {}, applicant);
    const afterWithdrawal = await documents({ documents: [contract()] });
    expect(afterWithdrawal).toMatchObject({ status: 409, body: { code: 'application.closed' } });
    expect(await historyOf(applicationId)).toEqual([
      'ApplicationSubmitted',
      'ApplicationReviewStarted',
      'ApplicationWithdrawn',
    ]);
  });
});
