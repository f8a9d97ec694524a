import { PGlite } from '@electric-sql/pglite';
import { PgliteExecutor } from '@imp/event-store';
import { formatOfferNumber, OfferNumbers } from './offer-numbers';

describe('OfferNumbers', () => {
  const sql = new PgliteExecutor(new PGlite());

  beforeEach(async () => {
    await sql.query('DROP SCHEMA IF EXISTS offer CASCADE');
    await sql.query('CREATE SCHEMA offer');
    await OfferNumbers.migrate(sql, 'offer');
  });

  afterAll(() => sql.close());

  it('formats "A" and 7 digits, zero-padded', () => {
    expect(formatOfferNumber(1)).toBe('A0000001');
    expect(formatOfferNumber(9_999_999)).toBe('A9999999');
  });

  it('hands out numbers in order from A0000001, each once, however many ask at the same time', async () => {
    const numbers = new OfferNumbers(sql, 'offer');

    const drawn = await Promise.all(Array.from({ length: 25 }, () => numbers.next()));

    expect(new Set(drawn).size).toBe(25);
    expect([...drawn].sort()[0]).toBe('A0000001');
    expect(drawn.every((number) => /^A\d{7}$/.test(number))).toBe(true);
  });

  it('refuses to go past A9999999 rather than reuse or lengthen a number', async () => {
    await sql.query(`SELECT setval('"offer".offer_numbers', 9999999)`);

    await expect(new OfferNumbers(sql, 'offer').next()).rejects.toThrow(/maximum value/);
  });

  it('migrates twice without harm and keeps its place', async () => {
    const numbers = new OfferNumbers(sql, 'offer');
    await numbers.next();

    await OfferNumbers.migrate(sql, 'offer');

    expect(await numbers.next()).toBe('A0000002');
  });
});
