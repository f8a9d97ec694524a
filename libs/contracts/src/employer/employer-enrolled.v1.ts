import { IsIn, IsUUID } from 'class-validator';
import { defineContract } from '../contract';
import { Topics } from '../topics';
import { IsText, MatchesPattern, Optional } from '../validation/decorators';
import { BUSINESS_NUMBER, PROVINCES, type Province } from '../validation/formats';

export class EmployerEnrolledV1Dto {
  @IsUUID()
  employerId!: string;

  @MatchesPattern(BUSINESS_NUMBER)
  businessNumber!: string;

  @IsText()
  legalName!: string;

  @IsText()
  operatingName!: string;

  @Optional()
  @IsIn(PROVINCES)
  province?: Province;
}

export type EmployerEnrolledV1Data = EmployerEnrolledV1Dto;

export const EmployerEnrolledV1 = defineContract({
  topic: Topics.employer,
  type: 'EmployerEnrolled',
  version: 1,
  dto: EmployerEnrolledV1Dto,
});
