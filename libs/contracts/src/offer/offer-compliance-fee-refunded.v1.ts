import { IsIn, IsPositive, IsUUID } from 'class-validator';
import { defineContract } from '../contract';
import { Topics } from '../topics';
import { IsMoneyAmount, MatchesPattern } from '../validation/decorators';
import { CURRENCIES, OFFER_NUMBER, type Currency } from '../validation/formats';

export class OfferComplianceFeeRefundedV1Dto {
  @IsUUID()
  offerId!: string;

  @MatchesPattern(OFFER_NUMBER)
  offerNumber!: string;

  @IsPositive()
  @IsMoneyAmount()
  amount!: number;

  @IsIn(CURRENCIES)
  currency!: Currency;
}

export type OfferComplianceFeeRefundedV1Data = OfferComplianceFeeRefundedV1Dto;

export const OfferComplianceFeeRefundedV1 = defineContract({
  topic: Topics.offer,
  type: 'OfferComplianceFeeRefunded',
  version: 1,
  dto: OfferComplianceFeeRefundedV1Dto,
});
