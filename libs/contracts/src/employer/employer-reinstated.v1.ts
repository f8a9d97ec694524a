import { IsUUID } from 'class-validator';
import { defineContract } from '../contract';
import { Topics } from '../topics';
import { IsTimestamp } from '../validation/decorators';

export class EmployerReinstatedV1Dto {
  @IsUUID()
  employerId!: string;

  @IsTimestamp()
  reinstatedAt!: string;
}

export type EmployerReinstatedV1Data = EmployerReinstatedV1Dto;

export const EmployerReinstatedV1 = defineContract({
  topic: Topics.employer,
  type: 'EmployerReinstated',
  version: 1,
  dto: EmployerReinstatedV1Dto,
});
