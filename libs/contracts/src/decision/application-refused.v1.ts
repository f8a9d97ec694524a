import { IsUUID } from 'class-validator';
import { defineContract } from '../contract';
import { Topics } from '../topics';
import { IsText, IsTimestamp, MatchesPattern, NestedArray, Nullable } from '../validation/decorators';
import { APPLICATION_NUMBER, LEGAL_PROVISION, OFFER_NUMBER } from '../validation/formats';

export class RefusalReasonV1Dto {
  /** The provision relied on, e.g. R200(3)(f.1) when no valid offer or fee preceded the application. */
  @MatchesPattern(LEGAL_PROVISION)
  rule!: string;

  @IsText(2000)
  text!: string;
}

export class ApplicationRefusedV1Dto {
  @IsUUID()
  caseId!: string;

  @MatchesPattern(APPLICATION_NUMBER)
  applicationNumber!: string;

  /** Null when no submitted offer matched the number quoted, so none is consumed or refunded. */
  @Nullable()
  @MatchesPattern(OFFER_NUMBER)
  offerNumber!: string | null;

  @NestedArray(() => RefusalReasonV1Dto)
  reasons!: RefusalReasonV1Dto[];

  /** The deciding officer. */
  @IsText()
  refusedBy!: string;

  @IsTimestamp()
  refusedAt!: string;
}

export type ApplicationRefusedV1Data = ApplicationRefusedV1Dto;

export const ApplicationRefusedV1 = defineContract({
  topic: Topics.decision,
  type: 'ApplicationRefused',
  version: 1,
  dto: ApplicationRefusedV1Dto,
});
