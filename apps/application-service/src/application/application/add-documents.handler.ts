import type { CommandContext } from '@imp/domain-kernel';
import { AggregateGateway } from '@imp/service-kit';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type AddDocuments, applicationDecider } from '../domain';
import { applicationStream } from './application-streams';

export class AddDocumentsCommand {
  constructor(
    readonly applicationId: string,
    readonly input: Omit<AddDocuments['data'], 'now'>,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(AddDocumentsCommand)
export class AddDocumentsHandler implements ICommandHandler<AddDocumentsCommand> {
  constructor(private readonly aggregates: AggregateGateway) {}

  async execute({ applicationId, input, context }: AddDocumentsCommand) {
    const command: AddDocuments = { type: 'AddDocuments', data: { ...input, now: context.now } };
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
