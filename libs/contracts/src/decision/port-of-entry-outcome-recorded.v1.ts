import { IsIn, IsUUID } from 'class-validator';
import { defineContract } from '../contract';
import { Topics } from '../topics';
import { IsTimestamp, MatchesPattern } from '../validation/decorators';
import { APPLICATION_NUMBER } from '../validation/formats';

export const PORT_OF_ENTRY_OUTCOMES = ['PERMIT_ISSUED', 'ENTRY_REFUSED'] as const;
export type PortOfEntryOutcome = (typeof PORT_OF_ENTRY_OUTCOMES)[number];

/** What CBSA did with a letter of introduction at the border. */
export class PortOfEntryOutcomeRecordedV1Dto {
  @IsUUID()
  caseId!: string;

  @MatchesPattern(APPLICATION_NUMBER)
  applicationNumber!: string;

  @IsIn(PORT_OF_ENTRY_OUTCOMES)
  outcome!: PortOfEntryOutcome;

  @IsTimestamp()
  recordedAt!: string;
}

export type PortOfEntryOutcomeRecordedV1Data = PortOfEntryOutcomeRecordedV1Dto;

export const PortOfEntryOutcomeRecordedV1 = defineContract({
  topic: Topics.decision,
  type: 'PortOfEntryOutcomeRecorded',
  version: 1,
  dto: PortOfEntryOutcomeRecordedV1Dto,
});
