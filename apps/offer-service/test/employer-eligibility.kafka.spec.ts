import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { decodeEnvelope, parseIntegrationEvent, Topics } from '@imp/contracts';
import {
  createScratchDatabase,
  databaseUrl,
  eventually,
  freePort,
  kafkaBrokers,
  type ScratchDatabase,
  ServiceProcess,
} from '@imp/testing';
import { Kafka, type KafkaMessage, logLevel } from 'kafkajs';
import { httpClient, type HttpClient } from './support/http-client';
import { employerStandingSeenBy, enrolEmployer, historyLength, paidOffer } from './support/offer-steps';
import { expectProblem } from './support/problems';
import { unpaidPenalty } from './support/samples';

const root = path.resolve(__dirname, '../../..');

/** This run's topics and groups on the shared broker: earlier runs' events never reach its fresh database. */
const namespace = `it-${randomUUID()}.`;

/** Reads imp.offer.v1 from the start, as any other service would, keeping what it saw. */
async function watchOfferTopic(kafka: Kafka) {
  const seen: KafkaMessage[] = [];
  const groupId = `offer-service-test-${randomUUID()}`;
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 50 });
  await consumer.connect();
  await consumer.subscribe({ topic: `${namespace}${Topics.offer}`, fromBeginning: true });
  await consumer.run({ eachMessage: async ({ message }) => void seen.push(message) });
  const stop = async () => {
    await consumer.disconnect();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteGroups([groupId]).finally(() => admin.disconnect());
  };
  return { seen, stop };
}

describe('employer and offer services in separate processes over Kafka and PostgreSQL', () => {
  const kafka = new Kafka({
    clientId: 'offer-service-test',
    brokers: kafkaBrokers(),
    logLevel: logLevel.NOTHING,
  });
  let database: ScratchDatabase;
  let processes: ServiceProcess[] = [];
  let offerTopic: Awaited<ReturnType<typeof watchOfferTopic>>;
  let employers: HttpClient;
  let offers: HttpClient;

  beforeAll(async () => {
    database = await createScratchDatabase(databaseUrl());
    const [employerPort, offerPort] = [await freePort(), await freePort()];
    const env = (port: number) => ({
      DATABASE_URL: database.url,
      KAFKA_BROKERS: kafkaBrokers().join(','),
      KAFKA_TOPIC_NAMESPACE: namespace,
      PORT: String(port),
    });
    const employerService = ServiceProcess.start(
      'employer-service',
      'dist/apps/employer-service/src/main.js',
      {
        cwd: root,
        env: env(employerPort),
      },
    );
    const offerService = ServiceProcess.start('offer-service', 'dist/apps/offer-service/src/main.js', {
      cwd: root,
      env: env(offerPort),
    });
    processes = [employerService, offerService];
    employers = httpClient(`http://127.0.0.1:${employerPort}`, { id: 'officer-3', role: 'officer' });
    offers = httpClient(`http://127.0.0.1:${offerPort}`);
    await Promise.all([
      employerService.waitHealthy(`http://127.0.0.1:${employerPort}`),
      offerService.waitHealthy(`http://127.0.0.1:${offerPort}`),
    ]);
    offerTopic = await watchOfferTopic(kafka);
  }, 240_000);

  afterAll(async () => {
    await offerTopic?.stop();
    await Promise.all(processes.map((service) => service.stop()));
    await database?.drop();
  }, 60_000);

  const logs = () => processes.map((service) => service.logs()).join('\n');

  it('refuses the offer of an ineligible employer, accepts it after reinstatement, and publishes it', async () => {
    const employerId = await enrolEmployer(employers);
    const offerId = await paidOffer(offers, employerId);
    await employerStandingSeenBy(offers, offerId, { known: true, eligible: true }).catch((error) => {
      throw new Error(`${error.message}: the offer service never heard of the employer\n${logs()}`);
    });

    expect((await employers.post(`/employers/${employerId}/ineligibility`, unpaidPenalty())).status).toBe(
      201,
    );
    await employerStandingSeenBy(offers, offerId, { known: true, eligible: false });
    expectProblem(await offers.post(`/offers/${offerId}/submission`), 422, 'offer.employer-ineligible');
    expect(await historyLength(offers, offerId)).toBe(2);

    const reinstatement = { reason: 'Penalty paid' };
    expect((await employers.post(`/employers/${employerId}/reinstatement`, reinstatement)).status).toBe(201);
    await employerStandingSeenBy(offers, offerId, { known: true, eligible: true });
    const correlationId = `submit-${randomUUID()}`;
    const submitted = await offers.post(
      `/offers/${offerId}/submission`,
      {},
      { 'x-correlation-id': correlationId },
    );
    expect(submitted).toMatchObject({
      status: 201,
      body: { offerNumber: expect.stringMatching(/^A\d{7}$/) },
    });

    const message = await eventually(
      () =>
        offerTopic.seen.find(
          (m) => m.key?.toString() === offerId && m.headers?.['event-type']?.toString() === 'OfferSubmitted',
        ),
      30_000,
    );
    const envelope = JSON.parse(message.value!.toString('utf8'));
    const headers = Object.fromEntries(
      Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]),
    );
    const { events } = (await offers.get(`/offers/${offerId}/history`)).body;

    const envelopeFields = 'data id metadata occurredAt recordedAt revision streamId type version'.split(' ');
    expect(Object.keys(envelope).sort()).toEqual(envelopeFields);
    expect(envelope).toMatchObject({
      id: events[2].eventId,
      type: 'OfferSubmitted',
      version: 2,
      streamId: `offer-${offerId}`,
      revision: 2,
      occurredAt: events[2].occurredAt,
      recordedAt: events[2].recordedAt,
      data: { offerId, employerId, offerNumber: submitted.body.offerNumber, fee: { status: 'PAID' } },
      metadata: {
        correlationId,
        causationId: expect.any(String),
        actor: { id: 'hr-user-17', role: 'employer' },
      },
    });
    expect(headers).toEqual({
      'event-id': envelope.id,
      'event-type': 'OfferSubmitted',
      'event-version': '2',
      'correlation-id': correlationId,
      'causation-id': envelope.metadata.causationId,
      'content-type': 'application/json',
    });
    expect(parseIntegrationEvent(decodeEnvelope(message.value!, message.headers))).toMatchObject({
      ok: true,
    });
  });
});
