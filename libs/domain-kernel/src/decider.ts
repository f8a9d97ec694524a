import type { DomainError } from './domain-error';

/** An event as the domain sees it: a type and its data, nothing about storage. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

/** A command carries everything decide needs that is not in the state: input, actor, time, new ids. */
export interface Command<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

/** decide returns the new events, or the reason it refuses as a value. */
export type Decision<Event> = readonly Event[] | DomainError;

export interface Decider<C extends Command, E extends DomainEvent, S> {
  initialState: S;
  decide(command: C, state: S): Decision<E>;
  evolve(state: S, event: E): S;
}

export function isRefusal<E>(decision: Decision<E>): decision is DomainError {
  return !Array.isArray(decision);
}

export function fold<C extends Command, E extends DomainEvent, S>(
  decider: Decider<C, E, S>,
  events: Iterable<E>,
  state: S = decider.initialState,
): S {
  let current = state;
  for (const event of events) current = decider.evolve(current, event);
  return current;
}
