import type { IntegrationEvent, IntegrationEventOf } from '@imp/contracts';
import type { EmployerStanding } from '../domain';

/** An ineligibility as imp.employer.v1 tells it; `liftedAt` is set by a later EmployerReinstated. */
export interface EmployerIneligibility {
  reason: 'BAN' | 'UNPAID_PENALTY';
  reference: string;
  /** First day of ineligibility. */
  effectiveFrom: string;
  /** First day the employer is eligible again; null for a permanent ban or an unpaid penalty. */
  until: string | null;
  permanent: boolean;
  liftedAt?: string;
}

/** The offer service's own view of an employer, kept from the employer service's events. */
export interface KnownEmployer {
  employerId: string;
  businessNumber: string;
  legalName: string;
  ineligibilities: EmployerIneligibility[];
}

export type EmployerEvent = IntegrationEventOf<
  'EmployerEnrolled' | 'EmployerDetailsUpdated' | 'EmployerDeclaredIneligible' | 'EmployerReinstated'
>;

export function isEmployerEvent(event: IntegrationEvent): event is EmployerEvent {
  return (
    event.type === 'EmployerEnrolled' ||
    event.type === 'EmployerDetailsUpdated' ||
    event.type === 'EmployerDeclaredIneligible' ||
    event.type === 'EmployerReinstated'
  );
}

export function evolveKnownEmployer(
  employer: KnownEmployer | undefined,
  event: EmployerEvent,
): KnownEmployer | undefined {
  if (event.type === 'EmployerEnrolled') {
    const { employerId, businessNumber, legalName } = event.data;
    return employer ?? { employerId, businessNumber, legalName, ineligibilities: [] };
  }
  if (!employer) return undefined;
  switch (event.type) {
    case 'EmployerDetailsUpdated':
      return employer;
    case 'EmployerDeclaredIneligible': {
      const { reason, reference, effectiveFrom, until, permanent } = event.data;
      const ineligibility = { reason, reference, effectiveFrom, until, permanent };
      return { ...employer, ineligibilities: [...employer.ineligibilities, ineligibility] };
    }
    case 'EmployerReinstated': {
      // As in the employer service: a reinstatement lifts everything still on the record.
      const { reinstatedAt } = event.data;
      const ineligibilities = employer.ineligibilities.map((ineligibility) =>
        ineligibility.liftedAt === undefined ? { ...ineligibility, liftedAt: reinstatedAt } : ineligibility,
      );
      return { ...employer, ineligibilities };
    }
  }
}

export function employerStatusOf(employer: KnownEmployer): 'ACTIVE' | 'INELIGIBLE' | 'PERMANENTLY_BANNED' {
  const onRecord = employer.ineligibilities.filter((ineligibility) => ineligibility.liftedAt === undefined);
  if (onRecord.some((ineligibility) => ineligibility.permanent)) return 'PERMANENTLY_BANNED';
  return onRecord.length > 0 ? 'INELIGIBLE' : 'ACTIVE';
}

const dayOf = (timestamp: string) => new Date(timestamp).toISOString().slice(0, 10);

/** Day by day, like the employer service: a ban stops counting on its `until` day, a lift on the day it happened. */
function isInForceOn(ineligibility: EmployerIneligibility, day: string): boolean {
  if (day < ineligibility.effectiveFrom) return false;
  if (ineligibility.until !== null && day >= ineligibility.until) return false;
  return ineligibility.liftedAt === undefined || day < dayOf(ineligibility.liftedAt);
}

function describe({ reason, reference, until, permanent }: EmployerIneligibility): string {
  if (reason === 'UNPAID_PENALTY') return `unpaid penalty ${reference}`;
  return permanent ? `permanently banned (${reference})` : `banned until ${until} (${reference})`;
}

/** What SubmitOffer needs to know about the employer at `now`. */
export function standingOn(employer: KnownEmployer | undefined, now: string): EmployerStanding {
  if (!employer) return { known: false, eligible: false };
  const inForce = employer.ineligibilities.filter((ineligibility) => isInForceOn(ineligibility, dayOf(now)));
  if (inForce.length === 0) return { known: true, eligible: true };
  return { known: true, eligible: false, reason: inForce.map(describe).join('; ') };
}
