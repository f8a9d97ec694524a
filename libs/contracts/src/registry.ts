import { ApplicationDocumentsAddedV1 } from './application/application-documents-added.v1';
import { ApplicationSubmittedV1 } from './application/application-submitted.v1';
import { ApplicationWithdrawnV1 } from './application/application-withdrawn.v1';
import { contractKey, type Contract, type Upcaster } from './contract';
import { ApplicationApprovedV1 } from './decision/application-approved.v1';
import { ApplicationRefusedV1 } from './decision/application-refused.v1';
import { CaseFlaggedV1 } from './decision/case-flagged.v1';
import { CaseOpenedV1 } from './decision/case-opened.v1';
import { InformationRequestedV1 } from './decision/information-requested.v1';
import { PortOfEntryOutcomeRecordedV1 } from './decision/port-of-entry-outcome-recorded.v1';
import { EmployerDeclaredIneligibleV1 } from './employer/employer-declared-ineligible.v1';
import { EmployerDetailsUpdatedV1 } from './employer/employer-details-updated.v1';
import { EmployerEnrolledV1 } from './employer/employer-enrolled.v1';
import { EmployerReinstatedV1 } from './employer/employer-reinstated.v1';
import { validateEnvelope, type EnvelopeMetadata, type IntegrationEnvelope } from './envelope';
import { OfferComplianceFeeRefundedV1 } from './offer/offer-compliance-fee-refunded.v1';
import { OfferConsumedV1 } from './offer/offer-consumed.v1';
import { offerSubmittedV1ToV2 } from './offer/offer-submitted.v1-to-v2';
import { OfferSubmittedV2 } from './offer/offer-submitted.v2';
import { OfferWithdrawnV1 } from './offer/offer-withdrawn.v1';
import type { Topic } from './topics';
import { findProblems } from './validation/validate-dto';

/** The version producers write today: one per event type. */
const latestContracts = [
  EmployerEnrolledV1,
  EmployerDetailsUpdatedV1,
  EmployerDeclaredIneligibleV1,
  EmployerReinstatedV1,
  OfferSubmittedV2,
  OfferWithdrawnV1,
  OfferConsumedV1,
  OfferComplianceFeeRefundedV1,
  ApplicationSubmittedV1,
  ApplicationDocumentsAddedV1,
  ApplicationWithdrawnV1,
  CaseOpenedV1,
  InformationRequestedV1,
  ApplicationApprovedV1,
  ApplicationRefusedV1,
  PortOfEntryOutcomeRecordedV1,
  CaseFlaggedV1,
] as const;

/**
 * Older versions that may still be read from a topic, each with its step to the next version. One leaves only
 * when no message of it can ever be read again (retention passed, no replay from the start).
 */
const upcasters: readonly Upcaster[] = [offerSubmittedV1ToV2];

type EnvelopeOf<C> = C extends Contract<infer Type, infer Data> ? IntegrationEnvelope<Type, Data> : never;

/** An integration event as consumers see it, in its latest version: `switch (event.type)` narrows `data`. */
export type IntegrationEvent = EnvelopeOf<(typeof latestContracts)[number]>;
export type IntegrationEventType = IntegrationEvent['type'];
export type IntegrationEventOf<Type extends IntegrationEventType> = Extract<IntegrationEvent, { type: Type }>;
export type IntegrationEventData<Type extends IntegrationEventType> = IntegrationEventOf<Type>['data'];
export type LatestEventDataMap = { [Type in IntegrationEventType]: IntegrationEventData<Type> };

const contractsByKey = new Map<string, Contract>();
const latestByType = new Map<string, Contract>();
const upcasterByKey = new Map<string, Upcaster>();
for (const contract of latestContracts) {
  contractsByKey.set(contractKey(contract), contract);
  latestByType.set(contract.type, contract);
}
for (const upcaster of upcasters) {
  contractsByKey.set(contractKey(upcaster.from), upcaster.from);
  upcasterByKey.set(contractKey(upcaster.from), upcaster);
}

/** Every (type, version) a consumer accepts. */
export const integrationContracts: readonly Contract[] = [...contractsByKey.values()];

export function findContract(type: string, version: number): Contract | undefined {
  return contractsByKey.get(contractKey({ type, version }));
}

export function latestContractOf(type: string): Contract | undefined {
  return latestByType.get(type);
}

export function upcasterFrom(contract: Contract): Upcaster | undefined {
  return upcasterByKey.get(contractKey(contract));
}

export function topicOf(type: IntegrationEventType): Topic {
  return latestByType.get(type)!.topic;
}

export type ParseResult = { ok: true; event: IntegrationEvent } | { ok: false; reason: string };

/**
 * Checks the envelope, then the data against the contract of its (type, version), then upcasts it to the
 * latest version and checks that too. Never throws on bad input: the reason is meant for a dead letter.
 */
export function parseIntegrationEvent(raw: unknown): ParseResult {
  const checked = validateEnvelope(raw);
  if (!checked.ok) return checked;
  const { envelope } = checked;
  const written = findContract(envelope.type, envelope.version);
  if (!written) return { ok: false, reason: unknownContractReason(envelope.type, envelope.version) };
  const problems = findProblems(written.dto, envelope.data, 'data');
  if (problems.length > 0) return refusal(contractKey(written), problems);

  let contract = written;
  let data: object = envelope.data;
  for (let step = upcasterFrom(contract); step; step = upcasterFrom(contract)) {
    data = step.upcast(data, { ...envelope, data });
    contract = step.to;
  }
  if (contract !== written) {
    const upcastProblems = findProblems(contract.dto, data, 'data');
    if (upcastProblems.length > 0) {
      return refusal(`${contractKey(written)} upcast to v${contract.version}`, upcastProblems);
    }
  }
  return { ok: true, event: { ...envelope, version: contract.version, data } as IntegrationEvent };
}

function refusal(subject: string, problems: string[]): ParseResult {
  return { ok: false, reason: `${subject}: ${problems.join('; ')}` };
}

function unknownContractReason(type: string, version: number): string {
  const known = integrationContracts
    .filter((contract) => contract.type === type)
    .map((contract) => contract.version)
    .sort((a, b) => a - b);
  if (known.length === 0) return `unknown event type "${type}"`;
  return `${contractKey({ type, version })} is not a known version (known: ${known.map((v) => `v${v}`).join(', ')})`;
}

export interface NewIntegrationEvent<Type extends IntegrationEventType> {
  id: string;
  type: Type;
  streamId: string;
  revision: number | bigint;
  occurredAt: string;
  recordedAt: string;
  data: IntegrationEventData<Type>;
  metadata: EnvelopeMetadata;
}

/**
 * For producers: stamps the latest version and keeps only the metadata the contract carries (the store's
 * metadata may hold more, such as an idempotency key). It does not validate: a relay must not wedge on one
 * event; consumers dead-letter a bad one with its reason, and producers' tests can run parseIntegrationEvent.
 */
export function createEnvelope<Type extends IntegrationEventType>(
  event: NewIntegrationEvent<Type>,
): IntegrationEventOf<Type> {
  const { correlationId, causationId, actor } = event.metadata;
  return {
    id: event.id,
    type: event.type,
    version: latestByType.get(event.type)!.version,
    streamId: event.streamId,
    revision: Number(event.revision),
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    data: event.data,
    metadata: { correlationId, causationId, actor: { id: actor.id, role: actor.role } },
  } as IntegrationEventOf<Type>;
}
