import { contractKey } from './contract';
import {
  createEnvelope,
  findContract,
  integrationContracts,
  latestContractOf,
  parseIntegrationEvent,
  topicOf,
  upcasterFrom,
  type IntegrationEvent,
} from './registry';
import { offerSubmittedV2, sampleDataByContract, sampleEnvelope, sampleIds } from './testing/samples';
import { Topics } from './topics';

describe('the contract registry', () => {
  it('knows every contract by (type, version), with a sample for each', () => {
    expect(integrationContracts.map(contractKey).sort()).toEqual(Object.keys(sampleDataByContract).sort());
    for (const contract of integrationContracts) {
      expect(findContract(contract.type, contract.version)).toBe(contract);
    }
  });

  it('brings every older version to the latest one version at a time', () => {
    for (const contract of integrationContracts) {
      let current = contract;
      for (let step = upcasterFrom(current); step; step = upcasterFrom(current)) current = step.to;
      expect(current).toBe(latestContractOf(contract.type));
    }
  });

  it('publishes each event type on its service topic', () => {
    expect(topicOf('EmployerDeclaredIneligible')).toBe(Topics.employer);
    expect(topicOf('OfferSubmitted')).toBe(Topics.offer);
    expect(topicOf('ApplicationSubmitted')).toBe(Topics.application);
    expect(topicOf('CaseFlagged')).toBe(Topics.decision);
  });
});

describe('parseIntegrationEvent', () => {
  it('refuses an unknown event type', () => {
    const result = parseIntegrationEvent(
      sampleEnvelope({ type: 'OfferTeleported', version: 1 }, { data: {} }),
    );

    expect(result).toEqual({ ok: false, reason: 'unknown event type "OfferTeleported"' });
  });

  it('refuses a version it does not know yet, naming the ones it does', () => {
    const result = parseIntegrationEvent(
      sampleEnvelope({ type: 'OfferSubmitted', version: 3 }, { data: {} }),
    );

    expect(result).toEqual({ ok: false, reason: 'OfferSubmitted v3 is not a known version (known: v1, v2)' });
  });

  it('refuses unknown fields in data, at any depth', () => {
    const data = {
      ...offerSubmittedV2,
      bonus: 1,
      candidate: { ...offerSubmittedV2.candidate, nickname: 'P' },
    };

    const result = parseIntegrationEvent(sampleEnvelope({ type: 'OfferSubmitted', version: 2 }, { data }));

    expect(result).toEqual({
      ok: false,
      reason: 'OfferSubmitted v2: data.bonus should not exist; data.candidate.nickname should not exist',
    });
  });

  it('hands back the envelope with typed data of the latest version', () => {
    const result = parseIntegrationEvent(sampleEnvelope({ type: 'OfferSubmitted', version: 2 }));
    if (!result.ok) throw new Error(result.reason);

    expect(describeEvent(result.event)).toBe('offer A1234567, fee PAID');
  });
});

describe('createEnvelope', () => {
  const metadata = {
    correlationId: 'req-1',
    causationId: 'cmd-1',
    actor: { id: 'user-42', role: 'employer' },
    idempotencyKey: 'internal-only',
  };

  it('stamps the latest version and keeps only the metadata the contract carries', () => {
    const envelope = createEnvelope({
      id: sampleIds.eventId,
      type: 'OfferSubmitted',
      streamId: `offer-${sampleIds.offerId}`,
      revision: 3n,
      occurredAt: '2025-02-03T15:30:00Z',
      recordedAt: '2025-02-03T15:30:00.125Z',
      data: offerSubmittedV2,
      metadata,
    });

    expect(envelope).toEqual({
      id: sampleIds.eventId,
      type: 'OfferSubmitted',
      version: 2,
      streamId: `offer-${sampleIds.offerId}`,
      revision: 3,
      occurredAt: '2025-02-03T15:30:00Z',
      recordedAt: '2025-02-03T15:30:00.125Z',
      data: offerSubmittedV2,
      metadata: { correlationId: 'req-1', causationId: 'cmd-1', actor: { id: 'user-42', role: 'employer' } },
    });
    expect(parseIntegrationEvent(envelope)).toEqual({ ok: true, event: envelope });
  });
});

/** Compiles only while `switch (event.type)` narrows `data` to the latest version of that type. */
function describeEvent(event: IntegrationEvent): string {
  switch (event.type) {
    case 'OfferSubmitted':
      return `offer ${event.data.offerNumber}, fee ${event.data.fee.status}`;
    case 'ApplicationRefused':
      return `refused under ${event.data.reasons.map((reason) => reason.rule).join(', ')}`;
    default:
      return event.type;
  }
}
