import type { BusinessRuleError } from '@imp/domain-kernel';
import { caseAssignedToAnotherOfficer, caseNotAssigned } from './case.errors';
import type { CaseFile } from './case.state';

/**
 * Only the officer the case is assigned to asks the applicant for information or decides: assignment is what
 * makes one person accountable for the file. Reassigning the case hands that over.
 */
export function assignmentRefusal(file: CaseFile, officerId: string): BusinessRuleError | undefined {
  if (!file.assignedTo) return caseNotAssigned();
  return file.assignedTo === officerId ? undefined : caseAssignedToAnotherOfficer(file.assignedTo);
}
