import type { CommandContext } from '@imp/domain-kernel';
import { AggregateGateway } from '@imp/service-kit';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type ClaimFeeExemption, offerDecider } from '../domain';
import { offerStream } from './offer-streams';

export class ClaimFeeExemptionCommand {
  constructor(
    readonly offerId: string,
    readonly reason: string,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(ClaimFeeExemptionCommand)
export class ClaimFeeExemptionHandler implements ICommandHandler<ClaimFeeExemptionCommand> {
  constructor(private readonly aggregates: AggregateGateway) {}

  async execute({ offerId, reason, context }: ClaimFeeExemptionCommand) {
    const command: ClaimFeeExemption = { type: 'ClaimFeeExemption', data: { reason, now: context.now } };
    const handled = await this.aggregates.execute(offerDecider, offerStream(offerId), command, context, {
      retryOnConflict: true,
    });
    return { offerId, revision: handled.revision };
  }
}
