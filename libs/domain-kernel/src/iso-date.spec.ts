import { addYears, calendarDayOf, isoDate } from './iso-date';

describe('isoDate', () => {
  it.each(['2024-02-29', '2023-12-31'])('accepts %p', (input) => {
    expect(isoDate(input)).toEqual({ ok: true, value: input });
  });

  it.each([
    '2023-02-29',
    '2023-02-30',
    '2023-13-01',
    '2023-1-01',
    '01/02/2023',
    '2023-01-01T00:00:00Z',
    undefined,
  ])('refuses %p', (input) => {
    expect(isoDate(input).ok).toBe(false);
  });
});

describe('addYears', () => {
  it('adds calendar years, carrying 29 February to 1 March', () => {
    expect(addYears('2024-03-01', 10)).toBe('2034-03-01');
    expect(addYears('2024-02-29', 1)).toBe('2025-03-01');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });
});

describe('calendarDayOf', () => {
  it('keeps a date and reads a timestamp as its UTC day', () => {
    expect(calendarDayOf('2024-03-01')).toBe('2024-03-01');
    expect(calendarDayOf('2024-03-01T22:30:00-05:00')).toBe('2024-03-02');
  });
});
