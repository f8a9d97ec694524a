import { IsIn, IsUUID } from 'class-validator';
import { defineContract } from '../contract';
import { Topics } from '../topics';
import { MatchesPattern } from '../validation/decorators';
import { APPLICATION_NUMBER } from '../validation/formats';

/** Something changed under an open case that an officer must look at before deciding. */
export const CASE_FLAG_REASONS = ['OFFER_WITHDRAWN', 'EMPLOYER_DECLARED_INELIGIBLE'] as const;
export type CaseFlagReason = (typeof CASE_FLAG_REASONS)[number];

export class CaseFlaggedV1Dto {
  @IsUUID()
  caseId!: string;

  @MatchesPattern(APPLICATION_NUMBER)
  applicationNumber!: string;

  @IsIn(CASE_FLAG_REASONS)
  reason!: CaseFlagReason;
}

export type CaseFlaggedV1Data = CaseFlaggedV1Dto;

export const CaseFlaggedV1 = defineContract({
  topic: Topics.decision,
  type: 'CaseFlagged',
  version: 1,
  dto: CaseFlaggedV1Dto,
});
