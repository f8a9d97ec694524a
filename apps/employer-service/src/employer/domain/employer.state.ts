import type { EmployerProfile } from './employer-profile';
import type { EmployerEvent } from './employer.events';
import { isPermanentBan, type Ineligibility } from './ineligibility';

export interface NotEnrolled {
  status: 'NOT_ENROLLED';
}

/**
 * INELIGIBLE means a declaration is on the record and not lifted. Whether it counts on a given day (it may not
 * have started, or a ban may have run out) is `isEligibleAt`'s question: evolve has no clock.
 */
export interface EnrolledEmployer {
  status: 'ACTIVE' | 'INELIGIBLE' | 'PERMANENTLY_BANNED';
  profile: EmployerProfile;
  /** Every declaration ever made, lifted ones included, so eligibility on a past day can still be answered. */
  ineligibilities: Ineligibility[];
}

export type EmployerState = NotEnrolled | EnrolledEmployer;
export type EmployerStatus = EmployerState['status'];

export const initialEmployerState: EmployerState = { status: 'NOT_ENROLLED' };

export function evolveEmployer(state: EmployerState, event: EmployerEvent): EmployerState {
  if (event.type === 'EmployerEnrolled')
    return { status: 'ACTIVE', profile: event.data, ineligibilities: [] };
  if (state.status === 'NOT_ENROLLED') return state;
  switch (event.type) {
    case 'EmployerDetailsUpdated':
      return { ...state, profile: { ...state.profile, ...event.data.changes } };
    case 'EmployerDeclaredIneligible':
      return withIneligibilities(state, [...state.ineligibilities, event.data.ineligibility]);
    case 'EmployerReinstated': {
      const { reinstatedAt } = event.data;
      return withIneligibilities(
        state,
        state.ineligibilities.map((ineligibility) =>
          ineligibility.liftedAt === undefined ? { ...ineligibility, liftedAt: reinstatedAt } : ineligibility,
        ),
      );
    }
  }
}

function withIneligibilities(state: EnrolledEmployer, ineligibilities: Ineligibility[]): EnrolledEmployer {
  const onRecord = ineligibilities.filter((ineligibility) => ineligibility.liftedAt === undefined);
  const status = onRecord.some(isPermanentBan)
    ? 'PERMANENTLY_BANNED'
    : onRecord.length > 0
      ? 'INELIGIBLE'
      : 'ACTIVE';
  return { ...state, status, ineligibilities };
}
