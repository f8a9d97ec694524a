import type { RecordedEvent } from '@imp/event-store';
import { type Projection, qualified, type Sql } from '@imp/messaging';
import { evolveOffer, type OfferEvent, type OfferState, initialOfferState } from '../domain';
import { OFFER_STREAM_PREFIX } from '../application/offer-streams';

/** offers: one row per offer, for lists by employer, status or exemption code, and look-ups by offer number. */
export function offerSummaryProjection(schema: string): Projection {
  const table = qualified(schema, 'offers');
  return {
    name: 'offer-summary',
    migrate: async (sql: Sql) => {
      await sql.query(`CREATE TABLE IF NOT EXISTS ${table} (
        offer_id uuid PRIMARY KEY, employer_id text NOT NULL, status text NOT NULL, exemption_code text NOT NULL,
        offer_number text UNIQUE, noc_code text NOT NULL, submitted_at timestamptz, state jsonb NOT NULL,
        revision bigint NOT NULL, updated_at timestamptz NOT NULL)`);
      await sql.query(`CREATE INDEX IF NOT EXISTS offers_by_employer ON ${table} (employer_id, status)`);
    },
    apply: async (event: RecordedEvent, tx: Sql) => {
      if (!event.streamId.startsWith(OFFER_STREAM_PREFIX)) return;
      const { rows } = await tx.query<{ state: OfferState; revision: string }>(
        `SELECT state, revision FROM ${table} WHERE offer_id = $1`,
        [event.streamId.slice(OFFER_STREAM_PREFIX.length)],
      );
      if (rows[0] && BigInt(rows[0].revision) >= event.revision) return;
      const state = evolveOffer(rows[0]?.state ?? initialOfferState, event as unknown as OfferEvent);
      if (state.status === 'NOT_DRAFTED') return;
      const submission = 'submission' in state ? state.submission : undefined;
      await tx.query(
        `INSERT INTO ${table} (offer_id, employer_id, status, exemption_code, offer_number, noc_code, submitted_at,
           state, revision, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (offer_id) DO UPDATE SET status = $3, exemption_code = $4, offer_number = $5, noc_code = $6,
           submitted_at = $7, state = $8, revision = $9, updated_at = $10`,
        [
          state.offer.offerId,
          state.offer.employerId,
          state.status,
          state.offer.exemptionCode,
          submission?.offerNumber ?? null,
          state.offer.job.nocCode,
          submission?.submittedAt ?? null,
          JSON.stringify(state),
          event.revision.toString(),
          event.recordedAt,
        ],
      );
    },
  };
}
