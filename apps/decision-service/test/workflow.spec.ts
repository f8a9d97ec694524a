import { eventually } from '@imp/testing';
import type { HistoryEntry } from '@imp/testing';
import { type ImpSystem, startImpSystem, startImpSystemInProcesses } from './support/imp-system';
import {
  actors,
  allPassed,
  apply,
  assignToOfficer,
  caseOf,
  explanationWhen,
  inDays,
  submittedOffer,
} from './support/workflow-steps';

/** Enrolment, offer, application, checks, assignment and approval: the whole path through the four services. */
async function approvedApplication(imp: ImpSystem, placeOfApplication: string) {
  const { offerId, offerNumber } = await submittedOffer(imp);
  const { applicationId, applicationNumber } = await apply(imp, offerNumber, placeOfApplication);
  const caseId = await caseOf(imp, applicationNumber);
  await explanationWhen(imp, caseId, allPassed);
  await assignToOfficer(imp, caseId);
  const validity = { validFrom: inDays(60), validUntil: inDays(60 + 730), location: 'Toronto, ON' };
  const approved = await imp.cases.post(`/cases/${caseId}/approval`, validity, actors.officer);
  expect(approved.status).toBe(201);
  return {
    offerId,
    offerNumber,
    applicationId,
    applicationNumber,
    caseId,
    validity,
    outcome: approved.body.outcome,
  };
}

async function applicationWhen(
  imp: ImpSystem,
  applicationId: string,
  ready: (body: Record<string, unknown>) => boolean,
) {
  return eventually(async () => {
    const { body } = await imp.applications.get(`/applications/${applicationId}`);
    return ready(body) ? body : undefined;
  });
}

/** An offer number the offer service will not hand out during the test: its sequence starts at A0000001. */
const unknownOfferNumber = () => `A9${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;

describe.each([
  ['embedded: one process, PGlite, in-process transport', startImpSystem],
  ['production: four OS processes, real Kafka and PostgreSQL', startImpSystemInProcesses],
])('The work permit workflow across the four services (%s)', (_mode, start) => {
  let imp: ImpSystem;
  beforeAll(async () => {
    imp = await start();
  }, 120_000);
  afterAll(() => imp?.stop());

  it('refuses under R200(3)(f.1) an application whose offer was never submitted', async () => {
    const { applicationId, applicationNumber } = await apply(imp, unknownOfferNumber());
    const caseId = await caseOf(imp, applicationNumber);
    await explanationWhen(imp, caseId, { OFFER_SUBMITTED: 'PENDING' });
    await assignToOfficer(imp, caseId);
    const reasons = [
      { rule: 'R200(3)(f.1)', text: 'No offer of employment was submitted under the number quoted' },
    ];
    const refused = await imp.cases.post(`/cases/${caseId}/refusal`, { reasons }, actors.officer);
    expect(refused.status).toBe(201);
    const application = await applicationWhen(imp, applicationId, (body) => body.status === 'REFUSED');
    expect(application.refusal).toMatchObject({ reasons });
  });

  it('outside Canada: approval is a letter of introduction, and CBSA issues the permit at the border', async () => {
    const { offerId, applicationId, caseId, validity, outcome } = await approvedApplication(
      imp,
      'OUTSIDE_CANADA',
    );
    expect(outcome).toBe('PORT_OF_ENTRY_LETTER');

    const atBorder = await imp.cases.post(
      `/cases/${caseId}/port-of-entry`,
      { outcome: 'PERMIT_ISSUED' },
      actors.cbsa,
    );

    expect(atBorder.status).toBe(201);
    const application = await applicationWhen(imp, applicationId, (body) => body.portOfEntry !== undefined);
    expect(application).toMatchObject({
      status: 'APPROVED',
      caseId,
      approval: {
        outcome: 'PORT_OF_ENTRY_LETTER',
        validFrom: validity.validFrom,
        validUntil: validity.validUntil,
        conditions: { employer: 'Maple Robotics Inc.', occupation: '21231', location: 'Toronto, ON' },
      },
      portOfEntry: { outcome: 'PERMIT_ISSUED' },
    });
    const offer = await eventually(async () => {
      const { body } = await imp.offers.get(`/offers/${offerId}`);
      return body.status === 'CONSUMED' ? body : undefined;
    });
    expect(offer.status).toBe('CONSUMED');
    const explanation = await imp.cases.get(`/cases/${caseId}/explanation`);
    expect(explanation.body).toMatchObject({
      status: 'APPROVED',
      decision: {
        decision: 'APPROVED',
        decidedBy: 'officer-17',
        portOfEntry: { outcome: 'PERMIT_ISSUED', recordedBy: 'cbsa-4' },
      },
    });
  });

  it('inside Canada: the officer issues the work permit itself, with no port-of-entry step', async () => {
    const { applicationId, caseId, outcome } = await approvedApplication(imp, 'INSIDE_CANADA');
    expect(outcome).toBe('WORK_PERMIT');

    const atBorder = await imp.cases.post(
      `/cases/${caseId}/port-of-entry`,
      { outcome: 'PERMIT_ISSUED' },
      actors.cbsa,
    );

    expect(atBorder).toMatchObject({ status: 409, body: { code: 'case.no-port-of-entry-letter' } });
    const application = await applicationWhen(imp, applicationId, (body) => body.status === 'APPROVED');
    expect(application.approval).toMatchObject({
      outcome: 'WORK_PERMIT',
      conditions: { employer: 'Maple Robotics Inc.' },
    });
  });

  it('the histories of the offer, the case and the application tell the story, each step with its actor', async () => {
    const { offerId, applicationId, caseId } = await approvedApplication(imp, 'OUTSIDE_CANADA');
    await imp.cases.post(`/cases/${caseId}/port-of-entry`, { outcome: 'PERMIT_ISSUED' }, actors.cbsa);
    await applicationWhen(imp, applicationId, (body) => body.portOfEntry !== undefined);

    const offer = await eventually(async () => {
      const { body } = await imp.offers.get(`/offers/${offerId}/history`);
      return body.events.length === 4 ? body : undefined;
    });
    expect(offer.events.map((e: HistoryEntry) => [e.type, e.actor.id])).toEqual([
      ['OfferDrafted', actors.employer.id],
      ['OfferComplianceFeePaid', actors.employer.id],
      ['OfferSubmitted', actors.employer.id],
      ['OfferConsumed', 'decision-service'],
    ]);

    const { body: caseHistory } = await imp.cases.get(`/cases/${caseId}/history`);
    const byPeople = caseHistory.events.filter((e: HistoryEntry) => e.actor.role !== 'system');
    expect(byPeople.map((e: HistoryEntry) => [e.type, e.actor.id])).toEqual([
      ['CaseAssigned', 'supervisor-3'],
      ['ApplicationApproved', 'officer-17'],
      ['PortOfEntryOutcomeRecorded', 'cbsa-4'],
    ]);
    const bySystem = caseHistory.events.filter((e: HistoryEntry) => e.actor.role === 'system');
    expect(bySystem[0]).toMatchObject({ type: 'CaseOpened', revision: 0, actor: { id: 'decision-service' } });
    expect(bySystem.map((e: HistoryEntry) => e.type).sort()).toEqual([
      'CaseEmployerLinked',
      'CaseOfferLinked',
      'CaseOpened',
      ...Array(4).fill('EligibilityCheckCompleted'),
    ]);
    for (const entry of caseHistory.events) {
      expect(entry).toMatchObject({
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        recordedAt: expect.any(String),
      });
    }

    // Causation links each service's record back to the officer's decision.
    const approval = caseHistory.events.find((e: HistoryEntry) => e.type === 'ApplicationApproved');
    const { body: applicationHistory } = await imp.applications.get(`/applications/${applicationId}/history`);
    expect(applicationHistory.events.map((e: HistoryEntry) => [e.type, e.actor.id])).toEqual([
      ['ApplicationSubmitted', actors.applicant.id],
      ['ApplicationReviewStarted', 'application-service'],
      ['ApplicationApprovalRecorded', 'application-service'],
      ['ApplicationPortOfEntryOutcomeRecorded', 'application-service'],
    ]);
    expect(applicationHistory.events[2]).toMatchObject({
      causationId: approval.eventId,
      correlationId: approval.correlationId,
      occurredAt: approval.occurredAt,
    });
  });
});
