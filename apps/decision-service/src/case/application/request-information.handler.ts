import type { CommandContext } from '@imp/domain-kernel';
import { AggregateGateway } from '@imp/service-kit';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { caseDecider, type RequestInformation } from '../domain';
import { caseStream } from './case-streams';

export class RequestInformationCommand {
  constructor(
    readonly caseId: string,
    readonly input: Pick<RequestInformation['data'], 'items' | 'dueDate'>,
    readonly context: CommandContext,
  ) {}
}

/** By the acting officer; the applicant quotes the request id back when answering. */
@CommandHandler(RequestInformationCommand)
export class RequestInformationHandler implements ICommandHandler<RequestInformationCommand> {
  constructor(private readonly aggregates: AggregateGateway) {}

  async execute({ caseId, input, context }: RequestInformationCommand) {
    const requestId = context.newId();
    const command: RequestInformation = {
      type: 'RequestInformation',
      data: { ...input, officerId: context.actor.id, requestId, now: context.now },
    };
    const handled = await this.aggregates.execute(caseDecider, caseStream(caseId), command, context, {
      retryOnConflict: true,
    });
    return { caseId, requestId, revision: handled.revision };
  }
}
