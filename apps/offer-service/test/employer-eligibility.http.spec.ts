import { startInProcessSystem, type InProcessSystem } from './support/in-process-system';
import { employerStandingSeenBy, enrolEmployer, historyLength, paidOffer } from './support/offer-steps';
import { expectProblem } from './support/problems';
import { unpaidPenalty } from './support/samples';

describe('offer submission follows the employer’s eligibility, as told on imp.employer.v1', () => {
  let running: InProcessSystem;

  beforeAll(async () => {
    running = await startInProcessSystem();
  });

  afterAll(() => running?.system.stop());

  it('refuses the offer of an employer declared ineligible, and accepts it once reinstated', async () => {
    const { employers, offers } = running;
    const employerId = await enrolEmployer(employers);
    const offerId = await paidOffer(offers, employerId);
    await employerStandingSeenBy(offers, offerId, { known: true, eligible: true });
    const penalty = unpaidPenalty();

    const declared = await employers.post(`/employers/${employerId}/ineligibility`, penalty);
    expect(declared.status).toBe(201);
    await employerStandingSeenBy(offers, offerId, { known: true, eligible: false });
    const refused = await offers.post(`/offers/${offerId}/submission`);

    expectProblem(refused, 422, 'offer.employer-ineligible');
    expect(refused.body.detail).toContain(`unpaid penalty ${penalty.reference}`);
    expect(await historyLength(offers, offerId)).toBe(2);

    const reinstated = await employers.post(`/employers/${employerId}/reinstatement`, {
      reason: 'Penalty paid',
    });
    expect(reinstated.status).toBe(201);
    await employerStandingSeenBy(offers, offerId, { known: true, eligible: true });
    const accepted = await offers.post(`/offers/${offerId}/submission`);

    expect(accepted).toMatchObject({
      status: 201,
      body: { offerId, offerNumber: expect.stringMatching(/^A\d{7}$/) },
    });
  });

  it('does not let one employer’s ineligibility touch another’s offers', async () => {
    const { employers, offers } = running;
    const banned = await enrolEmployer(employers);
    const unaffected = await enrolEmployer(employers);
    const offerId = await paidOffer(offers, unaffected);
    const probe = await paidOffer(offers, banned);

    await employers.post(`/employers/${banned}/ineligibility`, unpaidPenalty());
    await employerStandingSeenBy(offers, probe, { known: true, eligible: false });

    expect((await offers.post(`/offers/${offerId}/submission`)).status).toBe(201);
  });
});
