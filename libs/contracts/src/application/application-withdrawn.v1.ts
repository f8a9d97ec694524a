import { IsUUID } from 'class-validator';
import { defineContract } from '../contract';
import { Topics } from '../topics';
import { IsText, IsTimestamp, MatchesPattern, Optional } from '../validation/decorators';
import { APPLICATION_NUMBER } from '../validation/formats';

export class ApplicationWithdrawnV1Dto {
  @IsUUID()
  applicationId!: string;

  @MatchesPattern(APPLICATION_NUMBER)
  applicationNumber!: string;

  /** Applicants may withdraw without saying why. */
  @Optional()
  @IsText(500)
  reason?: string;

  @IsTimestamp()
  withdrawnAt!: string;
}

export type ApplicationWithdrawnV1Data = ApplicationWithdrawnV1Dto;

export const ApplicationWithdrawnV1 = defineContract({
  topic: Topics.application,
  type: 'ApplicationWithdrawn',
  version: 1,
  dto: ApplicationWithdrawnV1Dto,
});
