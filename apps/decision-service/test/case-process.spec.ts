import { randomUUID } from 'node:crypto';
import { Topics } from '@imp/contracts';
import { type ImpSystem, startImpSystem } from './support/imp-system';
import { publish, recordTopic, runtimeOf, transportOf } from './support/topics';
import {
  actors,
  allPassed,
  apply,
  assignToOfficer,
  candidate,
  caseOf,
  type CheckExplanation,
  enrolEmployer,
  explanationWhen,
  inDays,
  submittedOffer,
} from './support/workflow-steps';

const pending = {
  OFFER_SUBMITTED: 'PENDING',
  FEE_BEFORE_APPLICATION: 'PENDING',
  IDENTITY_MATCHES: 'PENDING',
  EMPLOYER_ELIGIBLE: 'PENDING',
};

/** An offer number the offer service will not hand out during the test: its sequence starts at A0000001. */
const unknownOfferNumber = () => `A9${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;

const historyOf = async (imp: ImpSystem, caseId: string) =>
  (await imp.cases.get(`/cases/${caseId}/history`)).body.events;

describe('The Case process manager', () => {
  let imp: ImpSystem;
  beforeAll(async () => {
    imp = await startImpSystem();
  });
  afterAll(() => imp.stop());

  it('keeps a check waiting for an offer that arrives late, then completes it with the offer as evidence', async () => {
    const employerId = await enrolEmployer(imp);
    const offerNumber = unknownOfferNumber();
    const { applicationNumber } = await apply(imp, offerNumber);
    const caseId = await caseOf(imp, applicationNumber);
    const { receivedAt } = (await explanationWhen(imp, caseId, pending)) as { receivedAt: string };
    const offerId = randomUUID();
    const before = (minutes: number) => new Date(Date.parse(receivedAt) - minutes * 60_000).toISOString();

    // The offer service's message, delayed: submitted before the application, in the v1 shape still on the topic.
    const { passportExpiry: _expiry, countryOfBirth: _country, ...passportHolder } = candidate;
    await publish(imp, Topics.offer, {
      type: 'OfferSubmitted',
      version: 1,
      streamId: `offer-${offerId}`,
      revision: 2,
      occurredAt: before(60),
      recordedAt: before(60),
      data: {
        offerId,
        employerId,
        offerNumber,
        exemptionCode: 'C10',
        submittedAt: before(60),
        feePaidAt: before(70),
        feeExempt: false,
        candidate: passportHolder,
        job: {
          title: 'Robotics software engineer',
          nocCode: '21231',
          workLocations: [{ city: 'Toronto', province: 'ON' }],
        },
      },
      metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor: actors.employer },
    });

    const explained = await explanationWhen(imp, caseId, allPassed);
    expect(
      explained.checks.find((c: CheckExplanation) => c.check === 'FEE_BEFORE_APPLICATION').evidence,
    ).toEqual([{ streamId: `offer-${offerId}`, revision: 2 }]);
    expect(explained.checks.find((c: CheckExplanation) => c.check === 'EMPLOYER_ELIGIBLE').evidence).toEqual([
      { streamId: `employer-${employerId}`, revision: 0 },
    ]);
  });

  it('opens exactly one case per application, even when ApplicationSubmitted is delivered again after a crash', async () => {
    const applications = await recordTopic(imp, Topics.application);
    const { offerNumber } = await submittedOffer(imp);
    const { applicationNumber } = await apply(imp, offerNumber);
    const caseId = await caseOf(imp, applicationNumber);
    await explanationWhen(imp, caseId, allPassed);
    const eventsBefore = await historyOf(imp, caseId);
    const [submitted] = applications.filter((m) => m.headers['event-type'] === 'ApplicationSubmitted');

    // Delivered again as is, then again as if the process died after reacting but before the inbox said so.
    await transportOf(imp).publish(Topics.application, [submitted]);
    const decision = runtimeOf(imp, 'decision-service');
    await decision.sql.query(`UPDATE decision.inbox SET outcome = 'projected' WHERE event_id = $1`, [
      submitted.headers['event-id'],
    ]);
    await transportOf(imp).publish(Topics.application, [submitted]);

    const { rows } = await decision.sql.query('SELECT outcome FROM decision.inbox WHERE event_id = $1', [
      submitted.headers['event-id'],
    ]);
    expect(rows).toEqual([{ outcome: 'applied' }]);
    expect(await historyOf(imp, caseId)).toEqual(eventsBefore);
    const { body: openCases } = await imp.cases.get('/cases?status=OPEN');
    expect(
      openCases.filter((c: { applicationNumber: string }) => c.applicationNumber === applicationNumber),
    ).toHaveLength(1);
  });

  it('flags an open case when its offer is withdrawn, and the refusal must then cite R200(3)(f.1)', async () => {
    const { offerId, offerNumber } = await submittedOffer(imp);
    const { applicationNumber } = await apply(imp, offerNumber);
    const caseId = await caseOf(imp, applicationNumber);
    await explanationWhen(imp, caseId, allPassed);
    await assignToOfficer(imp, caseId);

    const withdrawn = await imp.offers.post(
      `/offers/${offerId}/withdrawal`,
      { reason: 'Position filled' },
      actors.employer,
    );

    expect(withdrawn.status).toBe(201);
    const explained = await explanationWhen(imp, caseId, { ...allPassed, OFFER_SUBMITTED: 'FAILED' });
    expect(explained.flags).toEqual([{ reason: 'OFFER_WITHDRAWN', flaggedAt: expect.any(String) }]);
    const validity = { validFrom: inDays(60), validUntil: inDays(400) };
    const approval = await imp.cases.post(`/cases/${caseId}/approval`, validity, actors.officer);
    expect(approval).toMatchObject({ status: 422, body: { code: 'case.checks-not-passed' } });
    const uncited = [{ rule: 'R200(1)(b)', text: 'Not satisfied the applicant will leave' }];
    expect(
      await imp.cases.post(`/cases/${caseId}/refusal`, { reasons: uncited }, actors.officer),
    ).toMatchObject({
      status: 422,
      body: { code: 'case.refusal-missing-citation' },
    });
    const cited = [{ rule: 'R200(3)(f.1)', text: 'The offer was withdrawn by the employer' }];
    expect(
      (await imp.cases.post(`/cases/${caseId}/refusal`, { reasons: cited }, actors.officer)).status,
    ).toBe(201);
  });

  it('fails the employer check when the employer was banned from before the application, and flags the case', async () => {
    const { employerId, offerNumber } = await submittedOffer(imp);
    const { applicationNumber } = await apply(imp, offerNumber);
    const caseId = await caseOf(imp, applicationNumber);
    await explanationWhen(imp, caseId, allPassed);

    const ban = {
      reason: 'BAN',
      duration: { years: 2 },
      reference: 'BAN-2026-0042',
      effectiveFrom: inDays(-30),
    };
    const declared = await imp.employers.post(`/employers/${employerId}/ineligibility`, ban, actors.officer);

    expect(declared.status).toBe(201);
    const explained = await explanationWhen(imp, caseId, { ...allPassed, EMPLOYER_ELIGIBLE: 'FAILED' });
    expect(explained.checks.find((c: CheckExplanation) => c.check === 'EMPLOYER_ELIGIBLE')).toMatchObject({
      rule: 'R200(3)(h)',
      reason: expect.stringContaining('BAN BAN-2026-0042'),
      evidence: [{ streamId: `employer-${employerId}`, revision: 1 }],
    });
    expect(explained.flags).toEqual([
      { reason: 'EMPLOYER_DECLARED_INELIGIBLE', flaggedAt: expect.any(String) },
    ]);
  });
});
