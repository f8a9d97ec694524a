import { contractKey, type Contract } from '../contract';
import { integrationContracts, parseIntegrationEvent } from '../registry';
import type { Topic } from '../topics';
import { sampleDataByContract, sampleEnvelope } from './samples';

export interface ValidCase {
  contract: Contract;
  /** What makes this data different from the sample, e.g. "an offer withdrawn as a draft". */
  variant: string;
  data: object;
}

export interface InvalidCase {
  contract: Contract;
  data: object;
  /** The whole reason parseIntegrationEvent must give. */
  reason: string;
}

/**
 * The specification every contract of one topic must meet: its sample and its variants parse, each broken
 * payload is refused with exactly the reason given, and no contract of the topic goes without a broken case.
 */
export function specifyContracts(topic: Topic, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const contracts = integrationContracts.filter((contract) => contract.topic === topic);

  it.each(contracts.map((contract) => [contractKey(contract), contract] as const))(
    '%s accepts its sample',
    (_key, contract) => {
      expect(parseIntegrationEvent(sampleEnvelope(contract))).toMatchObject({ ok: true });
    },
  );

  it.each(cases.valid.map((c) => [contractKey(c.contract), c.variant, c] as const))(
    '%s accepts %s',
    (_key, _variant, { contract, data }) => {
      const result = parseIntegrationEvent(sampleEnvelope(contract, { data }));
      expect(result).toMatchObject({ ok: true });
    },
  );

  it.each(cases.invalid.map((c) => [c.reason, c] as const))(
    'refuses: %s',
    (_reason, { contract, data, reason }) => {
      expect(parseIntegrationEvent(sampleEnvelope(contract, { data }))).toEqual({ ok: false, reason });
    },
  );

  it('has a sample and a refused case for every contract on the topic', () => {
    const refused = new Set(cases.invalid.map((c) => contractKey(c.contract)));
    for (const contract of contracts) {
      expect(sampleDataByContract).toHaveProperty([contractKey(contract)]);
      expect(refused).toContain(contractKey(contract));
    }
  });
}
