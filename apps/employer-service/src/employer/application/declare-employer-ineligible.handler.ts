import type { CommandContext } from '@imp/domain-kernel';
import { AggregateGateway } from '@imp/service-kit';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type DeclareEmployerIneligible, employerDecider } from '../domain';
import { employerStream } from './employer-streams';

export class DeclareEmployerIneligibleCommand {
  constructor(
    readonly employerId: string,
    readonly input: DeclareEmployerIneligible['data'],
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(DeclareEmployerIneligibleCommand)
export class DeclareEmployerIneligibleHandler implements ICommandHandler<DeclareEmployerIneligibleCommand> {
  constructor(private readonly aggregates: AggregateGateway) {}

  async execute({ employerId, input, context }: DeclareEmployerIneligibleCommand) {
    const command: DeclareEmployerIneligible = { type: 'DeclareEmployerIneligible', data: input };
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
