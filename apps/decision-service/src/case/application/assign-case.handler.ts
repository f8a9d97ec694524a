import type { CommandContext } from '@imp/domain-kernel';
import { AggregateGateway } from '@imp/service-kit';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type AssignCase, caseDecider } from '../domain';
import { caseStream } from './case-streams';

/** `officerId` is whom the case is given to; who gave it is the context's actor. */
export class AssignCaseCommand {
  constructor(
    readonly caseId: string,
    readonly officerId: string,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(AssignCaseCommand)
export class AssignCaseHandler implements ICommandHandler<AssignCaseCommand> {
  constructor(private readonly aggregates: AggregateGateway) {}

  async execute({ caseId, officerId, context }: AssignCaseCommand) {
    const command: AssignCase = { type: 'AssignCase', data: { officerId, now: context.now } };
    const handled = await this.aggregates.execute(caseDecider, caseStream(caseId), command, context, {
      retryOnConflict: true,
    });
    return { caseId, assignedTo: officerId, revision: handled.revision };
  }
}
