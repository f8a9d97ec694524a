import { IsIn, IsUUID } from 'class-validator';
import { defineContract } from '../contract';
import { PassportHolderV1Dto } from '../shared/passport-holder.v1';
import { Topics } from '../topics';
import {
  IsDateOnly,
  IsMoneyAmount,
  IsTimestamp,
  MatchesPattern,
  NestedObject,
  Optional,
} from '../validation/decorators';
import { APPLICATION_NUMBER, CURRENCIES, OFFER_NUMBER, UCI, type Currency } from '../validation/formats';

export const PLACES_OF_APPLICATION = ['OUTSIDE_CANADA', 'INSIDE_CANADA', 'PORT_OF_ENTRY'] as const;
export type PlaceOfApplication = (typeof PLACES_OF_APPLICATION)[number];

export class ApplicantV1Dto extends PassportHolderV1Dto {
  /** The permit's validity may never pass it (R52). */
  @IsDateOnly()
  passportExpiry!: string;

  /** Absent on a first application to IRCC. */
  @Optional()
  @MatchesPattern(UCI)
  uci?: string;
}

export class ApplicationFeesV1Dto {
  /** R299: 155. */
  @IsMoneyAmount()
  workPermit!: number;

  /** 85 per person; 0 when biometrics are still valid from an earlier application. */
  @IsMoneyAmount()
  biometrics!: number;

  @IsIn(CURRENCIES)
  currency!: Currency;
}

/**
 * Received even when the quoted offer is unknown or late: judging that is the decision service's job, so the
 * offer number is only checked for shape.
 */
export class ApplicationSubmittedV1Dto {
  @IsUUID()
  applicationId!: string;

  @MatchesPattern(APPLICATION_NUMBER)
  applicationNumber!: string;

  @MatchesPattern(OFFER_NUMBER)
  offerNumber!: string;

  /** Rule R200(3)(f.1) compares it with the offer's submission and fee payment. */
  @IsTimestamp()
  receivedAt!: string;

  @NestedObject(() => ApplicantV1Dto)
  applicant!: ApplicantV1Dto;

  @IsIn(PLACES_OF_APPLICATION)
  placeOfApplication!: PlaceOfApplication;

  @NestedObject(() => ApplicationFeesV1Dto)
  fees!: ApplicationFeesV1Dto;
}

export type ApplicationSubmittedV1Data = ApplicationSubmittedV1Dto;

export const ApplicationSubmittedV1 = defineContract({
  topic: Topics.application,
  type: 'ApplicationSubmitted',
  version: 1,
  dto: ApplicationSubmittedV1Dto,
});
