import type { IntegrationEvent } from '@imp/contracts';
import { qualified, type Sql } from '@imp/messaging';
import {
  employerStatusOf,
  evolveKnownEmployer,
  isEmployerEvent,
  type KnownEmployer,
} from './employer-standing';

interface EmployerRow {
  employer_id: string;
  business_number: string;
  legal_name: string;
  ineligibilities: KnownEmployer['ineligibilities'];
}

const toKnownEmployer = (row: EmployerRow): KnownEmployer => ({
  employerId: row.employer_id,
  businessNumber: row.business_number,
  legalName: row.legal_name,
  ineligibilities: row.ineligibilities,
});

/**
 * employers: the employers this service has heard of on imp.employer.v1, with their ineligibilities. Each row
 * names the employer event it reflects, so a submission refused for ineligibility can be traced to its cause.
 */
export class EmployersReadModel {
  private readonly table: string;

  constructor(schema: string) {
    this.table = qualified(schema, 'employers');
  }

  async migrate(sql: Sql): Promise<void> {
    await sql.query(`CREATE TABLE IF NOT EXISTS ${this.table} (
      employer_id text PRIMARY KEY, business_number text NOT NULL, legal_name text NOT NULL, status text NOT NULL,
      ineligibilities jsonb NOT NULL, updated_from_event_id text NOT NULL, updated_from_stream text NOT NULL,
      updated_from_revision bigint NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`);
  }

  /** Runs inside the consumer's inbox transaction. */
  readonly project = async (event: IntegrationEvent, tx: Sql): Promise<void> => {
    if (!isEmployerEvent(event)) return;
    // Redeliveries never get here (the inbox drops them by event id), and one employer's events share a
    // partition, so they arrive in order.
    const employer = evolveKnownEmployer(await this.find(tx, event.data.employerId), event);
    if (!employer) return;
    await tx.query(
      `INSERT INTO ${this.table} (employer_id, business_number, legal_name, status, ineligibilities,
         updated_from_event_id, updated_from_stream, updated_from_revision)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (employer_id) DO UPDATE SET status = $4, ineligibilities = $5, updated_from_event_id = $6,
         updated_from_stream = $7, updated_from_revision = $8, updated_at = now()`,
      [
        employer.employerId,
        employer.businessNumber,
        employer.legalName,
        employerStatusOf(employer),
        JSON.stringify(employer.ineligibilities),
        event.id,
        event.streamId,
        event.revision,
      ],
    );
  };

  async find(sql: Sql, employerId: string): Promise<KnownEmployer | undefined> {
    const { rows } = await sql.query<EmployerRow>(
      `SELECT employer_id, business_number, legal_name, ineligibilities FROM ${this.table} WHERE employer_id = $1`,
      [employerId],
    );
    return rows[0] && toKnownEmployer(rows[0]);
  }
}
