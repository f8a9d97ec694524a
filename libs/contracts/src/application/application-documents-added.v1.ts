import { IsUUID } from 'class-validator';
import { defineContract } from '../contract';
import { Topics } from '../topics';
import { IsText, IsTimestamp, MatchesPattern, NestedArray, Optional } from '../validation/decorators';
import { APPLICATION_NUMBER, UPPER_SNAKE_CODE } from '../validation/formats';

/** A reference to the stored file, never its content: messages stay small and free of document bodies. */
export class ApplicationDocumentV1Dto {
  @IsUUID()
  documentId!: string;

  /** e.g. PASSPORT_COPY, EMPLOYMENT_CONTRACT; matches an InformationRequested item's kind. */
  @MatchesPattern(UPPER_SNAKE_CODE)
  kind!: string;

  @IsText(255)
  fileName!: string;
}

export class ApplicationDocumentsAddedV1Dto {
  @IsUUID()
  applicationId!: string;

  @MatchesPattern(APPLICATION_NUMBER)
  applicationNumber!: string;

  @NestedArray(() => ApplicationDocumentV1Dto)
  documents!: ApplicationDocumentV1Dto[];

  /** Set when the documents answer an officer's InformationRequested. */
  @Optional()
  @IsUUID()
  informationRequestId?: string;

  @IsTimestamp()
  addedAt!: string;
}

export type ApplicationDocumentsAddedV1Data = ApplicationDocumentsAddedV1Dto;

export const ApplicationDocumentsAddedV1 = defineContract({
  topic: Topics.application,
  type: 'ApplicationDocumentsAdded',
  version: 1,
  dto: ApplicationDocumentsAddedV1Dto,
});
