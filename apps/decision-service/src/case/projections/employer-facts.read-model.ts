import type { IntegrationEvent, IntegrationEventOf } from '@imp/contracts';
import type { Sql } from '@imp/messaging';
import type { EmployerFacts, Evidence } from '../domain';

/** As EmployerDeclaredIneligible states it; `liftedAt` is set by a reinstatement. */
export interface RecordedIneligibility {
  reason: string;
  reference: string;
  effectiveFrom: string;
  /** The first day the employer is eligible again; null when it lasts until lifted, or for ever. */
  until: string | null;
  permanent: boolean;
  liftedAt?: string;
}

export interface EmployerRecord {
  employerId: string;
  legalName: string;
  ineligibilities: RecordedIneligibility[];
  evidence: Evidence;
}

const dayOf = (timestamp: string) => new Date(timestamp).toISOString().slice(0, 10);

function isInForceOn(ineligibility: RecordedIneligibility, day: string): boolean {
  if (day < ineligibility.effectiveFrom) return false;
  if (ineligibility.until !== null && day >= ineligibility.until) return false;
  return ineligibility.liftedAt === undefined || day < dayOf(ineligibility.liftedAt);
}

/** Judged on the day the application was received (UTC), by the record as it stands now. */
export function employerFactsAt(record: EmployerRecord, receivedAt: string): EmployerFacts {
  const { employerId, legalName, evidence } = record;
  const inForce = record.ineligibilities.find((ineligibility) =>
    isInForceOn(ineligibility, dayOf(receivedAt)),
  );
  if (!inForce) return { employerId, legalName, eligibleAtApplication: true, evidence };
  const { reason, reference, until } = inForce;
  return {
    employerId,
    legalName,
    eligibleAtApplication: false,
    ineligibility: { reason, reference, until },
    evidence,
  };
}

type EmployerChange = IntegrationEventOf<
  'EmployerDetailsUpdated' | 'EmployerDeclaredIneligible' | 'EmployerReinstated'
>;

const evidenceOf = (event: IntegrationEvent): Evidence => ({
  streamId: event.streamId,
  revision: event.revision,
});

function evolve(record: EmployerRecord, event: EmployerChange): EmployerRecord {
  const evidence = evidenceOf(event);
  switch (event.type) {
    case 'EmployerDeclaredIneligible': {
      const { reason, reference, effectiveFrom, until, permanent } = event.data;
      const declared = { reason, reference, effectiveFrom, until, permanent };
      return { ...record, ineligibilities: [...record.ineligibilities, declared], evidence };
    }
    case 'EmployerReinstated': {
      const { reinstatedAt } = event.data;
      const ineligibilities = record.ineligibilities.map((ineligibility) =>
        ineligibility.liftedAt === undefined ? { ...ineligibility, liftedAt: reinstatedAt } : ineligibility,
      );
      return { ...record, ineligibilities, evidence };
    }
    case 'EmployerDetailsUpdated':
      return { ...record, evidence };
  }
}

/** employers: what the decision service knows of each employer's eligibility, with the evidence. */
export class EmployerFactsReadModel {
  private readonly table: string;

  constructor(schema: string) {
    this.table = `"${schema}".employers`;
  }

  async migrate(sql: Sql): Promise<void> {
    await sql.query(
      `CREATE TABLE IF NOT EXISTS ${this.table} (employer_id uuid PRIMARY KEY, record jsonb NOT NULL)`,
    );
  }

  async project(event: IntegrationEvent, tx: Sql): Promise<void> {
    switch (event.type) {
      case 'EmployerEnrolled': {
        const { employerId, legalName } = event.data;
        const record: EmployerRecord = {
          employerId,
          legalName,
          ineligibilities: [],
          evidence: evidenceOf(event),
        };
        await tx.query(
          `INSERT INTO ${this.table} (employer_id, record) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
          [employerId, JSON.stringify(record)],
        );
        return;
      }
      case 'EmployerDetailsUpdated':
      case 'EmployerDeclaredIneligible':
      case 'EmployerReinstated':
        return this.change(tx, event);
    }
  }

  async find(sql: Sql, employerId: string): Promise<EmployerRecord | undefined> {
    const { rows } = await sql.query<{ record: EmployerRecord }>(
      `SELECT record FROM ${this.table} WHERE employer_id = $1`,
      [employerId],
    );
    return rows[0]?.record;
  }

  private async change(tx: Sql, event: EmployerChange): Promise<void> {
    const record = await this.find(tx, event.data.employerId);
    if (!record || record.evidence.revision >= event.revision) return;
    await tx.query(`UPDATE ${this.table} SET record = $2 WHERE employer_id = $1`, [
      event.data.employerId,
      JSON.stringify(evolve(record, event)),
    ]);
  }
}
