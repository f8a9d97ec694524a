import type { IntegrationEvent, IntegrationEventOf } from '@imp/contracts';
import type { Sql } from '@imp/messaging';
import type { OfferFacts } from '../domain';

export const offersTable = (schema: string) => `"${schema}".offers`;

function factsOf({ data, streamId, revision }: IntegrationEventOf<'OfferSubmitted'>): OfferFacts {
  const { familyName, givenNames, dateOfBirth, citizenship, passportNumber } = data.candidate;
  const { title, nocCode, workLocations } = data.job;
  return {
    offerNumber: data.offerNumber,
    offerId: data.offerId,
    status: 'SUBMITTED',
    submittedAt: data.submittedAt,
    fee: data.fee.status === 'PAID' ? { status: 'PAID', paidAt: data.fee.paidAt } : { status: 'EXEMPT' },
    employerId: data.employerId,
    candidate: { familyName, givenNames, dateOfBirth, citizenship, passportNumber },
    job: { title, nocCode, workLocations },
    evidence: { streamId, revision },
  };
}

/**
 * offers: the decision service's own view of submitted offers, by offer number, each with the stream and
 * revision it was last read at: the evidence a check records.
 */
export class OfferFactsReadModel {
  private readonly table: string;

  constructor(schema: string) {
    this.table = offersTable(schema);
  }

  async migrate(sql: Sql): Promise<void> {
    await sql.query(`CREATE TABLE IF NOT EXISTS ${this.table} (
      offer_number text PRIMARY KEY, employer_id uuid NOT NULL, facts jsonb NOT NULL, revision bigint NOT NULL)`);
    await sql.query(`CREATE INDEX IF NOT EXISTS offers_by_employer ON ${this.table} (employer_id)`);
  }

  async project(event: IntegrationEvent, tx: Sql): Promise<void> {
    switch (event.type) {
      case 'OfferSubmitted':
        await tx.query(
          `INSERT INTO ${this.table} (offer_number, employer_id, facts, revision) VALUES ($1, $2, $3, $4)
           ON CONFLICT (offer_number) DO NOTHING`,
          [event.data.offerNumber, event.data.employerId, JSON.stringify(factsOf(event)), event.revision],
        );
        return;
      case 'OfferWithdrawn':
        if (event.data.offerNumber) await this.changeStatus(tx, event.data.offerNumber, 'WITHDRAWN', event);
        return;
      case 'OfferConsumed':
        await this.changeStatus(tx, event.data.offerNumber, 'CONSUMED', event);
        return;
    }
  }

  async find(sql: Sql, offerNumber: string): Promise<OfferFacts | undefined> {
    const { rows } = await sql.query<{ facts: OfferFacts }>(
      `SELECT facts FROM ${this.table} WHERE offer_number = $1`,
      [offerNumber],
    );
    return rows[0]?.facts;
  }

  private async changeStatus(
    tx: Sql,
    offerNumber: string,
    status: OfferFacts['status'],
    event: IntegrationEvent,
  ) {
    const evidence = { streamId: event.streamId, revision: event.revision };
    await tx.query(
      `UPDATE ${this.table} SET facts = facts || $2::jsonb, revision = $3
       WHERE offer_number = $1 AND revision < $3`,
      [offerNumber, JSON.stringify({ status, evidence }), event.revision],
    );
  }
}
