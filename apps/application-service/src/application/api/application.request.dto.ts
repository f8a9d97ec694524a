import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsNumber, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PLACES_OF_APPLICATION } from '../domain';

// Shapes and types are checked here; formats (passport, UCI, dates) and rules (fees, expiry) are the domain's.

export class ApplicantDto {
  @ApiProperty({ example: 'Sharma' }) @IsString() familyName!: string;
  @ApiProperty({ example: 'Priya', description: 'Empty when the passport shows a single name' })
  @IsString()
  givenNames!: string;
  @ApiProperty({ example: '1990-04-12' }) @IsString() dateOfBirth!: string;
  @ApiPropertyOptional({ example: 'IND' }) @IsOptional() @IsString() countryOfBirth?: string;
  @ApiProperty({ example: 'IND', description: 'ISO 3166-1 alpha-3' }) @IsString() citizenship!: string;
  @ApiProperty({ example: 'Z1234567' }) @IsString() passportNumber!: string;
  @ApiProperty({ example: '2030-06-30' }) @IsString() passportExpiry!: string;
  @ApiPropertyOptional({ example: '1234-5678', description: 'Absent on a first application' })
  @IsOptional()
  @IsString()
  uci?: string;
}

export class ApplicationFeesDto {
  @ApiProperty({ example: 155 }) @IsNumber() workPermit!: number;
  @ApiProperty({ example: 85, description: '0 when biometrics are still valid' })
  @IsNumber()
  biometrics!: number;
  @ApiProperty({ example: 'CAD' }) @IsString() currency!: string;
}

export class SubmitApplicationRequestDto {
  @ApiProperty({ example: 'A1234567', description: 'The offer of employment number the employer gave' })
  @IsString()
  offerNumber!: string;
  @ApiProperty() @ValidateNested() @Type(() => ApplicantDto) applicant!: ApplicantDto;
  @ApiProperty({ enum: PLACES_OF_APPLICATION }) @IsIn(PLACES_OF_APPLICATION) placeOfApplication!: string;
  @ApiProperty() @ValidateNested() @Type(() => ApplicationFeesDto) fees!: ApplicationFeesDto;
}

export class ApplicationDocumentDto {
  @ApiProperty({ description: 'The stored file: its content never travels here' })
  @IsString()
  documentId!: string;
  @ApiProperty({ example: 'EMPLOYMENT_CONTRACT' }) @IsString() kind!: string;
  @ApiProperty({ example: 'contract-signed.pdf' }) @IsString() fileName!: string;
}

export class AddDocumentsRequestDto {
  @ApiProperty({ type: [ApplicationDocumentDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ApplicationDocumentDto)
  documents!: ApplicationDocumentDto[];
  @ApiPropertyOptional({ description: "The officer's information request these documents answer" })
  @IsOptional()
  @IsString()
  informationRequestId?: string;
}

export class WithdrawApplicationRequestDto {
  @ApiPropertyOptional({ example: 'Accepted another job' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
