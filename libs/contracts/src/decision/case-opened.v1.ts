import { IsUUID } from 'class-validator';
import { defineContract } from '../contract';
import { Topics } from '../topics';
import { MatchesPattern } from '../validation/decorators';
import { APPLICATION_NUMBER, OFFER_NUMBER } from '../validation/formats';

export class CaseOpenedV1Dto {
  @IsUUID()
  caseId!: string;

  @IsUUID()
  applicationId!: string;

  @MatchesPattern(APPLICATION_NUMBER)
  applicationNumber!: string;

  /** As quoted by the applicant: the offer may not be known yet. */
  @MatchesPattern(OFFER_NUMBER)
  offerNumber!: string;
}

export type CaseOpenedV1Data = CaseOpenedV1Dto;

export const CaseOpenedV1 = defineContract({
  topic: Topics.decision,
  type: 'CaseOpened',
  version: 1,
  dto: CaseOpenedV1Dto,
});
