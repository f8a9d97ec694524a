import type { Sql } from '@imp/messaging';
import { AggregateGateway, toHistoryEntry } from '@imp/service-kit';
import { applicationDecider, applicationNotFound, type SubmittedApplicationState } from '../domain';
import { applicationsTable } from '../projections/application-summary.projection';
import { applicationStream } from './application-streams';

function view({ application, ...progress }: SubmittedApplicationState, revision: bigint) {
  return { ...application, ...progress, revision: Number(revision) };
}

export type ApplicationView = ReturnType<typeof view>;

/** Reads: one application from its stream (always current), by number from the read model. */
export class ApplicationQueries {
  constructor(
    private readonly aggregates: AggregateGateway,
    private readonly sql: Sql,
    private readonly schema: string,
  ) {}

  async byId(applicationId: string): Promise<ApplicationView> {
    const { state, revision } = await this.aggregates.load(
      applicationDecider,
      applicationStream(applicationId),
    );
    if (state.status === 'NOT_SUBMITTED') throw applicationNotFound();
    return view(state, revision);
  }

  async byNumber(applicationNumber: string): Promise<ApplicationView> {
    const { rows } = await this.sql.query<{ state: SubmittedApplicationState; revision: string }>(
      `SELECT state, revision FROM ${applicationsTable(this.schema)} WHERE application_number = $1`,
      [applicationNumber],
    );
    if (rows.length === 0) throw applicationNotFound();
    return view(rows[0].state, BigInt(rows[0].revision));
  }

  async history(applicationId: string) {
    const events = await this.aggregates.store.readStream(applicationStream(applicationId));
    if (events.length === 0) throw applicationNotFound();
    return { applicationId, events: events.map(toHistoryEntry) };
  }
}
