import { province } from './canadian-provinces';

describe('province', () => {
  it('accepts the 13 codes in any case', () => {
    expect(province(' qc ')).toEqual({ ok: true, value: 'QC' });
    expect(province('YT')).toEqual({ ok: true, value: 'YT' });
  });

  it.each(['PQ', 'Ontario', 'NF', ''])('refuses %p', (input) => {
    expect(province(input).ok).toBe(false);
  });
});
