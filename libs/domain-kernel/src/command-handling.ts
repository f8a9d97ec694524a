import type { Actor, EventStore, ExpectedRevision, LogPosition, RecordedEvent } from '@imp/event-store';
import { WrongExpectedVersionError } from '@imp/event-store';
import { type Command, type Decider, type DomainEvent, fold, isRefusal } from './decider';

/** Who asked, why, and when: copied into every event's metadata. */
export interface CommandContext {
  actor: Actor;
  correlationId: string;
  causationId: string;
  /** Business time of the command, ISO-8601. */
  now: string;
  /** Makes event ids: injected so callers (and tests) decide how. */
  newId: () => string;
  idempotencyKey?: string;
}

export interface HandleCommandOptions<C extends Command, E extends DomainEvent, S> {
  store: EventStore;
  streamId: string;
  decider: Decider<C, E, S>;
  command: C;
  context: CommandContext;
  /** A revision the caller saw (e.g. If-Match): a stale one is a conflict, never retried. */
  expectedRevision?: bigint;
  /** Reload and decide again when another writer got in first. Safe for commands that re-check everything. */
  retryOnConflict?: boolean;
  /** Schema version per event type; 1 when absent. */
  eventVersion?: (type: E['type']) => number;
}

export interface HandledCommand<E extends DomainEvent, S> {
  events: E[];
  state: S;
  revision: bigint;
  /** Global positions of the appended events: what a read model must reach to include them. */
  positions: LogPosition[];
}

const MAX_ATTEMPTS = 5;

/** Read the stream, fold it, decide, append with the revision that was read. */
export async function handleCommand<C extends Command, E extends DomainEvent, S>(
  options: HandleCommandOptions<C, E, S>,
): Promise<HandledCommand<E, S>> {
  const { store, streamId, decider, command, context } = options;
  for (let attempt = 1; ; attempt++) {
    const history = await store.readStream(streamId);
    const actual = history.length === 0 ? -1n : history[history.length - 1].revision;
    if (options.expectedRevision !== undefined && options.expectedRevision !== actual) {
      throw new WrongExpectedVersionError(
        streamId,
        options.expectedRevision,
        actual < 0n ? 'no_stream' : actual,
      );
    }
    const state = fold(decider, history.map(toDomainEvent<E>));
    const decision = decider.decide(command, state);
    if (isRefusal(decision)) throw decision;
    const events = [...decision];
    if (events.length === 0) return { events, state, revision: actual, positions: [] };

    const expected: ExpectedRevision = actual < 0n ? 'no_stream' : actual;
    try {
      const newEvents = events.map((event) => ({
        id: context.newId(),
        type: event.type,
        version: options.eventVersion?.(event.type) ?? 1,
        data: event.data,
        occurredAt: context.now,
        metadata: {
          correlationId: context.correlationId,
          causationId: context.causationId,
          actor: context.actor,
          ...(context.idempotencyKey ? { idempotencyKey: context.idempotencyKey } : {}),
        },
      }));
      const result = await store.appendToStream(streamId, newEvents, { expectedRevision: expected });
      return {
        events,
        state: fold(decider, events, state),
        revision: result.nextExpectedRevision,
        positions: result.positions,
      };
    } catch (error) {
      const retry =
        error instanceof WrongExpectedVersionError && options.retryOnConflict && attempt < MAX_ATTEMPTS;
      if (!retry) throw error;
    }
  }
}

export function toDomainEvent<E extends DomainEvent>(recorded: RecordedEvent): E {
  return { type: recorded.type, data: recorded.data } as E;
}
