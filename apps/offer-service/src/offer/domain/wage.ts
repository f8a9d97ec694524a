import { invalid, object, oneOf, valid, type Validated } from '@imp/domain-kernel';

export const WAGE_UNITS = ['HOUR', 'WEEK', 'MONTH', 'YEAR'] as const;
export type WageUnit = (typeof WAGE_UNITS)[number];

export interface Wage {
  amount: number;
  currency: 'CAD';
  unit: WageUnit;
}

export function moneyAmount(input: unknown): Validated<number> {
  const isCents = typeof input === 'number' && Math.abs(input * 100 - Math.round(input * 100)) < 1e-6;
  return isCents && Number.isFinite(input) && input > 0
    ? valid(input)
    : invalid('must be a positive amount in dollars and cents');
}

/** Canadian jobs are paid in Canadian dollars; comparing wages across offers needs one currency. */
export function wage(input: unknown): Validated<Wage> {
  return object(input, (w) => ({
    amount: moneyAmount(w.amount),
    currency: w.currency === 'CAD' ? valid('CAD' as const) : invalid('must be CAD'),
    unit: oneOf(w.unit, WAGE_UNITS),
  }));
}
