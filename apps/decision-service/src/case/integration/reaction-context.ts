import { randomUUID } from 'node:crypto';
import type { IntegrationEvent } from '@imp/contracts';
import type { CommandContext } from '@imp/domain-kernel';

/**
 * A reaction is the service's own doing, so the service is its actor; the event that caused it is its
 * causation, and the correlation id carries on, so the history leads back to the person who acted.
 */
export function reactionContext(service: string, cause: IntegrationEvent, now: string): CommandContext {
  return {
    actor: { id: service, role: 'system' },
    correlationId: cause.metadata.correlationId,
    causationId: cause.id,
    now,
    newId: randomUUID,
  };
}
