import { IsBoolean, IsIn, IsUUID } from 'class-validator';
import { defineContract } from '../contract';
import { PassportHolderV1Dto } from '../shared/passport-holder.v1';
import { Topics } from '../topics';
import {
  IsText,
  IsTimestamp,
  MatchesPattern,
  NestedArray,
  NestedObject,
  Nullable,
  Satisfies,
} from '../validation/decorators';
import { EXEMPTION_CODE, NOC_CODE, OFFER_NUMBER, PROVINCES, type Province } from '../validation/formats';

export class WorkLocationV1Dto {
  @IsText(100)
  city!: string;

  @IsIn(PROVINCES)
  province!: Province;
}

export class OfferJobV1Dto {
  @IsText()
  title!: string;

  @MatchesPattern(NOC_CODE)
  nocCode!: string;

  @NestedArray(() => WorkLocationV1Dto)
  workLocations!: WorkLocationV1Dto[];
}

export class OfferSubmittedV1Dto {
  @IsUUID()
  offerId!: string;

  @IsUUID()
  employerId!: string;

  @MatchesPattern(OFFER_NUMBER)
  offerNumber!: string;

  @MatchesPattern(EXEMPTION_CODE)
  exemptionCode!: string;

  @IsTimestamp()
  submittedAt!: string;

  @Nullable()
  @IsTimestamp()
  feePaidAt!: string | null;

  @Satisfies<OfferSubmittedV1Dto>(
    ({ feeExempt, feePaidAt }) => feeExempt === (feePaidAt === null),
    '$property must be true exactly when feePaidAt is null',
  )
  @IsBoolean()
  feeExempt!: boolean;

  @NestedObject(() => PassportHolderV1Dto)
  candidate!: PassportHolderV1Dto;

  @NestedObject(() => OfferJobV1Dto)
  job!: OfferJobV1Dto;
}

export type OfferSubmittedV1Data = OfferSubmittedV1Dto;

export const OfferSubmittedV1 = defineContract({
  topic: Topics.offer,
  type: 'OfferSubmitted',
  version: 1,
  dto: OfferSubmittedV1Dto,
});
