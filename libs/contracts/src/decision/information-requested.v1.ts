import { IsUUID } from 'class-validator';
import { defineContract } from '../contract';
import { Topics } from '../topics';
import { IsDateOnly, IsText, MatchesPattern, NestedArray } from '../validation/decorators';
import { APPLICATION_NUMBER, UPPER_SNAKE_CODE } from '../validation/formats';

export class RequestedItemV1Dto {
  /** The document kind the applicant answers with, e.g. EMPLOYMENT_CONTRACT. */
  @MatchesPattern(UPPER_SNAKE_CODE)
  kind!: string;

  @IsText(1000)
  description!: string;
}

export class InformationRequestedV1Dto {
  @IsUUID()
  caseId!: string;

  /** Quoted back by ApplicationDocumentsAdded.informationRequestId. */
  @IsUUID()
  requestId!: string;

  @MatchesPattern(APPLICATION_NUMBER)
  applicationNumber!: string;

  @NestedArray(() => RequestedItemV1Dto)
  items!: RequestedItemV1Dto[];

  @IsDateOnly()
  dueDate!: string;
}

export type InformationRequestedV1Data = InformationRequestedV1Dto;

export const InformationRequestedV1 = defineContract({
  topic: Topics.decision,
  type: 'InformationRequested',
  version: 1,
  dto: InformationRequestedV1Dto,
});
