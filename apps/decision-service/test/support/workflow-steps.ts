import { type Actor, eventually } from '@imp/testing';
import type { ImpSystem } from './imp-system';

export const actors = {
  employer: { id: 'ada.tremblay@maple-robotics.ca', role: 'employer' },
  applicant: { id: 'priya.sharma', role: 'applicant' },
  supervisor: { id: 'supervisor-3', role: 'supervisor' },
  officer: { id: 'officer-17', role: 'officer' },
  cbsa: { id: 'cbsa-4', role: 'cbsa-officer' },
} satisfies Record<string, Actor>;

/** A calendar date some days from today, so the dates stay in the future whenever the tests run. */
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export const candidate = {
  familyName: 'Sharma',
  givenNames: 'Priya',
  dateOfBirth: '1990-04-12',
  countryOfBirth: 'IND',
  citizenship: 'IND',
  passportNumber: 'Z1234567',
  passportExpiry: inDays(5 * 365),
};

let businessNumbers = 100000000;

export async function enrolEmployer(imp: ImpSystem, legalName = 'Maple Robotics Inc.'): Promise<string> {
  const address = { line1: '100 Queen St', city: 'Ottawa', province: 'ON', postalCode: 'K1A 0B1' };
  const enrolled = await imp.employers.post(
    '/employers',
    {
      businessNumber: String(++businessNumbers),
      legalName,
      operatingName: legalName,
      businessType: 'CORPORATION',
      physicalAddress: address,
      mailingAddress: address,
      phone: '(613) 555-0100',
      email: 'hiring@maple-robotics.ca',
      primaryContact: { name: 'Ada Tremblay', email: 'ada@maple-robotics.ca', phone: '613-555-0101' },
    },
    actors.employer,
  );
  expect(enrolled.status).toBe(201);
  return enrolled.body.employerId;
}

export async function draftOffer(imp: ImpSystem, employerId: string, person = candidate): Promise<string> {
  const drafted = await imp.offers.post(
    '/offers',
    {
      employerId,
      exemptionCode: 'C10',
      job: {
        title: 'Robotics software engineer',
        nocCode: '21231',
        duties: 'Design and test the control software of warehouse robots.',
        hoursPerWeek: 37.5,
        wage: { amount: 52.5, currency: 'CAD', unit: 'HOUR' },
        workLocations: [{ city: 'Toronto', province: 'ON' }],
        startDate: inDays(60),
        durationMonths: 24,
      },
      candidate: person,
    },
    actors.employer,
  );
  expect(drafted.status).toBe(201);
  return drafted.body.offerId;
}

/** Pays the CAD 230 fee and submits, once the offer service has heard of the employer. */
export async function payAndSubmitOffer(imp: ImpSystem, offerId: string): Promise<string> {
  const fee = { amount: 230, currency: 'CAD', paymentReference: `PAY-${offerId.slice(0, 8)}` };
  expect((await imp.offers.post(`/offers/${offerId}/compliance-fee`, fee, actors.employer)).status).toBe(201);
  const submitted = await eventually(async () => {
    const answer = await imp.offers.post(`/offers/${offerId}/submission`, {}, actors.employer);
    return answer.status === 201 ? answer : undefined;
  });
  return submitted.body.offerNumber;
}

export async function submittedOffer(imp: ImpSystem, person = candidate) {
  const employerId = await enrolEmployer(imp);
  const offerId = await draftOffer(imp, employerId, person);
  const offerNumber = await payAndSubmitOffer(imp, offerId);
  return { employerId, offerId, offerNumber };
}

export async function apply(imp: ImpSystem, offerNumber: string, placeOfApplication = 'OUTSIDE_CANADA') {
  const submitted = await imp.applications.post(
    '/applications',
    {
      offerNumber,
      applicant: { ...candidate, uci: '1234-5678' },
      placeOfApplication,
      fees: { workPermit: 155, biometrics: 85, currency: 'CAD' },
    },
    actors.applicant,
  );
  expect(submitted.status).toBe(201);
  return submitted.body as { applicationId: string; applicationNumber: string };
}

/** The case the decision service opened for the application, once it has. */
export async function caseOf(imp: ImpSystem, applicationNumber: string): Promise<string> {
  const opened = await eventually(async () => {
    const answer = await imp.cases.get(`/cases/by-application/${applicationNumber}`);
    return answer.status === 200 ? answer.body : undefined;
  });
  return opened.caseId;
}

export interface CheckExplanation {
  check: string;
  status: string;
  evidence: { streamId: string; revision: number }[];
}

/** Waits for the checks to reach the given results, and returns the explanation that shows them. */
export function explanationWhen(imp: ImpSystem, caseId: string, expected: Record<string, string>) {
  return eventually(async () => {
    const { body } = await imp.cases.get(`/cases/${caseId}/explanation`);
    const results = Object.fromEntries(
      body.checks.map((check: CheckExplanation) => [check.check, check.status]),
    );
    return Object.entries(expected).every(([check, status]) => results[check] === status) ? body : undefined;
  });
}

export const allPassed = {
  OFFER_SUBMITTED: 'PASSED',
  FEE_BEFORE_APPLICATION: 'PASSED',
  IDENTITY_MATCHES: 'PASSED',
  EMPLOYER_ELIGIBLE: 'PASSED',
};

export async function assignToOfficer(imp: ImpSystem, caseId: string) {
  const assigned = await imp.cases.post(
    `/cases/${caseId}/assignment`,
    { officerId: actors.officer.id },
    actors.supervisor,
  );
  expect(assigned.status).toBe(201);
}
