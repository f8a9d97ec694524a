import type { CommandContext } from '@imp/domain-kernel';
import { AggregateGateway } from '@imp/service-kit';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { applicationDecider, type SubmitApplication } from '../domain';
import { ApplicationNumbers } from './application-numbers';
import { applicationStream } from './application-streams';

export class SubmitApplicationCommand {
  constructor(
    readonly input: Omit<SubmitApplication['data'], 'applicationId' | 'applicationNumber' | 'now'>,
    readonly context: CommandContext,
  ) {}
}

/** Received whatever the quoted offer: whether it exists and came in time is the decision service's call. */
@CommandHandler(SubmitApplicationCommand)
export class SubmitApplicationHandler implements ICommandHandler<SubmitApplicationCommand> {
  constructor(
    private readonly aggregates: AggregateGateway,
    private readonly numbers: ApplicationNumbers,
  ) {}

  async execute({ input, context }: SubmitApplicationCommand) {
    const applicationId = context.newId();
    const applicationNumber = await this.numbers.next();
    const command: SubmitApplication = {
      type: 'SubmitApplication',
      data: { ...input, applicationId, applicationNumber, now: context.now },
    };
    const handled = await this.aggregates.execute(
      applicationDecider,
      applicationStream(applicationId),
      command,
      context,
    );
    return { applicationId, applicationNumber, revision: handled.revision };
  }
}
