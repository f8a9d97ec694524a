import type { RecordedEvent } from '@imp/event-store';
import type { Projection, Sql } from '@imp/messaging';
import {
  type ApplicationEvent,
  type ApplicationState,
  evolveApplication,
  initialApplicationState,
} from '../domain';

export const applicationsTable = (schema: string) => `"${schema}".applications`;

/** applications: one row per application, for look-ups by application number (people quote the number). */
export function applicationSummaryProjection(schema: string): Projection {
  const table = applicationsTable(schema);
  return {
    name: 'application-summary',
    migrate: async (sql: Sql) => {
      await sql.query(`CREATE TABLE IF NOT EXISTS ${table} (
        application_id uuid PRIMARY KEY, application_number text NOT NULL UNIQUE, offer_number text NOT NULL,
        status text NOT NULL, state jsonb NOT NULL, revision bigint NOT NULL, updated_at timestamptz NOT NULL)`);
    },
    apply: async (event: RecordedEvent, tx: Sql) => {
      if (!event.streamId.startsWith('application-')) return;
      const { rows } = await tx.query<{ state: ApplicationState; revision: string }>(
        `SELECT state, revision FROM ${table} WHERE application_id = $1`,
        [event.streamId.slice('application-'.length)],
      );
      if (rows[0] && BigInt(rows[0].revision) >= event.revision) return;
      const state = evolveApplication(
        rows[0]?.state ?? initialApplicationState,
        event as unknown as ApplicationEvent,
      );
      if (state.status === 'NOT_SUBMITTED') return;
      const { applicationId, applicationNumber, offerNumber } = state.application;
      await tx.query(
        `INSERT INTO ${table} (application_id, application_number, offer_number, status, state, revision, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (application_id) DO UPDATE SET status = $4, state = $5, revision = $6, updated_at = $7`,
        [
          applicationId,
          applicationNumber,
          offerNumber,
          state.status,
          JSON.stringify(state),
          event.revision.toString(),
          event.recordedAt,
        ],
      );
    },
  };
}
