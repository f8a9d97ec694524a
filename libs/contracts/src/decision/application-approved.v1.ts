import { IsIn, IsUUID } from 'class-validator';
import { defineContract } from '../contract';
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
import { APPLICATION_NUMBER, NOC_CODE, OFFER_NUMBER } from '../validation/formats';

/** Outside Canada the officer issues a letter of introduction; CBSA issues the permit at entry. */
export const APPROVAL_OUTCOMES = ['PORT_OF_ENTRY_LETTER', 'WORK_PERMIT'] as const;
export type ApprovalOutcome = (typeof APPROVAL_OUTCOMES)[number];

/** Employer and occupation always bind the worker; a location only when the officer states one. */
export class PermitConditionsV1Dto {
  /** The employer's legal name as it will appear on the permit. */
  @IsText()
  employer!: string;

  /** NOC 2021 code. */
  @MatchesPattern(NOC_CODE)
  occupation!: string;

  @Optional()
  @IsText()
  location?: string;
}

export class ApplicationApprovedV1Dto {
  @IsUUID()
  caseId!: string;

  @MatchesPattern(APPLICATION_NUMBER)
  applicationNumber!: string;

  @MatchesPattern(OFFER_NUMBER)
  offerNumber!: string;

  @IsIn(APPROVAL_OUTCOMES)
  outcome!: ApprovalOutcome;

  @IsDateOnly()
  validFrom!: string;

  @Satisfies<ApplicationApprovedV1Dto>(
    ({ validFrom, validUntil }) => validUntil >= validFrom,
    '$property must not be before validFrom',
  )
  @IsDateOnly()
  validUntil!: string;

  @NestedObject(() => PermitConditionsV1Dto)
  conditions!: PermitConditionsV1Dto;

  /** The deciding officer. */
  @IsText()
  approvedBy!: string;

  @IsTimestamp()
  approvedAt!: string;
}

export type ApplicationApprovedV1Data = ApplicationApprovedV1Dto;

export const ApplicationApprovedV1 = defineContract({
  topic: Topics.decision,
  type: 'ApplicationApproved',
  version: 1,
  dto: ApplicationApprovedV1Dto,
});
