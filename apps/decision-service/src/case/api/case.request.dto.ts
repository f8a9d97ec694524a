import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
import { type CaseStatus, PORT_OF_ENTRY_OUTCOMES, REFUSAL_RULE_NAMES } from '../domain';

// Shapes and types are checked here; formats (dates, codes) and rules (assignment, checks, R52) are the domain's.

export const CASE_STATUSES = [
  'OPEN',
  'INFORMATION_REQUESTED',
  'APPROVED',
  'REFUSED',
  'WITHDRAWN',
] as const satisfies readonly CaseStatus[];

export class ListCasesQueryDto {
  @ApiPropertyOptional({ enum: CASE_STATUSES }) @IsOptional() @IsIn(CASE_STATUSES) status?: CaseStatus;
}

export class AssignCaseRequestDto {
  @ApiPropertyOptional({ description: 'The officer to give the case to; the acting officer when absent' })
  @IsOptional()
  @IsString()
  officerId?: string;
}

export class RequestedItemDto {
  @ApiProperty({ example: 'EMPLOYMENT_CONTRACT' }) @IsString() kind!: string;
  @ApiProperty({ example: 'The signed employment contract' }) @IsString() description!: string;
}

export class RequestInformationRequestDto {
  @ApiProperty({ type: [RequestedItemDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => RequestedItemDto)
  items!: RequestedItemDto[];
  @ApiProperty({ example: '2026-03-14' }) @IsString() dueDate!: string;
}

export class ApproveApplicationRequestDto {
  @ApiProperty({ example: '2026-04-01' }) @IsString() validFrom!: string;
  @ApiProperty({ example: '2028-03-31', description: 'Never past the passport expiry (R52)' })
  @IsString()
  validUntil!: string;
  @ApiPropertyOptional({ example: 'Toronto, ON', description: 'A location condition, only when stated' })
  @IsOptional()
  @IsString()
  location?: string;
}

export class RefusalReasonDto {
  @ApiProperty({ enum: REFUSAL_RULE_NAMES, example: 'R200(3)(f.1)' }) @IsString() rule!: string;
  @ApiProperty() @IsString() text!: string;
}

export class RefuseApplicationRequestDto {
  @ApiProperty({ type: [RefusalReasonDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => RefusalReasonDto)
  reasons!: RefusalReasonDto[];
}

export class RecordPortOfEntryOutcomeRequestDto {
  @ApiProperty({ enum: PORT_OF_ENTRY_OUTCOMES }) @IsString() outcome!: string;
}
