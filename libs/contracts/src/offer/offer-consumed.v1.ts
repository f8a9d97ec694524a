import { IsIn, IsUUID } from 'class-validator';
import { defineContract } from '../contract';
import { Topics } from '../topics';
import { MatchesPattern } from '../validation/decorators';
import { APPLICATION_NUMBER, OFFER_NUMBER } from '../validation/formats';

export const OFFER_CONSUMING_DECISIONS = ['APPROVED', 'REFUSED'] as const;
export type OfferConsumingDecision = (typeof OFFER_CONSUMING_DECISIONS)[number];

/** A decision used the offer up: its number cannot be quoted again. */
export class OfferConsumedV1Dto {
  @IsUUID()
  offerId!: string;

  @MatchesPattern(OFFER_NUMBER)
  offerNumber!: string;

  @MatchesPattern(APPLICATION_NUMBER)
  applicationNumber!: string;

  @IsIn(OFFER_CONSUMING_DECISIONS)
  decision!: OfferConsumingDecision;
}

export type OfferConsumedV1Data = OfferConsumedV1Dto;

export const OfferConsumedV1 = defineContract({
  topic: Topics.offer,
  type: 'OfferConsumed',
  version: 1,
  dto: OfferConsumedV1Dto,
});
