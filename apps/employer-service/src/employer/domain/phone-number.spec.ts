import { phoneNumber } from './phone-number';

describe('phoneNumber', () => {
  it.each([
    ['6135550100', '+16135550100'],
    ['(613) 555-0100', '+16135550100'],
    ['613.555.0100', '+16135550100'],
    ['1 613 555 0100', '+16135550100'],
    ['+1 (613) 555-0100', '+16135550100'],
    ['+44 20 7183 8750', '+442071838750'],
    ['+525512345678', '+525512345678'],
  ])('stores %p as %p', (input, expected) => {
    expect(phoneNumber(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    '555-0100',
    '0135550100',
    '6131550100',
    '+1 013 555 0100',
    '+0123456789',
    '+1234567890123456',
    '442071838750',
    'call me',
    undefined,
  ])('refuses %p', (input) => {
    expect(phoneNumber(input).ok).toBe(false);
  });
});
