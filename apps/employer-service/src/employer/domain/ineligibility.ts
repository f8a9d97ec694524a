import {
  addYears,
  calendarDayOf,
  isoDate,
  fields,
  invalid,
  map,
  optionalTextOfAnyLength,
  requiredTextOfAnyLength,
  valid,
  type Validated,
} from '@imp/domain-kernel';

export const INELIGIBILITY_REASONS = ['BAN', 'UNPAID_PENALTY'] as const;
export type IneligibilityReason = (typeof INELIGIBILITY_REASONS)[number];

/** The ban lengths the regulations allow (domain.md §5 rule 9). */
export const BAN_YEARS = [1, 2, 5, 10] as const;
export type BanYears = (typeof BAN_YEARS)[number];
export type BanDuration = 'PERMANENT' | { years: BanYears };

interface Declared {
  /** The ban decision or penalty (AMP) it rests on; one reference is declared once. */
  reference: string;
  /** First day of ineligibility. */
  effectiveFrom: string;
  notes?: string;
}

/** `until` is the first day the employer is eligible again: effectiveFrom plus the years. */
export type TimeLimitedBan = Declared & { reason: 'BAN'; duration: { years: BanYears }; until: string };
export type PermanentBan = Declared & { reason: 'BAN'; duration: 'PERMANENT' };
/** Lasts until the penalty is paid, which an officer records by reinstating the employer. */
export type UnpaidPenalty = Declared & { reason: 'UNPAID_PENALTY' };

export type IneligibilityDeclaration = TimeLimitedBan | PermanentBan | UnpaidPenalty;

/** A declaration on the employer's record; `liftedAt` is set by a reinstatement. */
export type Ineligibility = IneligibilityDeclaration & { liftedAt?: string };

export const isPermanentBan = (ineligibility: IneligibilityDeclaration): ineligibility is PermanentBan =>
  ineligibility.reason === 'BAN' && ineligibility.duration === 'PERMANENT';

export function isInForceOn(ineligibility: Ineligibility, day: string): boolean {
  if (day < ineligibility.effectiveFrom) return false;
  if ('until' in ineligibility && day >= ineligibility.until) return false;
  return ineligibility.liftedAt === undefined || day < calendarDayOf(ineligibility.liftedAt);
}

function banDuration(input: unknown): Validated<BanDuration> {
  if (input === 'PERMANENT') return valid(input);
  const years = (input as { years?: unknown } | null | undefined)?.years;
  return (BAN_YEARS as readonly unknown[]).includes(years)
    ? valid({ years: years as BanYears })
    : invalid(`must be PERMANENT or { years: ${BAN_YEARS.join(' | ')} }`);
}

type DeclarationInput = Partial<
  Record<'reason' | 'duration' | 'reference' | 'effectiveFrom' | 'notes', unknown>
>;

export function ineligibilityDeclaration(input: DeclarationInput): Validated<IneligibilityDeclaration> {
  const declared = {
    reference: requiredTextOfAnyLength(input.reference),
    effectiveFrom: isoDate(input.effectiveFrom),
    notes: optionalTextOfAnyLength(input.notes),
  };
  if (input.reason === 'BAN') {
    return map(fields({ ...declared, duration: banDuration(input.duration) }), (ban) =>
      ban.duration === 'PERMANENT'
        ? { reason: 'BAN', ...ban, duration: ban.duration }
        : {
            reason: 'BAN',
            ...ban,
            duration: ban.duration,
            until: addYears(ban.effectiveFrom, ban.duration.years),
          },
    );
  }
  return fields({
    reason:
      input.reason === 'UNPAID_PENALTY'
        ? valid('UNPAID_PENALTY' as const)
        : invalid(`must be one of ${INELIGIBILITY_REASONS.join(', ')}`),
    ...declared,
    duration: input.duration === undefined ? valid(undefined) : invalid('applies only to a ban'),
  });
}
