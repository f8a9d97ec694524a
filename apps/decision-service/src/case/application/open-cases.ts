import type { Sql } from '@imp/messaging';
import { casesTable } from '../projections/case-summary.projection';
import { offersTable } from '../projections/offer-facts.read-model';

const ACTIVE_STATUSES = ['OPEN', 'INFORMATION_REQUESTED'];

/** The cases still to be decided that a change upstream may concern. */
export class OpenCases {
  constructor(
    private readonly sql: Sql,
    private readonly schema: string,
  ) {}

  async quotingOffer(offerNumber: string): Promise<string[]> {
    const { rows } = await this.sql.query<{ case_id: string }>(
      `SELECT case_id FROM ${casesTable(this.schema)} WHERE offer_number = $1 AND status = ANY($2)`,
      [offerNumber, ACTIVE_STATUSES],
    );
    return rows.map((row) => row.case_id);
  }

  /**
   * Through the offers read model rather than the case's own link to the employer: the offer is projected
   * before its reactions run, while the link may still be on its way into the cases read model.
   */
  async ofEmployer(employerId: string): Promise<string[]> {
    const { rows } = await this.sql.query<{ case_id: string }>(
      `SELECT c.case_id FROM ${casesTable(this.schema)} c
       JOIN ${offersTable(this.schema)} o ON o.offer_number = c.offer_number
       WHERE o.employer_id = $1 AND c.status = ANY($2)`,
      [employerId, ACTIVE_STATUSES],
    );
    return rows.map((row) => row.case_id);
  }
}
