import { IsIn, IsUUID } from 'class-validator';
import { defineContract } from '../contract';
import { PassportHolderV1Dto } from '../shared/passport-holder.v1';
import { Topics } from '../topics';
import {
  IsDateOnly,
  IsText,
  IsTimestamp,
  MatchesPattern,
  NestedObject,
  Optional,
  Satisfies,
} from '../validation/decorators';
import { EXEMPTION_CODE, OFFER_NUMBER } from '../validation/formats';
import { OfferJobV1Dto } from './offer-submitted.v1';

export const FEE_STATUSES = ['PAID', 'EXEMPT'] as const;
export type FeeStatus = (typeof FEE_STATUSES)[number];

/** The employer compliance fee (R303.1): paid at a recorded time, or exempt for a stated reason. */
export class ComplianceFeeV2Dto {
  @Satisfies<ComplianceFeeV2Dto>(
    ({ status, paidAt }) => (status === 'PAID') === (paidAt !== undefined),
    '$property must be PAID exactly when paidAt is given',
  )
  @IsIn(FEE_STATUSES)
  status!: FeeStatus;

  /** When the system recorded the payment: rule R200(3)(f.1) compares it with the application's receipt. */
  @Optional()
  @IsTimestamp()
  paidAt?: string;

  @Optional()
  @Satisfies<ComplianceFeeV2Dto>(
    ({ status }) => status === 'EXEMPT',
    '$property is only allowed when status is EXEMPT',
  )
  @IsText(500)
  exemptionReason?: string;
}

export class OfferCandidateV2Dto extends PassportHolderV1Dto {
  /** Lets the officer cap the permit's validity (R52) before the application arrives. */
  @Optional()
  @IsDateOnly()
  passportExpiry?: string;
}

export class OfferSubmittedV2Dto {
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

  @NestedObject(() => ComplianceFeeV2Dto)
  fee!: ComplianceFeeV2Dto;

  @NestedObject(() => OfferCandidateV2Dto)
  candidate!: OfferCandidateV2Dto;

  @NestedObject(() => OfferJobV1Dto)
  job!: OfferJobV1Dto;
}

export type OfferSubmittedV2Data = OfferSubmittedV2Dto;

export const OfferSubmittedV2 = defineContract({
  topic: Topics.offer,
  type: 'OfferSubmitted',
  version: 2,
  dto: OfferSubmittedV2Dto,
});
