import type { RecordedEvent } from '@imp/event-store';
import type { Projection, Sql } from '@imp/messaging';
import { evolveEmployer, type EmployerEvent, type EmployerState, initialEmployerState } from '../domain';

/** employers: one row per employer for lists and look-ups by business number. */
export function employerSummaryProjection(schema: string): Projection {
  const table = `"${schema}".employers`;
  return {
    name: 'employer-summary',
    migrate: async (sql: Sql) => {
      await sql.query(`CREATE TABLE IF NOT EXISTS ${table} (
        employer_id uuid PRIMARY KEY, business_number text NOT NULL UNIQUE, legal_name text NOT NULL,
        status text NOT NULL, state jsonb NOT NULL, revision bigint NOT NULL, updated_at timestamptz NOT NULL)`);
    },
    apply: async (event: RecordedEvent, tx: Sql) => {
      if (!event.streamId.startsWith('employer-')) return;
      const { rows } = await tx.query<{ state: EmployerState; revision: string }>(
        `SELECT state, revision FROM ${table} WHERE employer_id = $1`,
        [event.streamId.slice('employer-'.length)],
      );
      if (rows[0] && BigInt(rows[0].revision) >= event.revision) return;
      const state = evolveEmployer(rows[0]?.state ?? initialEmployerState, event as unknown as EmployerEvent);
      if (state.status === 'NOT_ENROLLED') return;
      await tx.query(
        `INSERT INTO ${table} (employer_id, business_number, legal_name, status, state, revision, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (employer_id) DO UPDATE SET status = $4, state = $5, revision = $6, updated_at = $7`,
        [
          state.profile.employerId,
          state.profile.businessNumber,
          state.profile.legalName,
          state.status,
          JSON.stringify(state),
          event.revision.toString(),
          event.recordedAt,
        ],
      );
    },
  };
}
