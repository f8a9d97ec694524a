import type { RecordedEvent } from '@imp/event-store';
import type { Projection, Sql } from '@imp/messaging';
import { type CaseEvent, type CaseState, evolveCase, initialCaseState } from '../domain';

export const casesTable = (schema: string) => `"${schema}".cases`;

/** cases: one row per case, for work queues by status and look-ups by application or offer number. */
export function caseSummaryProjection(schema: string): Projection {
  const table = casesTable(schema);
  return {
    name: 'case-summary',
    migrate: async (sql: Sql) => {
      await sql.query(`CREATE TABLE IF NOT EXISTS ${table} (
        case_id uuid PRIMARY KEY, application_number text NOT NULL UNIQUE, offer_number text NOT NULL,
        status text NOT NULL, state jsonb NOT NULL, revision bigint NOT NULL, updated_at timestamptz NOT NULL)`);
      await sql.query(`CREATE INDEX IF NOT EXISTS cases_by_offer ON ${table} (offer_number, status)`);
      await sql.query(`CREATE INDEX IF NOT EXISTS cases_by_status ON ${table} (status, updated_at)`);
    },
    apply: async (event: RecordedEvent, tx: Sql) => {
      if (!event.streamId.startsWith('case-')) return;
      const { rows } = await tx.query<{ state: CaseState; revision: string }>(
        `SELECT state, revision FROM ${table} WHERE case_id = $1`,
        [event.streamId.slice('case-'.length)],
      );
      if (rows[0] && BigInt(rows[0].revision) >= event.revision) return;
      const state = evolveCase(rows[0]?.state ?? initialCaseState, event as unknown as CaseEvent);
      if (state.status === 'NOT_OPENED') return;
      await tx.query(
        `INSERT INTO ${table} (case_id, application_number, offer_number, status, state, revision, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (case_id) DO UPDATE SET status = $4, state = $5, revision = $6, updated_at = $7`,
        [
          state.caseId,
          state.applicationNumber,
          state.offerNumber,
          state.status,
          JSON.stringify(state),
          event.revision.toString(),
          event.recordedAt,
        ],
      );
    },
  };
}
