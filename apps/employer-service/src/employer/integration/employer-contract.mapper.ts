import type { RecordedEvent } from '@imp/event-store';
import type { ContractEvent } from '@imp/messaging';
import type { EmployerEvent } from '../domain';

/** Internal employer events → imp.employer.v1 contracts. Every employer event is public. */
export function employerContractOf(recorded: RecordedEvent): ContractEvent | null {
  const event = { type: recorded.type, data: recorded.data } as EmployerEvent;
  switch (event.type) {
    case 'EmployerEnrolled': {
      const { employerId, businessNumber, legalName, operatingName, physicalAddress } = event.data;
      return {
        type: 'EmployerEnrolled',
        key: employerId,
        data: { employerId, businessNumber, legalName, operatingName, province: physicalAddress.province },
      };
    }
    case 'EmployerDetailsUpdated': {
      const { employerId, changes } = event.data;
      const data = {
        employerId,
        changes: {
          province: changes.physicalAddress?.province,
          phone: changes.phone,
          email: changes.email,
          primaryContactName: changes.primaryContact?.name,
        },
      };
      const changed = Object.values(data.changes).some((value) => value !== undefined);
      return changed ? { type: 'EmployerDetailsUpdated', key: employerId, data } : null;
    }
    case 'EmployerDeclaredIneligible': {
      const { employerId, ineligibility } = event.data;
      return {
        type: 'EmployerDeclaredIneligible',
        key: employerId,
        data: {
          employerId,
          reason: ineligibility.reason,
          reference: ineligibility.reference,
          effectiveFrom: ineligibility.effectiveFrom,
          until: 'until' in ineligibility ? ineligibility.until : null,
          permanent: ineligibility.reason === 'BAN' && ineligibility.duration === 'PERMANENT',
        },
      };
    }
    case 'EmployerReinstated':
      return {
        type: 'EmployerReinstated',
        key: event.data.employerId,
        data: { employerId: event.data.employerId, reinstatedAt: event.data.reinstatedAt },
      };
  }
}
