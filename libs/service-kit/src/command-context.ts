import { randomUUID } from 'node:crypto';
import type { CommandContext } from '@imp/domain-kernel';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { uuidFromName } from './history';
import { ProblemException } from './problem';

const ROLE = /^[a-z][a-z0-9_-]{0,39}$/;
const IDEMPOTENT_IDS = '0b7c3f1e-5a2d-4c8e-9f61-2d4b8a7e3c55';

/**
 * Ids for a request: random, or, under an Idempotency-Key, the same ones on every retry. A retry that runs
 * again (its first attempt died before its answer was stored) then writes the same aggregate and event ids,
 * which the store and the deciders refuse, instead of a second offer or a second event.
 */
function idsFor(request: Request, key: string | undefined): () => string {
  if (!key) return randomUUID;
  let next = 0;
  return () => uuidFromName(IDEMPOTENT_IDS, `${request.method} ${request.path}\n${key}\n${next++}`);
}

/**
 * Who acts, taken from X-Actor-Id / X-Actor-Role (set by the gateway that authenticates users), with the
 * correlation id carried across services. Refuses a write with no actor: the history must say who did it.
 */
export function commandContextFrom(request: Request): CommandContext {
  const id = request.header('x-actor-id')?.trim();
  const role = request.header('x-actor-role')?.trim().toLowerCase();
  const errors: Record<string, string[]> = {};
  if (!id) errors['X-Actor-Id'] = ['header is required: the acting user is recorded in every event'];
  else if (id.length > 200) errors['X-Actor-Id'] = ['header must be at most 200 characters'];
  if (!role || !ROLE.test(role))
    errors['X-Actor-Role'] = ['header is required: a role such as employer, officer'];
  if (Object.keys(errors).length > 0) {
    throw new ProblemException(400, 'The acting user is missing', { code: 'actor-required', errors });
  }
  const requestId = randomUUID();
  const idempotencyKey = request.header('idempotency-key')?.trim() || undefined;
  return {
    actor: { id: id as string, role: role as string },
    correlationId: request.header('x-correlation-id')?.trim() || requestId,
    causationId: requestId,
    now: new Date().toISOString(),
    newId: idsFor(request, idempotencyKey),
    idempotencyKey,
  };
}

export const Context = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  commandContextFrom(ctx.switchToHttp().getRequest<Request>()),
);
