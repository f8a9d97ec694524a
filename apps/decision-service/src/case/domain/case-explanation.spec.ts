import { fold, NotFoundError } from '@imp/domain-kernel';
import type { CaseEvent } from './case.events';
import { caseDecider } from './case.decider';
import { explain, type CaseExplanation } from './case-explanation';
import {
  approved,
  assigned,
  caseId,
  caseOpened,
  employerEvidence,
  failed,
  informationRequested,
  offerChecksPassed,
  offerEvidence,
  offerId,
  readyToDecide,
} from './testing/case.fixtures';

const explained = (...history: CaseEvent[]): CaseExplanation => {
  const explanation = explain(fold(caseDecider, history));
  if (explanation instanceof NotFoundError) throw explanation;
  return explanation;
};
const lateFee = 'The application was received (2025-02-10T09:00:00Z) before offer A1234567 was submitted (…)';

describe('explain', () => {
  it('shows a new case with every check waiting for the offer', () => {
    const explanation = explained(caseOpened());
    expect(explanation).toMatchObject({ caseId, applicationNumber: 'W993830598', status: 'OPEN' });
    expect(explanation.checks.map((c) => [c.check, c.status, c.waitingFor])).toEqual([
      ['OFFER_SUBMITTED', 'PENDING', 'OFFER'],
      ['FEE_BEFORE_APPLICATION', 'PENDING', 'OFFER'],
      ['IDENTITY_MATCHES', 'PENDING', 'OFFER'],
      ['EMPLOYER_ELIGIBLE', 'PENDING', 'OFFER'],
    ]);
    expect(explanation).not.toHaveProperty('decision');
  });

  it('shows the employer check waiting for the employer once the offer is linked', () => {
    const explanation = explained(caseOpened(), ...offerChecksPassed);
    expect(explanation.offer).toMatchObject({
      offerId,
      evidence: offerEvidence,
    });
    expect(explanation.checks[3]).toMatchObject({
      check: 'EMPLOYER_ELIGIBLE',
      status: 'PENDING',
      waitingFor: 'EMPLOYER',
    });
  });

  it('shows each completed check with its evidence, and a failed one with its reason and the rule to cite', () => {
    const explanation = explained(
      caseOpened(),
      ...offerChecksPassed,
      failed('FEE_BEFORE_APPLICATION', lateFee),
    );
    expect(explanation.checks[0]).toEqual({
      check: 'OFFER_SUBMITTED',
      description: 'The quoted offer of employment exists and stands submitted',
      status: 'PASSED',
      evidence: [offerEvidence],
      completedAt: '2025-02-10T09:00:10Z',
    });
    expect(explanation.checks[1]).toMatchObject({
      status: 'FAILED',
      reason: lateFee,
      evidence: [offerEvidence],
      rule: 'R200(3)(f.1)',
    });
  });

  it('shows the approval with its permit, the officer and the port-of-entry outcome', () => {
    const explanation = explained(...readyToDecide, approved(), {
      type: 'PortOfEntryOutcomeRecorded',
      data: {
        caseId,
        applicationNumber: 'W993830598',
        outcome: 'PERMIT_ISSUED',
        recordedBy: 'cbsa-3301',
        recordedAt: '2025-04-02T18:45:00Z',
      },
    });
    expect(explanation).toMatchObject({
      status: 'APPROVED',
      assignedTo: 'officer-17',
      employer: { legalName: 'Maple Robotics Inc.', evidence: employerEvidence },
      decision: {
        decision: 'APPROVED',
        outcome: 'PORT_OF_ENTRY_LETTER',
        validUntil: '2027-03-31',
        conditions: { employer: 'Maple Robotics Inc.', occupation: '21231', location: 'Toronto, ON' },
        decidedBy: 'officer-17',
        portOfEntry: { outcome: 'PERMIT_ISSUED', recordedBy: 'cbsa-3301' },
      },
    });
    expect(explanation.checks.every((check) => check.status === 'PASSED')).toBe(true);
  });

  it('shows a refusal’s reasons with the provisions they cite', () => {
    const explanation = explained(caseOpened(), assigned(), informationRequested, {
      type: 'ApplicationRefused',
      data: {
        caseId,
        applicationNumber: 'W993830598',
        offerNumber: null,
        reasons: [{ rule: 'A16(1)', text: 'The contract was not provided.' }],
        refusedBy: 'officer-17',
        refusedAt: '2025-03-20T16:00:00Z',
      },
    });
    expect(explanation.informationRequests).toMatchObject([
      { requestId: informationRequested.data.requestId },
    ]);
    expect(explanation.decision).toEqual({
      decision: 'REFUSED',
      reasons: [
        {
          rule: 'A16(1)',
          provision: 'The applicant did not provide the documents or information reasonably required',
          text: 'The contract was not provided.',
        },
      ],
      offerNumber: null,
      decidedBy: 'officer-17',
      decidedAt: '2025-03-20T16:00:00Z',
    });
  });

  it('shows a withdrawal', () => {
    const explanation = explained(caseOpened(), {
      type: 'CaseWithdrawn',
      data: { caseId, applicationNumber: 'W993830598', withdrawnAt: '2025-03-01T08:00:00Z' },
    });
    expect(explanation.decision).toEqual({ decision: 'WITHDRAWN', decidedAt: '2025-03-01T08:00:00Z' });
  });

  it('returns NotFoundError for a case never opened', () => {
    expect(explain(caseDecider.initialState)).toBeInstanceOf(NotFoundError);
  });
});
