import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

// Shapes and types are checked here; formats (BN, postal code, phone) and rules are the domain's.

export class AddressDto {
  @ApiProperty({ example: '100 Queen St' }) @IsString() @IsNotEmpty() @MaxLength(200) line1!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) line2?: string;
  @ApiProperty({ example: 'Ottawa' }) @IsString() @IsNotEmpty() @MaxLength(100) city!: string;
  @ApiProperty({ example: 'ON' }) @IsString() @IsNotEmpty() province!: string;
  @ApiProperty({ example: 'K1A 0A1' }) @IsString() @IsNotEmpty() postalCode!: string;
}

export class ContactDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) name!: string;
  @ApiProperty() @IsString() @IsNotEmpty() email!: string;
  @ApiProperty() @IsString() @IsNotEmpty() phone!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) title?: string;
}

export class EnrolEmployerRequestDto {
  @ApiProperty({ example: '123456789', description: 'CRA business number, 9 digits' })
  @IsString()
  businessNumber!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) legalName!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) operatingName!: string;
  @ApiProperty({ example: 'CORPORATION' }) @IsString() businessType!: string;
  @ApiProperty() @ValidateNested() @Type(() => AddressDto) physicalAddress!: AddressDto;
  @ApiProperty() @ValidateNested() @Type(() => AddressDto) mailingAddress!: AddressDto;
  @ApiProperty({ example: '+16135550100' }) @IsString() phone!: string;
  @ApiProperty() @IsString() email!: string;
  @ApiProperty() @ValidateNested() @Type(() => ContactDto) primaryContact!: ContactDto;
}

/** Contact and addresses may change; sending a locked field with a new value is refused (422). */
export class UpdateEmployerRequestDto {
  @ApiPropertyOptional() @IsOptional() @ValidateNested() @Type(() => AddressDto) physicalAddress?: AddressDto;
  @ApiPropertyOptional() @IsOptional() @ValidateNested() @Type(() => AddressDto) mailingAddress?: AddressDto;
  @ApiPropertyOptional() @IsOptional() @IsString() phone?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() email?: string;
  @ApiPropertyOptional() @IsOptional() @ValidateNested() @Type(() => ContactDto) primaryContact?: ContactDto;
  @ApiPropertyOptional() @IsOptional() @IsString() businessNumber?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() legalName?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() operatingName?: string;
  @ApiPropertyOptional({ description: 'The revision you last read: a stale one is refused (409)' })
  @IsOptional()
  @IsInt()
  expectedRevision?: number;
}

export class BanDurationDto {
  @ApiProperty({ enum: [1, 2, 5, 10] }) @IsIn([1, 2, 5, 10]) years!: number;
}

export class DeclareIneligibilityRequestDto {
  @ApiProperty({ enum: ['BAN', 'UNPAID_PENALTY'] }) @IsIn(['BAN', 'UNPAID_PENALTY']) reason!: string;
  @ApiPropertyOptional({ description: "Bans only: 'PERMANENT' or { years: 1 | 2 | 5 | 10 }" })
  @IsOptional()
  duration?: 'PERMANENT' | BanDurationDto;
  @ApiProperty({ example: 'BAN-2026-0042' }) @IsString() @IsNotEmpty() reference!: string;
  @ApiProperty({ example: '2026-11-26' }) @IsString() effectiveFrom!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) notes?: string;
}

export class ReinstateEmployerRequestDto {
  @ApiProperty({ example: 'Penalty paid' }) @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}
