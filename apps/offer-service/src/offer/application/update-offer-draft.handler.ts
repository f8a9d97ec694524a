import type { CommandContext } from '@imp/domain-kernel';
import { AggregateGateway } from '@imp/service-kit';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { offerDecider, type UpdateOfferDraft } from '../domain';
import { offerStream } from './offer-streams';

export class UpdateOfferDraftCommand {
  constructor(
    readonly offerId: string,
    readonly input: UpdateOfferDraft['data'],
    readonly context: CommandContext,
    readonly expectedRevision?: bigint,
  ) {}
}

@CommandHandler(UpdateOfferDraftCommand)
export class UpdateOfferDraftHandler implements ICommandHandler<UpdateOfferDraftCommand> {
  constructor(private readonly aggregates: AggregateGateway) {}

  async execute({ offerId, input, context, expectedRevision }: UpdateOfferDraftCommand) {
    const command: UpdateOfferDraft = { type: 'UpdateOfferDraft', data: input };
    const handled = await this.aggregates.execute(offerDecider, offerStream(offerId), command, context, {
      expectedRevision,
      retryOnConflict: expectedRevision === undefined,
    });
    return { offerId, revision: handled.revision, changed: handled.events.length > 0 };
  }
}
