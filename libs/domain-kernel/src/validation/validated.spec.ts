import { optionalText, optionalTextOfAnyLength, requiredText, requiredTextOfAnyLength } from './validated';

describe('text length limits', () => {
  const long = 'x'.repeat(201);

  it('requiredText and optionalText refuse more than 200 characters unless told otherwise', () => {
    expect(requiredText(long)).toEqual({ ok: false, errors: { '': ['must be at most 200 characters'] } });
    expect(optionalText(long)).toEqual({ ok: false, errors: { '': ['must be at most 200 characters'] } });
    expect(requiredText(' abc ', 3)).toEqual({ ok: true, value: 'abc' });
  });

  it('the OfAnyLength variants accept any length, trimmed', () => {
    expect(requiredTextOfAnyLength(` ${long} `)).toEqual({ ok: true, value: long });
    expect(optionalTextOfAnyLength(long)).toEqual({ ok: true, value: long });
    expect(optionalTextOfAnyLength('   ')).toEqual({ ok: true, value: undefined });
    expect(requiredTextOfAnyLength('  ')).toEqual({ ok: false, errors: { '': ['is required'] } });
  });
});
