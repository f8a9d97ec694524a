import { PENDING_CHECKS, type Checks } from './eligibility-checks';
import { proposeRefusalReasons, REFUSAL_RULE_NAMES, uncitedRules } from './refusal-rules';

const evidence = [{ streamId: 'offer-1', revision: 3 }];
const completedAt = '2025-02-10T09:00:10Z';
const checks: Checks = {
  ...PENDING_CHECKS,
  OFFER_SUBMITTED: { status: 'PASSED', evidence, completedAt },
  FEE_BEFORE_APPLICATION: { status: 'FAILED', reason: 'The fee was paid late', evidence, completedAt },
  EMPLOYER_ELIGIBLE: { status: 'FAILED', reason: 'The employer was banned', evidence, completedAt },
};

describe('refusal rules', () => {
  it('proposes one reason per failed check, citing the rule the check proves', () => {
    expect(proposeRefusalReasons(checks)).toEqual([
      { rule: 'R200(3)(f.1)', text: 'The fee was paid late' },
      { rule: 'R200(3)(h)', text: 'The employer was banned' },
    ]);
  });

  it('proposes nothing when no check failed', () => {
    expect(proposeRefusalReasons(PENDING_CHECKS)).toEqual([]);
  });

  it('lists the rules the failed checks call for that the reasons leave out', () => {
    expect(uncitedRules(checks, [{ rule: 'R200(1)(b)' }])).toEqual(['R200(3)(f.1)', 'R200(3)(h)']);
    expect(uncitedRules(checks, [{ rule: 'R200(3)(h)' }, { rule: 'R200(3)(f.1)' }])).toEqual([]);
  });

  it('catalogues provisions in the contracts’ form', () => {
    for (const rule of REFUSAL_RULE_NAMES) expect(rule).toMatch(/^[AR]\d+(\.\d+)?(\([0-9a-z.]+\))*$/);
  });
});
