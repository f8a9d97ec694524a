import type { CommandContext } from '@imp/domain-kernel';
import { AggregateGateway } from '@imp/service-kit';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { offerDecider, type WithdrawOffer } from '../domain';
import { offerStream } from './offer-streams';

export class WithdrawOfferCommand {
  constructor(
    readonly offerId: string,
    readonly reason: string,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(WithdrawOfferCommand)
export class WithdrawOfferHandler implements ICommandHandler<WithdrawOfferCommand> {
  constructor(private readonly aggregates: AggregateGateway) {}

  async execute({ offerId, reason, context }: WithdrawOfferCommand) {
    const command: WithdrawOffer = { type: 'WithdrawOffer', data: { reason, now: context.now } };
    const handled = await this.aggregates.execute(offerDecider, offerStream(offerId), command, context, {
      retryOnConflict: true,
    });
    return { offerId, revision: handled.revision };
  }
}
