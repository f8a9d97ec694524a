import type { CommandContext } from '@imp/domain-kernel';
import { AggregateGateway } from '@imp/service-kit';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { offerDecider, type PayComplianceFee } from '../domain';
import { offerStream } from './offer-streams';

export class PayComplianceFeeCommand {
  constructor(
    readonly offerId: string,
    readonly input: Omit<PayComplianceFee['data'], 'now'>,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(PayComplianceFeeCommand)
export class PayComplianceFeeHandler implements ICommandHandler<PayComplianceFeeCommand> {
  constructor(private readonly aggregates: AggregateGateway) {}

  async execute({ offerId, input, context }: PayComplianceFeeCommand) {
    const command: PayComplianceFee = { type: 'PayComplianceFee', data: { ...input, now: context.now } };
    const handled = await this.aggregates.execute(offerDecider, offerStream(offerId), command, context, {
      retryOnConflict: true,
    });
    return { offerId, revision: handled.revision };
  }
}
