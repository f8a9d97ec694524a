import type { CommandContext } from '@imp/domain-kernel';
import { AggregateGateway } from '@imp/service-kit';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { applicationDecider, type WithdrawApplication } from '../domain';
import { applicationStream } from './application-streams';

export class WithdrawApplicationCommand {
  constructor(
    readonly applicationId: string,
    readonly reason: string | undefined,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(WithdrawApplicationCommand)
export class WithdrawApplicationHandler implements ICommandHandler<WithdrawApplicationCommand> {
  constructor(private readonly aggregates: AggregateGateway) {}

  async execute({ applicationId, reason, context }: WithdrawApplicationCommand) {
    const command: WithdrawApplication = { type: 'WithdrawApplication', data: { reason, now: context.now } };
    const handled = await this.aggregates.execute(
      applicationDecider,
      applicationStream(applicationId),
      command,
      context,
      {
        retryOnConflict: true,
      },
    );
    return { applicationId, revision: handled.revision };
  }
}
