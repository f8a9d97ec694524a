import {
  type Decider,
  type Decision,
  changedFields,
  fields,
  requiredTextOfAnyLength,
} from '@imp/domain-kernel';
import type {
  DeclareEmployerIneligible,
  EmployerCommand,
  EnrolEmployer,
  ReinstateEmployer,
  UpdateEmployerDetails,
} from './employer.commands';
import {
  employerAlreadyEnrolled,
  employerNotFound,
  employerNotIneligible,
  employerPermanentlyBanned,
  ineligibilityAlreadyDeclared,
  invalidEmployerInput,
  lockedFieldsChanged,
} from './employer.errors';
import type { EmployerEvent } from './employer.events';
import { evolveEmployer, initialEmployerState, type EmployerState } from './employer.state';
import { changedLockedFields, contactDetailChanges, employerProfile } from './employer-profile';
import { ineligibilityDeclaration } from './ineligibility';

export function decideEmployer(command: EmployerCommand, state: EmployerState): Decision<EmployerEvent> {
  switch (command.type) {
    case 'EnrolEmployer':
      return enrol(command.data, state);
    case 'UpdateEmployerDetails':
      return updateDetails(command.data, state);
    case 'DeclareEmployerIneligible':
      return declareIneligible(command.data, state);
    case 'ReinstateEmployer':
      return reinstate(command.data, state);
  }
}

function enrol(data: EnrolEmployer['data'], state: EmployerState): Decision<EmployerEvent> {
  if (state.status !== 'NOT_ENROLLED') return employerAlreadyEnrolled();
  const profile = employerProfile(data);
  if (!profile.ok) return invalidEmployerInput(profile.errors);
  return [{ type: 'EmployerEnrolled', data: profile.value }];
}

function updateDetails(data: UpdateEmployerDetails['data'], state: EmployerState): Decision<EmployerEvent> {
  if (state.status === 'NOT_ENROLLED') return employerNotFound();
  const requested = contactDetailChanges(data);
  if (!requested.ok) return invalidEmployerInput(requested.errors);
  const locked = changedLockedFields(data, state.profile);
  if (locked.length > 0) return lockedFieldsChanged(locked);
  const changes = changedFields(requested.value, state.profile);
  if (Object.keys(changes).length === 0) return [];
  return [{ type: 'EmployerDetailsUpdated', data: { employerId: state.profile.employerId, changes } }];
}

/** Ineligibilities stack: a penalty can go unpaid during a ban, and each must end on its own terms. */
function declareIneligible(
  data: DeclareEmployerIneligible['data'],
  state: EmployerState,
): Decision<EmployerEvent> {
  if (state.status === 'NOT_ENROLLED') return employerNotFound();
  const ineligibility = ineligibilityDeclaration(data);
  if (!ineligibility.ok) return invalidEmployerInput(ineligibility.errors);
  const { reference } = ineligibility.value;
  if (state.ineligibilities.some((declared) => declared.reference === reference)) {
    return ineligibilityAlreadyDeclared(reference);
  }
  return [
    {
      type: 'EmployerDeclaredIneligible',
      data: { employerId: state.profile.employerId, ineligibility: ineligibility.value },
    },
  ];
}

/**
 * Lifts every ineligibility on the record: the officer reinstates the employer as a whole. Lifting one of several
 * (a penalty paid during a ban) would need a command of its own; a ban that has run out already stops counting.
 */
function reinstate(data: ReinstateEmployer['data'], state: EmployerState): Decision<EmployerEvent> {
  if (state.status === 'NOT_ENROLLED') return employerNotFound();
  if (state.status === 'PERMANENTLY_BANNED') return employerPermanentlyBanned();
  if (state.status !== 'INELIGIBLE') return employerNotIneligible(state.status);
  const input = fields({ reason: requiredTextOfAnyLength(data.reason) });
  if (!input.ok) return invalidEmployerInput(input.errors);
  const liftedReferences = state.ineligibilities
    .filter((ineligibility) => ineligibility.liftedAt === undefined)
    .map((ineligibility) => ineligibility.reference);
  return [
    {
      type: 'EmployerReinstated',
      data: {
        employerId: state.profile.employerId,
        reason: input.value.reason,
        reinstatedAt: data.now,
        liftedReferences,
      },
    },
  ];
}

export const employerDecider: Decider<EmployerCommand, EmployerEvent, EmployerState> = {
  initialState: initialEmployerState,
  decide: decideEmployer,
  evolve: evolveEmployer,
};
