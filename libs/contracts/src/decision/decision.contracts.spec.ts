import { specifyContracts } from '../testing/contract-cases';
import {
  applicationApprovedV1,
  applicationRefusedV1,
  caseFlaggedV1,
  caseOpenedV1,
  informationRequestedV1,
  portOfEntryOutcomeRecordedV1,
} from '../testing/samples';
import { Topics } from '../topics';
import { ApplicationApprovedV1 } from './application-approved.v1';
import { ApplicationRefusedV1 } from './application-refused.v1';
import { CaseFlaggedV1 } from './case-flagged.v1';
import { CaseOpenedV1 } from './case-opened.v1';
import { InformationRequestedV1 } from './information-requested.v1';
import { PortOfEntryOutcomeRecordedV1 } from './port-of-entry-outcome-recorded.v1';

const { location: _location, ...conditionsWithoutLocation } = applicationApprovedV1.conditions;

describe(`contracts on ${Topics.decision}`, () => {
  specifyContracts(Topics.decision, {
    valid: [
      {
        contract: ApplicationApprovedV1,
        variant: 'an inland work permit with no stated location',
        data: { ...applicationApprovedV1, outcome: 'WORK_PERMIT', conditions: conditionsWithoutLocation },
      },
      {
        contract: ApplicationRefusedV1,
        variant: 'a refusal citing several provisions, with no matching offer',
        data: {
          ...applicationRefusedV1,
          offerNumber: null,
          reasons: [
            { rule: 'R200(3)(f.1)', text: 'No offer of employment was submitted.' },
            { rule: 'R200(1)(b)', text: 'Not satisfied the applicant will leave Canada.' },
            { rule: 'R209.11', text: 'No compliance fee was paid.' },
          ],
        },
      },
    ],
    invalid: [
      {
        contract: CaseOpenedV1,
        data: { ...caseOpenedV1, caseId: 'case-1' },
        reason: 'CaseOpened v1: data.caseId must be a UUID',
      },
      {
        contract: InformationRequestedV1,
        data: { ...informationRequestedV1, dueDate: '2025-03-14T00:00:00Z' },
        reason: 'InformationRequested v1: data.dueDate must be a date as YYYY-MM-DD',
      },
      {
        contract: InformationRequestedV1,
        data: { ...informationRequestedV1, items: [{ kind: 'EMPLOYMENT_CONTRACT', description: '' }] },
        reason:
          'InformationRequested v1: data.items[0].description must be non-blank text of at most 1000 characters',
      },
      {
        contract: ApplicationApprovedV1,
        data: { ...applicationApprovedV1, validUntil: '2025-03-31' },
        reason: 'ApplicationApproved v1: data.validUntil must not be before validFrom',
      },
      {
        contract: ApplicationApprovedV1,
        data: {
          ...applicationApprovedV1,
          conditions: { ...applicationApprovedV1.conditions, occupation: '2123' },
        },
        reason: 'ApplicationApproved v1: data.conditions.occupation must match /^\\d{5}$/',
      },
      {
        contract: ApplicationApprovedV1,
        data: { ...applicationApprovedV1, outcome: 'VISA' },
        reason:
          'ApplicationApproved v1: data.outcome must be one of the following values: PORT_OF_ENTRY_LETTER, WORK_PERMIT',
      },
      {
        contract: ApplicationRefusedV1,
        data: { ...applicationRefusedV1, reasons: [{ rule: 'section 200', text: 'No offer.' }] },
        reason:
          'ApplicationRefused v1: data.reasons[0].rule must match /^[AR]\\d+(\\.\\d+)?(\\([0-9a-z.]+\\))*$/',
      },
      {
        contract: ApplicationRefusedV1,
        data: { ...applicationRefusedV1, reasons: [] },
        reason: 'ApplicationRefused v1: data.reasons must contain at least 1 elements',
      },
      {
        contract: PortOfEntryOutcomeRecordedV1,
        data: { ...portOfEntryOutcomeRecordedV1, outcome: 'DEPORTED' },
        reason:
          'PortOfEntryOutcomeRecorded v1: data.outcome must be one of the following values: PERMIT_ISSUED, ENTRY_REFUSED',
      },
      {
        contract: CaseFlaggedV1,
        data: { ...caseFlaggedV1, reason: 'SUSPICIOUS' },
        reason:
          'CaseFlagged v1: data.reason must be one of the following values: OFFER_WITHDRAWN, EMPLOYER_DECLARED_INELIGIBLE',
      },
    ],
  });
});
