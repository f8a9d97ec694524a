import type { CommandContext } from '@imp/domain-kernel';
import { AggregateGateway } from '@imp/service-kit';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type ApproveApplication, caseDecider } from '../domain';
import { caseStream } from './case-streams';

export class ApproveApplicationCommand {
  constructor(
    readonly caseId: string,
    readonly input: Pick<ApproveApplication['data'], 'validFrom' | 'validUntil' | 'location'>,
    readonly context: CommandContext,
  ) {}
}

/** By the acting officer; the outcome (letter of introduction or permit) follows from the file. */
@CommandHandler(ApproveApplicationCommand)
export class ApproveApplicationHandler implements ICommandHandler<ApproveApplicationCommand> {
  constructor(private readonly aggregates: AggregateGateway) {}

  async execute({ caseId, input, context }: ApproveApplicationCommand) {
    const command: ApproveApplication = {
      type: 'ApproveApplication',
      data: { ...input, officerId: context.actor.id, now: context.now },
    };
    const handled = await this.aggregates.execute(caseDecider, caseStream(caseId), command, context, {
      retryOnConflict: true,
    });
    const outcome = handled.state.status === 'APPROVED' ? handled.state.approval.outcome : undefined;
    return { caseId, outcome, revision: handled.revision };
  }
}
