import type { Sql } from '@imp/messaging';

/**
 * Application numbers, "W" and 9 digits, from a sequence in the service's schema: a number taken by a
 * submission that then failed is skipped, never handed out again.
 */
export class ApplicationNumbers {
  private readonly sequence: string;

  constructor(
    private readonly sql: Sql,
    schema: string,
  ) {
    this.sequence = `"${schema}".application_number_seq`;
  }

  async migrate(): Promise<void> {
    await this.sql.query(
      `CREATE SEQUENCE IF NOT EXISTS ${this.sequence} MINVALUE 1 MAXVALUE 999999999 NO CYCLE`,
    );
  }

  async next(): Promise<string> {
    const { rows } = await this.sql.query<{ value: string }>(
      `SELECT nextval('${this.sequence}')::text AS value`,
    );
    return `W${rows[0].value.padStart(9, '0')}`;
  }
}
