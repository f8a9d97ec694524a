import { Topics } from '@imp/contracts';
import type { IncomingMessage } from '@imp/messaging';
import { eventually } from '@imp/testing';
import { approval, decisionMessage, refusal } from './support/decision-messages';
import { startInProcessSystem, type InProcessSystem } from './support/in-process-system';
import type { Json } from './support/http-client';
import { employerStandingSeenBy, enrolEmployer, historyLength, paidOffer } from './support/offer-steps';

describe('the offer service reacting to decisions on imp.decision.v1', () => {
  let running: InProcessSystem;
  let employerId: string;
  const publishedOffers: IncomingMessage[] = [];

  beforeAll(async () => {
    running = await startInProcessSystem();
    await running.transport.consume({
      groupId: 'offer-topic-observer',
      topics: [Topics.offer],
      handle: async (messages) => void publishedOffers.push(...messages),
    });
    employerId = await enrolEmployer(running.employers);
    await employerStandingSeenBy(running.offers, await paidOffer(running.offers, employerId), {
      known: true,
      eligible: true,
    });
  });

  afterAll(() => running?.system.stop());

  async function submittedOffer() {
    const offerId = await paidOffer(running.offers, employerId);
    const { offerNumber } = (await running.offers.post(`/offers/${offerId}/submission`)).body;
    return { offerId, offerNumber: offerNumber as string };
  }

  const publish = (message: ReturnType<typeof decisionMessage>) =>
    running.transport.publish(Topics.decision, [message]);

  const history = async (offerId: string): Promise<Json[]> =>
    (await running.offers.get(`/offers/${offerId}/history`)).body.events;

  const deadLetters = async () => {
    const { rows } = await running.system.runtimes[1].sql.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM "offer".dead_letters',
    );
    return rows[0].count;
  };

  it('marks the offer consumed by an approval, acting as the decision service', async () => {
    const { offerId, offerNumber } = await submittedOffer();
    const decision = approval(offerNumber);
    const approved = decisionMessage('ApplicationApproved', decision);

    await publish(approved);

    const { body } = await running.offers.get(`/offers/${offerId}`);
    expect(body).toMatchObject({
      status: 'CONSUMED',
      consumption: { applicationNumber: 'W993830598', decision: 'APPROVED', decidedAt: decision.approvedAt },
    });
    expect((await history(offerId)).at(-1)).toMatchObject({
      type: 'OfferConsumed',
      actor: { id: 'decision-service', role: 'system' },
      correlationId: approved.correlationId,
      causationId: approved.id,
      occurredAt: decision.approvedAt,
    });
  });

  it('consumes the offer and refunds its fee on a refusal, and tells imp.offer.v1', async () => {
    const { offerId, offerNumber } = await submittedOffer();

    await publish(decisionMessage('ApplicationRefused', refusal(offerNumber)));

    expect((await history(offerId)).map((event) => event.type).slice(-2)).toEqual([
      'OfferConsumed',
      'OfferComplianceFeeRefunded',
    ]);
    expect((await running.offers.get(`/offers/${offerId}`)).body).toMatchObject({
      status: 'CONSUMED',
      refund: { applicationNumber: 'W993830599' },
    });
    const announced = () =>
      publishedOffers.filter((m) => m.key === offerId).map((m) => m.headers['event-type']);
    await eventually(() => announced().length >= 3);
    expect(announced()).toEqual(['OfferSubmitted', 'OfferConsumed', 'OfferComplianceFeeRefunded']);
  });

  it('records nothing more when a decision is delivered again, or republished under a new event id', async () => {
    const { offerId, offerNumber } = await submittedOffer();
    const refused = refusal(offerNumber);
    const first = decisionMessage('ApplicationRefused', refused);
    await publish(first);
    const length = await historyLength(running.offers, offerId);

    await publish(first);
    await publish(decisionMessage('ApplicationRefused', refused));

    expect(await historyLength(running.offers, offerId)).toBe(length);
  });

  it('refunds a withdrawn offer’s fee on a refusal, though a withdrawn offer cannot be consumed', async () => {
    const { offerId, offerNumber } = await submittedOffer();
    await running.offers.post(`/offers/${offerId}/withdrawal`, { reason: 'Candidate declined' });

    await publish(decisionMessage('ApplicationRefused', refusal(offerNumber)));

    expect((await history(offerId)).map((event) => event.type).slice(-2)).toEqual([
      'OfferWithdrawn',
      'OfferComplianceFeeRefunded',
    ]);
    expect(await deadLetters()).toBe(0);
  });

  it('leaves everything alone for an offer number it does not know, or a refusal that quoted none', async () => {
    const { offerId } = await submittedOffer();
    const length = await historyLength(running.offers, offerId);

    await publish(decisionMessage('ApplicationApproved', approval('A9999990')));
    await publish(decisionMessage('ApplicationRefused', refusal(null)));

    expect(await historyLength(running.offers, offerId)).toBe(length);
    expect(await deadLetters()).toBe(0);
  });

  it('ignores a decision older than the submission: it was about another offer that once had the number', async () => {
    const { offerId, offerNumber } = await submittedOffer();
    const length = await historyLength(running.offers, offerId);

    await publish(decisionMessage('ApplicationApproved', approval(offerNumber, '2024-03-20T16:00:00.000Z')));

    expect(await historyLength(running.offers, offerId)).toBe(length);
    expect((await running.offers.get(`/offers/${offerId}`)).body.status).toBe('SUBMITTED');
  });
});
