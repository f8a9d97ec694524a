import { IsBoolean, IsIn, IsUUID } from 'class-validator';
import { defineContract } from '../contract';
import { Topics } from '../topics';
import { IsDateOnly, IsText, Nullable, Satisfies } from '../validation/decorators';

export const INELIGIBILITY_REASONS = ['BAN', 'UNPAID_PENALTY'] as const;
export type IneligibilityReason = (typeof INELIGIBILITY_REASONS)[number];

/**
 * A ban runs until a date or is permanent; an unpaid penalty (AMP) lasts until it is paid, so it may have no
 * date and ends with EmployerReinstated.
 */
export class EmployerDeclaredIneligibleV1Dto {
  @IsUUID()
  employerId!: string;

  @Satisfies<EmployerDeclaredIneligibleV1Dto>(
    ({ reason, permanent, until }) => reason !== 'BAN' || permanent === true || until !== null,
    '$property BAN needs an until date unless permanent',
  )
  @IsIn(INELIGIBILITY_REASONS)
  reason!: IneligibilityReason;

  /** The ban or penalty decision this rests on, for auditors. */
  @IsText()
  reference!: string;

  @IsDateOnly()
  effectiveFrom!: string;

  @Nullable()
  @Satisfies<EmployerDeclaredIneligibleV1Dto>(
    ({ until, effectiveFrom }) => until !== null && until > effectiveFrom,
    '$property must be after effectiveFrom',
  )
  @IsDateOnly()
  until!: string | null;

  @Satisfies<EmployerDeclaredIneligibleV1Dto>(
    ({ permanent, reason, until }) => !permanent || (reason === 'BAN' && until === null),
    '$property is only allowed for a BAN with no until date',
  )
  @IsBoolean()
  permanent!: boolean;
}

export type EmployerDeclaredIneligibleV1Data = EmployerDeclaredIneligibleV1Dto;

export const EmployerDeclaredIneligibleV1 = defineContract({
  topic: Topics.employer,
  type: 'EmployerDeclaredIneligible',
  version: 1,
  dto: EmployerDeclaredIneligibleV1Dto,
});
