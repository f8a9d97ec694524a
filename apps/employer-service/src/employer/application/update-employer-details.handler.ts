import type { CommandContext } from '@imp/domain-kernel';
import { AggregateGateway } from '@imp/service-kit';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { employerDecider, type UpdateEmployerDetails } from '../domain';
import { employerStream } from './employer-streams';

export class UpdateEmployerDetailsCommand {
  constructor(
    readonly employerId: string,
    readonly input: UpdateEmployerDetails['data'],
    readonly context: CommandContext,
    readonly expectedRevision?: bigint,
  ) {}
}

@CommandHandler(UpdateEmployerDetailsCommand)
export class UpdateEmployerDetailsHandler implements ICommandHandler<UpdateEmployerDetailsCommand> {
  constructor(private readonly aggregates: AggregateGateway) {}

  async execute({ employerId, input, context, expectedRevision }: UpdateEmployerDetailsCommand) {
    const command: UpdateEmployerDetails = { type: 'UpdateEmployerDetails', data: input };
    const handled = await this.aggregates.execute(
      employerDecider,
      employerStream(employerId),
      command,
      context,
      {
        expectedRevision,
        retryOnConflict: expectedRevision === undefined,
      },
    );
    return { employerId, revision: handled.revision, changed: handled.events.length > 0 };
  }
}
