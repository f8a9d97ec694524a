import {
  type Command,
  type CommandContext,
  type Decider,
  type DomainEvent,
  fold,
  handleCommand,
  type HandledCommand,
  type HandleCommandOptions,
  toDomainEvent,
} from '@imp/domain-kernel';
import type { EventStore, RecordedEvent } from '@imp/event-store';
import type { ProjectionRunner } from '@imp/messaging';

export interface LoadedAggregate<S> {
  state: S;
  revision: bigint;
  history: RecordedEvent[];
}

/**
 * How application handlers reach aggregates: load a stream and fold it, or run a command on it. After a
 * command it waits for the service's own read models to include the new events, so a client that reads
 * a list right after a write sees its write.
 */
export class AggregateGateway {
  constructor(
    readonly store: EventStore,
    private readonly projections: ProjectionRunner,
  ) {}

  async load<C extends Command, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    streamId: string,
  ): Promise<LoadedAggregate<S>> {
    const history = await this.store.readStream(streamId);
    const revision = history.length === 0 ? -1n : history[history.length - 1].revision;
    return { state: fold(decider, history.map(toDomainEvent<E>)), revision, history };
  }

  async execute<C extends Command, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    streamId: string,
    command: C,
    context: CommandContext,
    options: Pick<
      HandleCommandOptions<C, E, S>,
      'expectedRevision' | 'retryOnConflict' | 'eventVersion'
    > = {},
  ): Promise<HandledCommand<E, S>> {
    const handled = await handleCommand({
      store: this.store,
      streamId,
      decider,
      command,
      context,
      ...options,
    });
    const last = handled.positions[handled.positions.length - 1];
    if (last) await this.projections.waitFor(last);
    return handled;
  }
}
