import { IsEmail, IsIn, IsUUID } from 'class-validator';
import { defineContract } from '../contract';
import { Topics } from '../topics';
import { IsText, NestedObject, Optional, Satisfies } from '../validation/decorators';
import { PROVINCES, type Province } from '../validation/formats';

/** Only what changed, with its new value. BN and names are locked after enrolment, so they never appear. */
export class EmployerDetailsChangesV1Dto {
  @Optional()
  @IsIn(PROVINCES)
  province?: Province;

  @Optional()
  @IsText(30)
  phone?: string;

  @Optional()
  @IsEmail()
  email?: string;

  @Optional()
  @IsText()
  primaryContactName?: string;
}

export class EmployerDetailsUpdatedV1Dto {
  @IsUUID()
  employerId!: string;

  @Satisfies<EmployerDetailsUpdatedV1Dto>(
    ({ changes }) => changes instanceof Object && Object.values(changes).some((value) => value !== undefined),
    '$property must name at least one changed field',
  )
  @NestedObject(() => EmployerDetailsChangesV1Dto)
  changes!: EmployerDetailsChangesV1Dto;
}

export type EmployerDetailsUpdatedV1Data = EmployerDetailsUpdatedV1Dto;

export const EmployerDetailsUpdatedV1 = defineContract({
  topic: Topics.employer,
  type: 'EmployerDetailsUpdated',
  version: 1,
  dto: EmployerDetailsUpdatedV1Dto,
});
