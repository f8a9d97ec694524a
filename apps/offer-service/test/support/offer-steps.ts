import { eventually } from '@imp/testing';
import type { HttpClient, Json } from './http-client';
import { complianceFee, draft, enrolment } from './samples';

export async function enrolEmployer(employers: HttpClient): Promise<string> {
  const reply = await employers.post('/employers', enrolment());
  if (reply.status !== 201) throw new Error(`enrolment failed: ${JSON.stringify(reply.body)}`);
  return reply.body.employerId;
}

export async function draftOffer(offers: HttpClient, employerId: string, body: Json = draft(employerId)) {
  const reply = await offers.post('/offers', body);
  if (reply.status !== 201) throw new Error(`draft failed: ${JSON.stringify(reply.body)}`);
  return reply.body.offerId as string;
}

export async function paidOffer(offers: HttpClient, employerId: string): Promise<string> {
  const offerId = await draftOffer(offers, employerId);
  const reply = await offers.post(`/offers/${offerId}/compliance-fee`, complianceFee);
  if (reply.status !== 201) throw new Error(`fee payment failed: ${JSON.stringify(reply.body)}`);
  return offerId;
}

export async function historyLength(offers: HttpClient, offerId: string): Promise<number> {
  const reply = await offers.get(`/offers/${offerId}/history`);
  return reply.status === 404 ? 0 : reply.body.events.length;
}

/** Waits until the offer service's read model of employers says what the test expects about this offer's employer. */
export function employerStandingSeenBy(
  offers: HttpClient,
  offerId: string,
  expected: { known: boolean; eligible: boolean },
) {
  return eventually(async () => {
    const { body } = await offers.get(`/offers/${offerId}`);
    return body.employer.known === expected.known && body.employer.eligible === expected.eligible
      ? body
      : undefined;
  });
}
