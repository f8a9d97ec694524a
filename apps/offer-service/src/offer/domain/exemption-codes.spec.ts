import { EXEMPTION_CODES, exemptionCode, isOpenPermitCode, type ExemptionCodeEntry } from './exemption-codes';

const catalogue: readonly ExemptionCodeEntry[] = EXEMPTION_CODES;

describe('the exemption code catalogue', () => {
  it('holds each code once, as a letter and two digits', () => {
    const codes = catalogue.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    codes.forEach((code) => expect(code).toMatch(/^[A-Z]\d{2}$/));
  });

  it('replaces each retired code by codes in use', () => {
    const retired = catalogue.filter((entry) => entry.replacedBy);
    expect(Object.fromEntries(retired.map((entry) => [entry.code, entry.replacedBy]))).toEqual({
      T23: ['T36'],
      T24: ['T37', 'T38'],
      C12: ['C61', 'C62', 'C63'],
    });
    retired
      .flatMap((entry) => entry.replacedBy ?? [])
      .forEach((code) => expect(exemptionCode(code).ok).toBe(true));
  });

  it('flags exactly C41, C42 and C43 as open-permit codes', () => {
    expect(catalogue.filter((entry) => entry.openPermit).map((entry) => entry.code)).toEqual([
      'C41',
      'C42',
      'C43',
    ]);
    expect(isOpenPermitCode('C41')).toBe(true);
    expect(isOpenPermitCode('C10')).toBe(false);
  });
});
