import { postalCode } from './canadian-address';

describe('postalCode', () => {
  it.each([
    ['K1A 0B1', 'K1A 0B1'],
    ['k1a0b1', 'K1A 0B1'],
    ['  h3b   1a7 ', 'H3B 1A7'],
    ['X0A 0H0', 'X0A 0H0'],
  ])('normalises %p to %p', (input, expected) => {
    expect(postalCode(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    'K1A-0B1',
    '12345',
    'K1A 0B',
    'D1A 0B1',
    'W1A 0B1',
    'Z1A 0B1',
    'K1O 0B1',
    'K1A 0U1',
    'K1A0B1X',
    undefined,
  ])('refuses %p', (input) => {
    expect(postalCode(input)).toEqual({
      ok: false,
      errors: { '': ['must be a Canadian postal code (A1A 1A1)'] },
    });
  });
});
