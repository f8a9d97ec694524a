import {
  BusinessRuleError,
  fold,
  IllegalStateError,
  InvalidInputError,
  NotFoundError,
} from '@imp/domain-kernel';
import { specification } from '@imp/testing';
import type { RefuseApplication } from './case.commands';
import type { ApplicationRefused, CaseEvent } from './case.events';
import { caseDecider } from './case.decider';
import { proposeRefusalReasons, type RefusalReason } from './refusal-rules';
import {
  approved,
  assigned,
  caseId,
  caseOpened,
  employer,
  evaluate,
  now,
  offer,
  readyToDecide,
} from './testing/case.fixtures';

const spec = specification(caseDecider);
const leaveCanada: RefusalReason = {
  rule: 'R200(1)(b)',
  text: 'Not satisfied the applicant will leave Canada.',
};
const lateFee: RefusalReason = {
  rule: 'R200(3)(f.1)',
  text: 'The offer and its fee came after the application.',
};
const refuse = (reasons: { rule: string; text: string }[], officerId = 'officer-17'): RefuseApplication => ({
  type: 'RefuseApplication',
  data: { officerId, reasons, now },
});
const refused = (reasons: RefusalReason[], offerNumber: string | null = 'A1234567'): ApplicationRefused => ({
  type: 'ApplicationRefused',
  data: {
    caseId,
    applicationNumber: 'W993830598',
    offerNumber,
    reasons,
    refusedBy: 'officer-17',
    refusedAt: now,
  },
});

/** The history EvaluateChecks records for the given inputs, so each scenario starts from real check results. */
function evaluated(inputs: Parameters<typeof evaluate>[0]): CaseEvent[] {
  const state = fold(caseDecider, [caseOpened()]);
  const decision = caseDecider.decide(evaluate(inputs), state);
  if (!Array.isArray(decision)) throw decision;
  return [caseOpened(), ...decision, assigned()];
}

function checksAfter(history: CaseEvent[]) {
  const state = fold(caseDecider, history);
  if (state.status === 'NOT_OPENED') throw new Error('the case was never opened');
  return state.checks;
}

describe('RefuseApplication', () => {
  it('refuses with reasons citing the rules relied on, naming the offer to consume and refund', () => {
    spec
      .given(...readyToDecide)
      .when(refuse([leaveCanada]))
      .then(refused([leaveCanada]));
  });

  it('is REFUSED afterwards', () => {
    spec
      .given(...readyToDecide)
      .when(refuse([leaveCanada]))
      .thenState((state) =>
        expect(state).toMatchObject({ status: 'REFUSED', refusal: { reasons: [leaveCanada] } }),
      );
  });

  it('refuses while checks are still pending, naming no offer since none matched', () => {
    spec
      .given(caseOpened(), assigned())
      .when(refuse([lateFee]))
      .then(refused([lateFee], null));
  });

  describe('a late offer: submitted and paid after the application was received', () => {
    const lateOffer = {
      ...offer,
      submittedAt: '2025-02-11T10:00:00Z',
      fee: { status: 'PAID' as const, paidAt: '2025-02-11T09:50:00Z' },
    };
    const history = evaluated({ offer: lateOffer, employer });

    it('accepts a refusal citing R200(3)(f.1); the offer was submitted, so it is named', () => {
      spec
        .given(...history)
        .when(refuse([lateFee]))
        .then(refused([lateFee]));
    });

    it('refuses a refusal that does not cite R200(3)(f.1) (422)', () => {
      const error = spec
        .given(...history)
        .when(refuse([leaveCanada]))
        .thenFails(BusinessRuleError, {
          code: 'case.refusal-missing-citation',
          message: /R200\(3\)\(f\.1\)/,
        });
      expect(error.fieldErrors).toEqual({ reasons: ['must cite R200(3)(f.1)'] });
    });

    it('refuses an approval (422)', () => {
      spec
        .given(...history)
        .when({
          type: 'ApproveApplication',
          data: { officerId: 'officer-17', validFrom: '2025-04-01', validUntil: '2027-03-31', now },
        })
        .thenFails(BusinessRuleError, {
          code: 'case.checks-not-passed',
          message: /FEE_BEFORE_APPLICATION is FAILED/,
        });
    });

    it('proposes reasons from the failed check that the officer can use as they are', () => {
      const reasons = proposeRefusalReasons(checksAfter(history));
      expect(reasons).toEqual([
        {
          rule: 'R200(3)(f.1)',
          text:
            'The application was received (2025-02-10T09:00:00Z) before offer A1234567 was submitted ' +
            '(2025-02-11T10:00:00Z) and before its compliance fee was paid (2025-02-11T09:50:00Z)',
        },
      ]);
      spec
        .given(...history)
        .when(refuse(reasons))
        .then(refused(reasons));
    });
  });

  it('names no offer when the quoted one was withdrawn: there is nothing to consume', () => {
    const reason: RefusalReason = { rule: 'R200(3)(f.1)', text: 'The offer was withdrawn.' };
    spec
      .given(...evaluated({ offer: { ...offer, status: 'WITHDRAWN' }, employer }))
      .when(refuse([reason]))
      .then(refused([reason], null));
  });

  it('requires R200(3)(f.1) for an identity that does not match the offer (422)', () => {
    const someoneElse = { ...offer, candidate: { ...offer.candidate, passportNumber: 'Z7654321' } };
    spec
      .given(...evaluated({ offer: someoneElse, employer }))
      .when(refuse([leaveCanada]))
      .thenFails(BusinessRuleError, { code: 'case.refusal-missing-citation', message: /R200\(3\)\(f\.1\)/ });
  });

  it('requires R200(3)(h) for an employer ineligible when the application was received (422)', () => {
    const banned = { ...employer, eligibleAtApplication: false };
    const history = evaluated({ offer, employer: banned });
    spec
      .given(...history)
      .when(refuse([leaveCanada]))
      .thenFails(BusinessRuleError, { code: 'case.refusal-missing-citation', message: /R200\(3\)\(h\)/ });
    const ineligible: RefusalReason = { rule: 'R200(3)(h)', text: 'The employer was banned.' };
    spec
      .given(...history)
      .when(refuse([ineligible]))
      .then(refused([ineligible]));
  });

  it.each([
    ['no reasons', [], 'reasons'],
    ['a rule outside the catalogue', [{ rule: 'R200(3)(z)', text: 'x' }], 'reasons[0].rule'],
    ['a reason without text', [{ rule: 'R200(1)(b)', text: ' ' }], 'reasons[0].text'],
  ])('refuses %s (400)', (_case, reasons, field) => {
    const error = spec
      .given(...readyToDecide)
      .when(refuse(reasons))
      .thenFails(InvalidInputError, { code: 'case.invalid-input' });
    expect(Object.keys(error.fieldErrors)).toEqual([field]);
  });

  it('refuses on an unassigned case (422)', () => {
    spec
      .given(caseOpened())
      .when(refuse([leaveCanada]))
      .thenFails(BusinessRuleError, { code: 'case.not-assigned' });
  });

  it('refuses by another officer (422)', () => {
    spec
      .given(...readyToDecide)
      .when(refuse([leaveCanada], 'officer-42'))
      .thenFails(BusinessRuleError, { code: 'case.assigned-to-another-officer' });
  });

  it.each([
    ['APPROVED', approved()],
    ['REFUSED', refused([leaveCanada])],
  ])('refuses a case already %s (409)', (_status, decision) => {
    spec
      .given(...readyToDecide, decision)
      .when(refuse([leaveCanada]))
      .thenFails(IllegalStateError, { code: 'case.closed' });
  });

  it('refuses a case never opened (404)', () => {
    spec
      .given()
      .when(refuse([leaveCanada]))
      .thenFails(NotFoundError, { code: 'case.not-found' });
  });
});
