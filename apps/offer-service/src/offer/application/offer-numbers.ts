import { qualified, type Sql } from '@imp/messaging';

const LARGEST = 9_999_999;

export const formatOfferNumber = (value: number) => `A${String(value).padStart(7, '0')}`;

/**
 * Offer numbers come from a database sequence: unique across concurrent submissions and never handed out twice,
 * even when the submission that drew one is refused (the gap is harmless; reuse would not be).
 */
export class OfferNumbers {
  private readonly sequence: string;

  constructor(
    private readonly sql: Sql,
    schema: string,
  ) {
    this.sequence = qualified(schema, 'offer_numbers');
  }

  static async migrate(sql: Sql, schema: string): Promise<void> {
    await sql.query(
      `CREATE SEQUENCE IF NOT EXISTS ${qualified(schema, 'offer_numbers')} MINVALUE 1 MAXVALUE ${LARGEST} NO CYCLE`,
    );
  }

  async next(): Promise<string> {
    const { rows } = await this.sql.query<{ value: string }>(
      `SELECT nextval('${this.sequence}')::text AS value`,
    );
    return formatOfferNumber(Number(rows[0].value));
  }
}
