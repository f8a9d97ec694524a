import type { CommandContext } from '@imp/domain-kernel';
import { AggregateGateway } from '@imp/service-kit';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type DraftOffer, offerDecider } from '../domain';
import { offerStream } from './offer-streams';

export class DraftOfferCommand {
  constructor(
    readonly input: Omit<DraftOffer['data'], 'offerId'>,
    readonly context: CommandContext,
  ) {}
}

@CommandHandler(DraftOfferCommand)
export class DraftOfferHandler implements ICommandHandler<DraftOfferCommand> {
  constructor(private readonly aggregates: AggregateGateway) {}

  async execute({ input, context }: DraftOfferCommand) {
    const offerId = context.newId();
    const command: DraftOffer = { type: 'DraftOffer', data: { ...input, offerId } };
    const handled = await this.aggregates.execute(offerDecider, offerStream(offerId), command, context);
    return { offerId, revision: handled.revision };
  }
}
