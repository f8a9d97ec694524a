import { specifyContracts } from '../testing/contract-cases';
import {
  applicationDocumentsAddedV1,
  applicationSubmittedV1,
  applicationWithdrawnV1,
} from '../testing/samples';
import { Topics } from '../topics';
import { ApplicationDocumentsAddedV1 } from './application-documents-added.v1';
import { ApplicationSubmittedV1 } from './application-submitted.v1';
import { ApplicationWithdrawnV1 } from './application-withdrawn.v1';

const { reason: _reason, ...withdrawnWithoutReason } = applicationWithdrawnV1;
const { informationRequestId: _request, ...documentsNotRequested } = applicationDocumentsAddedV1;

describe(`contracts on ${Topics.application}`, () => {
  specifyContracts(Topics.application, {
    valid: [
      {
        contract: ApplicationSubmittedV1,
        variant: 'an applicant with a UCI applying inside Canada',
        data: {
          ...applicationSubmittedV1,
          applicant: { ...applicationSubmittedV1.applicant, uci: '12-3456-7890' },
          placeOfApplication: 'INSIDE_CANADA',
        },
      },
      {
        contract: ApplicationDocumentsAddedV1,
        variant: 'documents nobody asked for',
        data: documentsNotRequested,
      },
      {
        contract: ApplicationWithdrawnV1,
        variant: 'a withdrawal without a reason',
        data: withdrawnWithoutReason,
      },
    ],
    invalid: [
      {
        contract: ApplicationSubmittedV1,
        data: { ...applicationSubmittedV1, applicationNumber: 'W12345' },
        reason: 'ApplicationSubmitted v1: data.applicationNumber must match /^W\\d{9}$/',
      },
      {
        contract: ApplicationSubmittedV1,
        data: { ...applicationSubmittedV1, placeOfApplication: 'ONLINE' },
        reason:
          'ApplicationSubmitted v1: data.placeOfApplication must be one of the following values: ' +
          'OUTSIDE_CANADA, INSIDE_CANADA, PORT_OF_ENTRY',
      },
      {
        contract: ApplicationSubmittedV1,
        data: {
          ...applicationSubmittedV1,
          applicant: { ...applicationSubmittedV1.applicant, passportExpiry: undefined },
        },
        reason: 'ApplicationSubmitted v1: data.applicant.passportExpiry is required',
      },
      {
        contract: ApplicationSubmittedV1,
        data: { ...applicationSubmittedV1, fees: { ...applicationSubmittedV1.fees, workPermit: -155 } },
        reason:
          'ApplicationSubmitted v1: data.fees.workPermit must be a non-negative amount with at most two decimals',
      },
      {
        contract: ApplicationDocumentsAddedV1,
        data: {
          ...applicationDocumentsAddedV1,
          documents: [{ ...applicationDocumentsAddedV1.documents[0], kind: 'passport copy' }],
        },
        reason: 'ApplicationDocumentsAdded v1: data.documents[0].kind must match /^[A-Z][A-Z0-9_]*$/',
      },
      {
        contract: ApplicationWithdrawnV1,
        data: { ...applicationWithdrawnV1, withdrawnAt: 'yesterday' },
        reason: 'ApplicationWithdrawn v1: data.withdrawnAt must be an ISO-8601 timestamp with a time zone',
      },
    ],
  });
});
