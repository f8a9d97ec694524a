import type { CommandContext } from '@imp/domain-kernel';
import { AggregateGateway } from '@imp/service-kit';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { caseDecider, type RecordPortOfEntryOutcome } from '../domain';
import { caseStream } from './case-streams';

export class RecordPortOfEntryOutcomeCommand {
  constructor(
    readonly caseId: string,
    readonly outcome: string,
    readonly context: CommandContext,
  ) {}
}

/** By the CBSA officer at the border, who is the acting user. */
@CommandHandler(RecordPortOfEntryOutcomeCommand)
export class RecordPortOfEntryOutcomeHandler implements ICommandHandler<RecordPortOfEntryOutcomeCommand> {
  constructor(private readonly aggregates: AggregateGateway) {}

  async execute({ caseId, outcome, context }: RecordPortOfEntryOutcomeCommand) {
    const command: RecordPortOfEntryOutcome = {
      type: 'RecordPortOfEntryOutcome',
      data: { officerId: context.actor.id, outcome, now: context.now },
    };
    const handled = await this.aggregates.execute(caseDecider, caseStream(caseId), command, context, {
      retryOnConflict: true,
    });
    return { caseId, outcome, revision: handled.revision };
  }
}
