import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../../event-store.port';

/** Unique per test, so tests sharing a store never see each other's streams. */
export function newStreamId(label: string): string {
  return `contract_${label}-${randomUUID()}`;
}

export function newEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    id: randomUUID(),
    type: 'ContractChecked',
    version: 1,
    data: { step: 1 },
    metadata: {
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { id: 'contract-suite', role: 'system' },
    },
    occurredAt: '2024-05-01T12:00:00.000Z',
    ...overrides,
  };
}

export function newEvents(count: number, overrides: Partial<NewEvent> = {}): NewEvent[] {
  return Array.from({ length: count }, (_, step) => newEvent({ data: { step }, ...overrides }));
}
