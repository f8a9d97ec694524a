import type { Sql } from '@imp/messaging';
import { AggregateGateway, toHistoryEntry } from '@imp/service-kit';
import { employerDecider, employerNotFound, type EmployerState, isEligibleAt } from '../domain';
import { employerStream } from './employer-streams';

export interface EmployerView {
  employerId: string;
  status: string;
  eligibleToday: boolean;
  revision: number;
  [field: string]: unknown;
}

function view(
  state: Exclude<EmployerState, { status: 'NOT_ENROLLED' }>,
  revision: bigint,
  today: string,
): EmployerView {
  return {
    ...state.profile,
    status: state.status,
    eligibleToday: isEligibleAt(state, today),
    ineligibilities: state.ineligibilities,
    revision: Number(revision),
  };
}

/** Reads: one employer from its stream (always current), lists from the read model. */
export class EmployerQueries {
  constructor(
    private readonly aggregates: AggregateGateway,
    private readonly sql: Sql,
    private readonly schema: string,
  ) {}

  async byId(employerId: string, now: Date): Promise<EmployerView> {
    const { state, revision } = await this.aggregates.load(employerDecider, employerStream(employerId));
    if (state.status === 'NOT_ENROLLED') throw employerNotFound();
    return view(state, revision, now.toISOString());
  }

  async history(employerId: string) {
    const events = await this.aggregates.store.readStream(employerStream(employerId));
    if (events.length === 0) throw employerNotFound();
    return { employerId, events: events.map(toHistoryEntry) };
  }

  async list(filter: { businessNumber?: string; status?: string }, now: Date): Promise<EmployerView[]> {
    const { rows } = await this.sql.query<{ state: EmployerState; revision: string }>(
      `SELECT state, revision FROM "${this.schema}".employers
       WHERE ($1::text IS NULL OR business_number = $1) AND ($2::text IS NULL OR status = $2)
       ORDER BY legal_name LIMIT 500`,
      [filter.businessNumber ?? null, filter.status ?? null],
    );
    return rows.flatMap(({ state, revision }) =>
      state.status === 'NOT_ENROLLED' ? [] : [view(state, BigInt(revision), now.toISOString())],
    );
  }
}
