import { randomUUID } from 'node:crypto';
import { startInProcessSystem, type InProcessSystem } from './support/in-process-system';
import type { HttpClient } from './support/http-client';
import {
  draftOffer,
  employerStandingSeenBy,
  enrolEmployer,
  historyLength,
  paidOffer,
} from './support/offer-steps';
import { expectProblem } from './support/problems';
import { candidate, complianceFee, draft, job } from './support/samples';

describe('offer-service HTTP API (in process, beside the employer service)', () => {
  let running: InProcessSystem;
  let offers: HttpClient;
  let employerId: string;

  beforeAll(async () => {
    running = await startInProcessSystem();
    offers = running.offers;
    employerId = await enrolEmployer(running.employers);
    await employerStandingSeenBy(offers, await draftOffer(offers, employerId), {
      known: true,
      eligible: true,
    });
  });

  afterAll(() => running?.system.stop());

  const offersOfEmployer = async (id = employerId) =>
    (await offers.get(`/offers?employerId=${id}`)).body.length;

  describe('the way through', () => {
    it('drafts, amends, pays, submits and withdraws an offer, each step on its history', async () => {
      const drafted = await offers.post('/offers', draft(employerId));
      expect(drafted).toMatchObject({ status: 201, body: { offerId: expect.any(String), revision: 0 } });
      const offerId = drafted.body.offerId;

      const amended = await offers.patch(`/offers/${offerId}`, {
        job: { title: 'Senior robotics engineer' },
        expectedRevision: 0,
      });
      expect(amended).toMatchObject({ status: 200, body: { offerId, revision: 1, changed: true } });
      const paid = await offers.post(`/offers/${offerId}/compliance-fee`, complianceFee);
      expect(paid).toMatchObject({ status: 201, body: { offerId, revision: 2 } });
      const submitted = await offers.post(`/offers/${offerId}/submission`);
      expect(submitted).toMatchObject({
        status: 201,
        body: { offerId, revision: 3, offerNumber: expect.stringMatching(/^A\d{7}$/) },
      });
      const withdrawn = await offers.post(`/offers/${offerId}/withdrawal`, {
        reason: 'Candidate declined the offer',
      });
      expect(withdrawn).toMatchObject({ status: 201, body: { offerId, revision: 4 } });

      const { body: history } = await offers.get(`/offers/${offerId}/history`);
      expect(history.events.map((event: { type: string }) => event.type)).toEqual([
        'OfferDrafted',
        'OfferDraftUpdated',
        'OfferComplianceFeePaid',
        'OfferSubmitted',
        'OfferWithdrawn',
      ]);
      expect(history.events[3]).toMatchObject({
        revision: 3,
        actor: { id: 'hr-user-17', role: 'employer' },
        data: { offerNumber: submitted.body.offerNumber },
        occurredAt: expect.any(String),
        recordedAt: expect.any(String),
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
    });

    it('shows the offer folded from its stream, with its revision and the employer standing', async () => {
      const offerId = await paidOffer(offers, employerId);

      const { status, body } = await offers.get(`/offers/${offerId}`);

      expect(status).toBe(200);
      expect(body).toMatchObject({
        offerId,
        employerId,
        status: 'FEE_PAID',
        exemptionCode: 'C10',
        job: { ...job, title: 'Robotics engineer' },
        candidate,
        fee: { status: 'PAID', amount: 230, currency: 'CAD', paymentReference: 'PAY-7781' },
        offerNumber: null,
        revision: 1,
        employer: { known: true, eligible: true },
      });
    });

    it('submits an exempt offer, and gives every submission its own number', async () => {
      const first = await paidOffer(offers, employerId);
      const second = await draftOffer(offers, employerId);
      const exempted = await offers.post(`/offers/${second}/fee-exemption`, {
        reason: 'Exempt under R315.1(3)',
      });
      expect(exempted).toMatchObject({ status: 201, body: { offerId: second, revision: 1 } });

      const numbers = await Promise.all(
        [first, second].map(async (id) => (await offers.post(`/offers/${id}/submission`)).body.offerNumber),
      );

      expect(new Set(numbers).size).toBe(2);
      const { body } = await offers.get(`/offers/${second}`);
      expect(body).toMatchObject({
        status: 'SUBMITTED',
        fee: { status: 'EXEMPT', reason: 'Exempt under R315.1(3)' },
      });
    });

    it('finds a submitted offer by its number, and lists offers by employer, status and exemption code', async () => {
      const otherEmployer = randomUUID();
      const exemptionCode = 'C16';
      const offerId = await draftOffer(offers, employerId, { ...draft(employerId), exemptionCode });
      await offers.post(`/offers/${offerId}/compliance-fee`, complianceFee);
      const { offerNumber } = (await offers.post(`/offers/${offerId}/submission`)).body;
      await draftOffer(offers, otherEmployer);

      const byNumber = await offers.get(`/offers/by-number/${offerNumber}`);
      expect(byNumber).toMatchObject({
        status: 200,
        body: { offerId, offerNumber, status: 'SUBMITTED', revision: 2 },
      });

      const ids = async (query: string) =>
        (await offers.get(`/offers?${query}`)).body.map((o: { offerId: string }) => o.offerId);
      expect(await ids(`employerId=${otherEmployer}`)).toHaveLength(1);
      expect(await ids(`employerId=${employerId}&status=SUBMITTED&exemptionCode=${exemptionCode}`)).toEqual([
        offerId,
      ]);
      expect(await ids(`employerId=${employerId}&status=DRAFT`)).not.toContain(offerId);
    });

    it('withdraws a draft, which never gets a number', async () => {
      const offerId = await draftOffer(offers, employerId);

      const reply = await offers.post(`/offers/${offerId}/withdrawal`, { reason: 'Position filled locally' });

      expect(reply.status).toBe(201);
      const { body } = await offers.get(`/offers/${offerId}`);
      expect(body).toMatchObject({
        status: 'WITHDRAWN',
        offerNumber: null,
        withdrawal: { reason: 'Position filled locally' },
      });
    });
  });

  it('describes every route in its OpenAPI document', async () => {
    const { status, body } = await offers.get('/docs-json');

    expect(status).toBe(200);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/offers',
        '/offers/by-number/{offerNumber}',
        '/offers/{id}',
        '/offers/{id}/history',
        '/offers/{id}/compliance-fee',
        '/offers/{id}/fee-exemption',
        '/offers/{id}/submission',
        '/offers/{id}/withdrawal',
      ]),
    );
    expect(body.components.schemas.UpdateOfferDraftRequestDto.properties).toHaveProperty('expectedRevision');
  });

  describe('refusals change nothing', () => {
    /** Runs the request and checks the offer's history did not grow. */
    async function refusedWithoutTrace(offerId: string, request: () => ReturnType<HttpClient['post']>) {
      const before = await historyLength(offers, offerId);
      const reply = await request();
      expect(await historyLength(offers, offerId)).toBe(before);
      return reply;
    }

    it('400: names each malformed field of a draft, and drafts nothing', async () => {
      const before = await offersOfEmployer();
      const body = draft(employerId);

      const reply = await offers.post('/offers', {
        ...body,
        job: { ...body.job, title: undefined, hoursPerWeek: 'many' },
      });

      expectProblem(reply, 400, 'invalid-request');
      expect(Object.keys(reply.body.errors)).toEqual(
        expect.arrayContaining(['job.title', 'job.hoursPerWeek']),
      );
      expect(await offersOfEmployer()).toBe(before);
    });

    it('400: refuses an unknown field rather than dropping it', async () => {
      const before = await offersOfEmployer();

      const reply = await offers.post('/offers', { ...draft(employerId), salary: 100000 });

      expectProblem(reply, 400, 'invalid-request');
      expect(reply.body.errors).toEqual({ salary: ['property salary should not exist'] });
      expect(await offersOfEmployer()).toBe(before);
    });

    it('400: reports the domain’s field errors (NOC format) in the same shape', async () => {
      const before = await offersOfEmployer();

      const reply = await offers.post('/offers', { ...draft(employerId), job: { ...job, nocCode: '2130' } });

      expectProblem(reply, 400, 'offer.invalid-input');
      expect(reply.body.errors).toEqual({ 'job.nocCode': [expect.stringMatching(/NOC 2021/)] });
      expect(await offersOfEmployer()).toBe(before);
    });

    it('400: refuses an unknown field in an action body, and a write with no acting user', async () => {
      const offerId = await draftOffer(offers, employerId);

      const unknownField = await refusedWithoutTrace(offerId, () =>
        offers.post(`/offers/${offerId}/compliance-fee`, { ...complianceFee, tip: 5 }),
      );
      expectProblem(unknownField, 400, 'invalid-request');
      expect(unknownField.body.errors).toEqual({ tip: ['property tip should not exist'] });

      const anonymous = await refusedWithoutTrace(offerId, () =>
        offers.post(`/offers/${offerId}/compliance-fee`, complianceFee, { 'x-actor-id': '' }),
      );
      expectProblem(anonymous, 400, 'actor-required');
    });

    it('404: an offer id nobody drafted, on reads and writes', async () => {
      const unknown = randomUUID();

      expectProblem(await offers.get(`/offers/${unknown}`), 404, 'offer.not-found');
      expectProblem(await offers.get(`/offers/${unknown}/history`), 404, 'offer.not-found');
      expectProblem(await offers.get('/offers/by-number/A9999998'), 404, 'offer.number-not-found');
      const payment = await refusedWithoutTrace(unknown, () =>
        offers.post(`/offers/${unknown}/compliance-fee`, complianceFee),
      );
      expectProblem(payment, 404, 'offer.not-found');
      const submission = await refusedWithoutTrace(unknown, () =>
        offers.post(`/offers/${unknown}/submission`),
      );
      expectProblem(submission, 404, 'offer.not-found');
    });

    it('409: changing an offer that is no longer a draft', async () => {
      const offerId = await paidOffer(offers, employerId);

      const change = await refusedWithoutTrace(offerId, () =>
        offers.patch(`/offers/${offerId}`, { exemptionCode: 'T36' }),
      );
      expectProblem(change, 409, 'offer.not-draft');
      const secondPayment = await refusedWithoutTrace(offerId, () =>
        offers.post(`/offers/${offerId}/compliance-fee`, complianceFee),
      );
      expectProblem(secondPayment, 409, 'offer.not-draft');
    });

    it('409: a change based on a stale revision', async () => {
      const offerId = await draftOffer(offers, employerId);
      await offers.patch(`/offers/${offerId}`, { job: { hoursPerWeek: 40 } });

      const stale = await refusedWithoutTrace(offerId, () =>
        offers.patch(`/offers/${offerId}`, { job: { hoursPerWeek: 35 }, expectedRevision: 0 }),
      );

      expectProblem(stale, 409, 'revision-conflict');
      expect((await offers.get(`/offers/${offerId}`)).body.job.hoursPerWeek).toBe(40);
    });

    it('409: submitting twice, and withdrawing twice', async () => {
      const offerId = await paidOffer(offers, employerId);
      const { offerNumber } = (await offers.post(`/offers/${offerId}/submission`)).body;

      const again = await refusedWithoutTrace(offerId, () => offers.post(`/offers/${offerId}/submission`));
      expectProblem(again, 409, 'offer.already-submitted');
      expect(again.body.detail).toContain(offerNumber);

      await offers.post(`/offers/${offerId}/withdrawal`, { reason: 'Role cancelled' });
      const twice = await refusedWithoutTrace(offerId, () =>
        offers.post(`/offers/${offerId}/withdrawal`, { reason: 'Again' }),
      );
      expectProblem(twice, 409, 'offer.withdrawn');
    });

    it('422: a compliance fee other than 230 CAD', async () => {
      const offerId = await draftOffer(offers, employerId);

      const reply = await refusedWithoutTrace(offerId, () =>
        offers.post(`/offers/${offerId}/compliance-fee`, { ...complianceFee, amount: 200 }),
      );

      expectProblem(reply, 422, 'offer.fee-amount');
      expect(reply.body.errors).toEqual({ amount: ['must be exactly 230 CAD'] });
    });

    it('422: submitting before the fee is paid or exempted', async () => {
      const offerId = await draftOffer(offers, employerId);

      const reply = await refusedWithoutTrace(offerId, () => offers.post(`/offers/${offerId}/submission`));

      expectProblem(reply, 422, 'offer.fee-required');
    });

    it('422: submitting for an employer this service has never heard of', async () => {
      const offerId = await paidOffer(offers, randomUUID());

      const reply = await refusedWithoutTrace(offerId, () => offers.post(`/offers/${offerId}/submission`));

      expectProblem(reply, 422, 'offer.employer-unknown');
    });

    it('422: an open work permit code, which needs no offer at all', async () => {
      const before = await offersOfEmployer();

      const reply = await offers.post('/offers', { ...draft(employerId), exemptionCode: 'C41' });

      expectProblem(reply, 422, 'offer.open-permit-code');
      expect(await offersOfEmployer()).toBe(before);
    });
  });

  describe('Idempotency-Key', () => {
    it('answers a retried submission with the first answer and appends nothing', async () => {
      const offerId = await paidOffer(offers, employerId);
      const key = { 'idempotency-key': randomUUID() };

      const first = await offers.post(`/offers/${offerId}/submission`, {}, key);
      const length = await historyLength(offers, offerId);
      const retry = await offers.post(`/offers/${offerId}/submission`, {}, key);

      expect(first.status).toBe(201);
      expect(retry).toMatchObject({ status: 201, body: first.body });
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(await historyLength(offers, offerId)).toBe(length);
    });

    it('drafts one offer however often the same draft is retried', async () => {
      const before = await offersOfEmployer();
      const key = { 'idempotency-key': randomUUID() };

      const first = await offers.post('/offers', draft(employerId), key);
      const retry = await offers.post('/offers', draft(employerId), key);

      expect(retry).toMatchObject({ status: 201, body: { offerId: first.body.offerId } });
      expect(await offersOfEmployer()).toBe(before + 1);
    });

    it('drafts one offer even when a retry runs again because the first attempt died before answering', async () => {
      const before = await offersOfEmployer();
      const key = { 'idempotency-key': randomUUID() };
      const first = await offers.post('/offers', draft(employerId), key);
      expect(first.status).toBe(201);
      // What a crash between the append and storing the answer leaves: a claim without an answer, long abandoned.
      const offerRuntime = running.system.runtimes.find((runtime) => runtime.name === 'offer-service')!;
      await offerRuntime.sql.query(
        `UPDATE "offer".idempotency_keys SET status = NULL, body = NULL, claimed_at = now() - interval '10 minutes'
         WHERE key = $1`,
        [key['idempotency-key']],
      );

      const rerun = await offers.post('/offers', draft(employerId), key);

      // The rerun gets the same offer id, which already exists: refused, and no second offer.
      expectProblem(rerun, 409, 'offer.already-drafted');
      expect(await offersOfEmployer()).toBe(before + 1);
    });

    it('replays a refusal too, without trying again', async () => {
      const offerId = await draftOffer(offers, employerId);
      const key = { 'idempotency-key': randomUUID() };
      const underpaid = { ...complianceFee, amount: 200 };

      const first = await offers.post(`/offers/${offerId}/compliance-fee`, underpaid, key);
      const retry = await offers.post(`/offers/${offerId}/compliance-fee`, underpaid, key);

      expectProblem(first, 422, 'offer.fee-amount');
      expect(retry).toMatchObject({ status: 422, body: first.body });
      expect(await historyLength(offers, offerId)).toBe(1);
    });
  });
});
