import { IsUUID } from 'class-validator';
import { defineContract } from '../contract';
import { Topics } from '../topics';
import { IsText, IsTimestamp, MatchesPattern, Nullable } from '../validation/decorators';
import { OFFER_NUMBER } from '../validation/formats';

export class OfferWithdrawnV1Dto {
  @IsUUID()
  offerId!: string;

  /** Null when a draft is withdrawn before submission gave it a number. */
  @Nullable()
  @MatchesPattern(OFFER_NUMBER)
  offerNumber!: string | null;

  @IsText(500)
  reason!: string;

  @IsTimestamp()
  withdrawnAt!: string;
}

export type OfferWithdrawnV1Data = OfferWithdrawnV1Dto;

export const OfferWithdrawnV1 = defineContract({
  topic: Topics.offer,
  type: 'OfferWithdrawn',
  version: 1,
  dto: OfferWithdrawnV1Dto,
});
