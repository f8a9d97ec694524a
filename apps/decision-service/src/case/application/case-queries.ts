import { NotFoundError } from '@imp/domain-kernel';
import type { Sql } from '@imp/messaging';
import { AggregateGateway, toHistoryEntry } from '@imp/service-kit';
import { caseDecider, caseNotFound, type CaseStatus, explain, type OpenedCaseState } from '../domain';
import { casesTable } from '../projections/case-summary.projection';
import { caseStream } from './case-streams';

const view = (state: OpenedCaseState, revision: bigint) => ({ ...state, revision: Number(revision) });

export type CaseView = ReturnType<typeof view>;

/** Reads: one case from its stream (always current), lists and look-ups by number from the read model. */
export class CaseQueries {
  constructor(
    private readonly aggregates: AggregateGateway,
    private readonly sql: Sql,
    private readonly schema: string,
  ) {}

  async byId(caseId: string): Promise<CaseView> {
    const { state, revision } = await this.aggregates.load(caseDecider, caseStream(caseId));
    if (state.status === 'NOT_OPENED') throw caseNotFound();
    return view(state, revision);
  }

  async explanation(caseId: string) {
    const { state } = await this.aggregates.load(caseDecider, caseStream(caseId));
    const explanation = explain(state);
    if (explanation instanceof NotFoundError) throw explanation;
    return explanation;
  }

  async byApplicationNumber(applicationNumber: string): Promise<CaseView> {
    const [found] = await this.select('application_number = $1', [applicationNumber]);
    if (!found) throw caseNotFound();
    return found;
  }

  list(status?: CaseStatus): Promise<CaseView[]> {
    return this.select('($1::text IS NULL OR status = $1) ORDER BY updated_at LIMIT 500', [status ?? null]);
  }

  async history(caseId: string) {
    const events = await this.aggregates.store.readStream(caseStream(caseId));
    if (events.length === 0) throw caseNotFound();
    return { caseId, events: events.map(toHistoryEntry) };
  }

  private async select(where: string, params: unknown[]): Promise<CaseView[]> {
    const { rows } = await this.sql.query<{ state: OpenedCaseState; revision: string }>(
      `SELECT state, revision FROM ${casesTable(this.schema)} WHERE ${where}`,
      params,
    );
    return rows.map((row) => view(row.state, BigInt(row.revision)));
  }
}
