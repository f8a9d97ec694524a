import type { CommandContext } from '@imp/domain-kernel';
import { AggregateGateway } from '@imp/service-kit';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { employerDecider, type ReinstateEmployer } from '../domain';
import { employerStream } from './employer-streams';

export class ReinstateEmployerCommand {
  constructor(
    readonly employerId: string,
    readonly reason: string,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(ReinstateEmployerCommand)
export class ReinstateEmployerHandler implements ICommandHandler<ReinstateEmployerCommand> {
  constructor(private readonly aggregates: AggregateGateway) {}

  async execute({ employerId, reason, context }: ReinstateEmployerCommand) {
    const command: ReinstateEmployer = { type: 'ReinstateEmployer', data: { reason, now: context.now } };
    const handled = await this.aggregates.execute(
      employerDecider,
      employerStream(employerId),
      command,
      context,
      {
        retryOnConflict: true,
      },
    );
    return { employerId, revision: handled.revision };
  }
}
