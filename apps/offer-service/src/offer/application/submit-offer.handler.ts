import type { CommandContext } from '@imp/domain-kernel';
import { AggregateGateway } from '@imp/service-kit';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type EmployerStanding, offerDecider, type SubmitOffer } from '../domain';
import { EmployerDirectory } from './employer-directory';
import { OfferNumbers } from './offer-numbers';
import { offerStream } from './offer-streams';

export class SubmitOfferCommand {
  constructor(
    readonly offerId: string,
    readonly context: CommandContext,
  ) {}
}

const NEVER_DRAFTED: EmployerStanding = { known: false, eligible: false };

@CommandHandler(SubmitOfferCommand)
export class SubmitOfferHandler implements ICommandHandler<SubmitOfferCommand> {
  constructor(
    private readonly aggregates: AggregateGateway,
    private readonly employers: EmployerDirectory,
    private readonly offerNumbers: OfferNumbers,
  ) {}

  async execute({ offerId, context }: SubmitOfferCommand) {
    const stream = offerStream(offerId);
    // The employer of an offer never changes, so reading it before the command runs cannot go stale.
    const { state } = await this.aggregates.load(offerDecider, stream);
    const employer =
      state.status === 'NOT_DRAFTED'
        ? NEVER_DRAFTED
        : await this.employers.standingOf(state.offer.employerId, context.now);
    const offerNumber = await this.offerNumbers.next();
    const command: SubmitOffer = { type: 'SubmitOffer', data: { offerNumber, employer, now: context.now } };
    const handled = await this.aggregates.execute(offerDecider, stream, command, context, {
      retryOnConflict: true,
    });
    return { offerId, offerNumber, revision: handled.revision };
  }
}
