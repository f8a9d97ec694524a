import type { CommandContext } from '@imp/domain-kernel';
import { WrongExpectedVersionError } from '@imp/event-store';
import { AggregateGateway } from '@imp/service-kit';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DuplicateBusinessNumber, employerDecider, type EnrolEmployer } from '../domain';
import { employerIdFor, employerStream } from './employer-streams';

export class EnrolEmployerCommand {
  constructor(
    readonly input: Omit<EnrolEmployer['data'], 'employerId'>,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(EnrolEmployerCommand)
export class EnrolEmployerHandler implements ICommandHandler<
  EnrolEmployerCommand,
  { employerId: string; revision: bigint }
> {
  constructor(private readonly aggregates: AggregateGateway) {}

  async execute({ input, context }: EnrolEmployerCommand) {
    const employerId = employerIdFor(input.businessNumber);
    const stream = employerStream(employerId);
    const existing = await this.aggregates.load(employerDecider, stream);
    if (existing.state.status !== 'NOT_ENROLLED')
      throw new DuplicateBusinessNumber(input.businessNumber.trim());
    try {
      const command: EnrolEmployer = { type: 'EnrolEmployer', data: { ...input, employerId } };
      const handled = await this.aggregates.execute(employerDecider, stream, command, context);
      return { employerId, revision: handled.revision };
    } catch (error) {
      // Two enrolments of one BN at once: the loser learns the BN is taken.
      if (error instanceof WrongExpectedVersionError)
        throw new DuplicateBusinessNumber(input.businessNumber.trim());
      throw error;
    }
  }
}
