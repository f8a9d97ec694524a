import type { CommandContext } from '@imp/domain-kernel';
import { AggregateGateway } from '@imp/service-kit';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { caseDecider, type RefuseApplication } from '../domain';
import { caseStream } from './case-streams';

export class RefuseApplicationCommand {
  constructor(
    readonly caseId: string,
    readonly reasons: RefuseApplication['data']['reasons'],
    readonly context: CommandContext,
  ) {}
}

/** By the acting officer, citing the rule behind every failed check. */
@CommandHandler(RefuseApplicationCommand)
export class RefuseApplicationHandler implements ICommandHandler<RefuseApplicationCommand> {
  constructor(private readonly aggregates: AggregateGateway) {}

  async execute({ caseId, reasons, context }: RefuseApplicationCommand) {
    const command: RefuseApplication = {
      type: 'RefuseApplication',
      data: { officerId: context.actor.id, reasons, now: context.now },
    };
    const handled = await this.aggregates.execute(caseDecider, caseStream(caseId), command, context, {
      retryOnConflict: true,
    });
    return { caseId, revision: handled.revision };
  }
}
