import { randomUUID } from 'node:crypto';
import type { IntegrationEvent } from '@imp/contracts';
import { type CommandContext, DomainError } from '@imp/domain-kernel';
import type { EventReactor } from '@imp/messaging';
import type { AggregateGateway } from '@imp/service-kit';
import { Logger } from '@nestjs/common';
import { offerDecider, type OfferCommand } from '../domain';
import { offerStream } from '../application/offer-streams';
import type { OfferSummaries } from '../projections/offer-summaries';

const DECISION_SERVICE = { id: 'decision-service', role: 'system' };

/** What a decision on an application means for the offer it quoted; nothing for other events. */
function offerCommandsFor(
  event: IntegrationEvent,
): { offerNumber: string; decidedAt: string; commands: OfferCommand[] } | undefined {
  switch (event.type) {
    case 'ApplicationApproved': {
      const { offerNumber, applicationNumber, approvedAt } = event.data;
      const consume: OfferCommand = {
        type: 'MarkOfferConsumed',
        data: { applicationNumber, decision: 'APPROVED', decidedAt: approvedAt },
      };
      return { offerNumber, decidedAt: approvedAt, commands: [consume] };
    }
    case 'ApplicationRefused': {
      const { offerNumber, applicationNumber, refusedAt } = event.data;
      if (offerNumber === null) return undefined;
      const consume: OfferCommand = {
        type: 'MarkOfferConsumed',
        data: { applicationNumber, decision: 'REFUSED', decidedAt: refusedAt },
      };
      const refund: OfferCommand = {
        type: 'RefundComplianceFee',
        data: { applicationNumber, now: event.occurredAt },
      };
      return { offerNumber, decidedAt: refusedAt, commands: [consume, refund] };
    }
    default:
      return undefined;
  }
}

const contextOf = (event: IntegrationEvent): CommandContext => ({
  actor: DECISION_SERVICE,
  correlationId: event.metadata.correlationId,
  causationId: event.id,
  now: event.occurredAt,
  newId: randomUUID,
});

/**
 * Decisions use up the offer they quote, and a refusal refunds its fee. Redelivery is harmless: the decider
 * records nothing it already recorded. An offer number that is not ours leaves nothing to do, and so does a
 * decision older than the submission: a decision names only an offer submitted before it, so an older one
 * concerns an offer that held the number in another database's history (a test environment started afresh
 * on topics it shares).
 */
export function reactToDecisions(
  aggregates: AggregateGateway,
  offers: OfferSummaries,
): EventReactor<IntegrationEvent> {
  const logger = new Logger('DecisionReactions');
  return async (event) => {
    const reaction = offerCommandsFor(event);
    if (!reaction) return;
    const offer = await offers.submittedUnder(reaction.offerNumber);
    if (!offer || Date.parse(reaction.decidedAt) < Date.parse(offer.submittedAt)) return;
    const { offerId } = offer;
    for (const command of reaction.commands) {
      try {
        await aggregates.execute(offerDecider, offerStream(offerId), command, contextOf(event), {
          retryOnConflict: true,
        });
      } catch (error) {
        // A refusal (e.g. the offer was withdrawn first) is the offer's final answer; retrying cannot change it.
        if (!(error instanceof DomainError)) throw error;
        logger.warn(
          `${event.type} ${event.id}: ${command.type} on offer ${offerId} refused: ${error.message}`,
        );
      }
    }
  };
}
