import { emailAddress } from './email-address';

describe('emailAddress', () => {
  it('trims and lower-cases the domain only', () => {
    expect(emailAddress('  Ada.Tremblay@Maple-Robotics.CA ')).toEqual({
      ok: true,
      value: 'Ada.Tremblay@maple-robotics.ca',
    });
  });

  it.each([
    'ada',
    'ada@',
    '@maple.ca',
    'ada@maple',
    'ada tremblay@maple.ca',
    'a@b@c.ca',
    `${'a'.repeat(250)}@x.ca`,
    42,
  ])('refuses %p', (input) => {
    expect(emailAddress(input)).toEqual({ ok: false, errors: { '': ['must be an email address'] } });
  });
});
