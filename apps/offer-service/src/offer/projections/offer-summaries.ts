import { qualified, type Sql } from '@imp/messaging';
import type { OfferState, OfferStatus } from '../domain';

export interface OfferFilter {
  employerId?: string;
  status?: OfferStatus;
  exemptionCode?: string;
}

export interface OfferSummary {
  state: Exclude<OfferState, { status: 'NOT_DRAFTED' }>;
  revision: bigint;
}

/** Reads of the offers read model (see offer-summary.projection.ts). */
export class OfferSummaries {
  private readonly table: string;

  constructor(
    private readonly sql: Sql,
    schema: string,
  ) {
    this.table = qualified(schema, 'offers');
  }

  async list(filter: OfferFilter): Promise<OfferSummary[]> {
    const { rows } = await this.sql.query<{ state: OfferSummary['state']; revision: string }>(
      `SELECT state, revision FROM ${this.table}
       WHERE ($1::text IS NULL OR employer_id = $1) AND ($2::text IS NULL OR status = $2)
         AND ($3::text IS NULL OR exemption_code = $3)
       ORDER BY updated_at DESC LIMIT 500`,
      [filter.employerId ?? null, filter.status ?? null, filter.exemptionCode ?? null],
    );
    return rows.map(({ state, revision }) => ({ state, revision: BigInt(revision) }));
  }

  async byNumber(offerNumber: string): Promise<OfferSummary | undefined> {
    const { rows } = await this.sql.query<{ state: OfferSummary['state']; revision: string }>(
      `SELECT state, revision FROM ${this.table} WHERE offer_number = $1`,
      [offerNumber],
    );
    return rows[0] && { state: rows[0].state, revision: BigInt(rows[0].revision) };
  }

  async submittedUnder(offerNumber: string): Promise<{ offerId: string; submittedAt: string } | undefined> {
    const { rows } = await this.sql.query<{ offer_id: string; submitted_at: string }>(
      `SELECT offer_id, state->'submission'->>'submittedAt' AS submitted_at FROM ${this.table}
       WHERE offer_number = $1`,
      [offerNumber],
    );
    return rows[0] && { offerId: rows[0].offer_id, submittedAt: rows[0].submitted_at };
  }
}
