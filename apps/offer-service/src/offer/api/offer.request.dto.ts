import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { EXEMPTION_CODES, type OfferStatus, PROVINCES, WAGE_UNITS } from '../domain';

// Shapes and types are checked here; formats (NOC, dates, codes) and rules are the domain's. The lengths match
// the imp.offer.v1 contracts, so an accepted offer can always be published.

export const OFFER_STATUSES = [
  'DRAFT',
  'FEE_PAID',
  'FEE_EXEMPT',
  'SUBMITTED',
  'WITHDRAWN',
  'CONSUMED',
] as const satisfies readonly OfferStatus[];

export class WageDto {
  @ApiProperty({ example: 52.5 }) @IsNumber() amount!: number;
  @ApiProperty({ example: 'CAD' }) @IsString() currency!: string;
  @ApiProperty({ enum: WAGE_UNITS }) @IsString() unit!: string;
}

export class WorkLocationDto {
  @ApiProperty({ example: 'Ottawa' }) @IsString() @IsNotEmpty() @MaxLength(100) city!: string;
  @ApiProperty({ enum: PROVINCES }) @IsString() province!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) address?: string;
}

export class JobRequirementsDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) experience?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) education?: string;
  @ApiPropertyOptional({ example: ['English'] }) @IsOptional() @IsString({ each: true }) languages?: string[];
}

export class JobDto {
  @ApiProperty({ example: 'Robotics engineer' }) @IsString() @MaxLength(200) title!: string;
  @ApiProperty({ example: '21301', description: 'NOC 2021, 5 digits' }) @IsString() nocCode!: string;
  @ApiProperty() @IsString() @MaxLength(4000) duties!: string;
  @ApiProperty({ example: 37.5 }) @IsNumber() hoursPerWeek!: number;
  @ApiProperty() @IsObject() @ValidateNested() @Type(() => WageDto) wage!: WageDto;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) benefits?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => JobRequirementsDto)
  requirements?: JobRequirementsDto;
  @ApiProperty({ type: [WorkLocationDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => WorkLocationDto)
  workLocations!: WorkLocationDto[];
  @ApiProperty({ example: '2026-04-01' }) @IsString() startDate!: string;
  @ApiProperty({ example: 24 }) @IsInt() durationMonths!: number;
}

/** The foreign national exactly as on the passport. */
export class CandidateDto {
  @ApiProperty({ example: 'Okafor' }) @IsString() @IsNotEmpty() @MaxLength(100) familyName!: string;
  @ApiProperty({ example: 'Chiamaka Ada', description: 'Empty when the passport shows a single name' })
  @IsString()
  @MaxLength(100)
  givenNames!: string;
  @ApiProperty({ example: '1990-07-14' }) @IsString() dateOfBirth!: string;
  @ApiProperty({ example: 'NGA', description: 'ISO 3166-1 alpha-3' }) @IsString() countryOfBirth!: string;
  @ApiProperty({ example: 'NGA', description: 'ISO 3166-1 alpha-3' }) @IsString() citizenship!: string;
  @ApiProperty({ example: 'A01234567' }) @IsString() passportNumber!: string;
  @ApiProperty({ example: '2031-05-30' }) @IsString() passportExpiry!: string;
}

export class DraftOfferRequestDto {
  @ApiProperty() @IsUUID() employerId!: string;
  @ApiProperty({ enum: EXEMPTION_CODES.map((entry) => entry.code), example: 'C10' })
  @IsString()
  exemptionCode!: string;
  @ApiProperty() @IsObject() @ValidateNested() @Type(() => JobDto) job!: JobDto;
  @ApiProperty() @IsObject() @ValidateNested() @Type(() => CandidateDto) candidate!: CandidateDto;
}

export class JobChangesDto extends PartialType(JobDto) {}
export class CandidateChangesDto extends PartialType(CandidateDto) {}

/** Only what changes; null clears an optional field. */
export class UpdateOfferDraftRequestDto {
  @ApiPropertyOptional() @IsOptional() @IsString() exemptionCode?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => JobChangesDto)
  job?: JobChangesDto;
  @ApiPropertyOptional()
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CandidateChangesDto)
  candidate?: CandidateChangesDto;
  @ApiPropertyOptional({ description: 'The revision you last read: a stale one is refused (409)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedRevision?: number;
}

export class PayComplianceFeeRequestDto {
  @ApiProperty({ example: 230 }) @IsNumber() amount!: number;
  @ApiProperty({ example: 'CAD' }) @IsString() currency!: string;
  @ApiProperty({ example: 'PAY-7781' }) @IsString() @IsNotEmpty() @MaxLength(100) paymentReference!: string;
}

export class ClaimFeeExemptionRequestDto {
  @ApiProperty({ example: 'Exempt under R315.1(3)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class WithdrawOfferRequestDto {
  @ApiProperty({ example: 'Candidate declined the offer' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class ListOffersQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() employerId?: string;
  @ApiPropertyOptional({ enum: OFFER_STATUSES }) @IsOptional() @IsIn(OFFER_STATUSES) status?: OfferStatus;
  @ApiPropertyOptional({ example: 'C10' }) @IsOptional() @IsString() exemptionCode?: string;
}
