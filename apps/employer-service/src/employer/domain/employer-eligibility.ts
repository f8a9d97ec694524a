import type { EmployerState } from './employer.state';
import { calendarDayOf } from '@imp/domain-kernel';
import { isInForceOn } from './ineligibility';

/**
 * Whether the employer could offer employment on a day (a date, or a timestamp read as its UTC day). A
 * time-limited ban stops counting on its `until` day without a reinstatement, and a past day is judged by the
 * record as it stood then, which is what the R200(3)(f.1) check at decision time needs.
 */
export function isEligibleAt(state: EmployerState, dateOrTimestamp: string): boolean {
  if (state.status === 'NOT_ENROLLED') return false;
  const day = calendarDayOf(dateOrTimestamp);
  return !state.ineligibilities.some((ineligibility) => isInForceOn(ineligibility, day));
}
