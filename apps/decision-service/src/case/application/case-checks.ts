import type { CommandContext } from '@imp/domain-kernel';
import type { Sql } from '@imp/messaging';
import type { AggregateGateway } from '@imp/service-kit';
import { caseDecider, type EvaluateChecks, isActive } from '../domain';
import { employerFactsAt, type EmployerFactsReadModel } from '../projections/employer-facts.read-model';
import type { OfferFactsReadModel } from '../projections/offer-facts.read-model';
import { caseStream } from './case-streams';

/** Runs a case's eligibility checks with whatever the read models know now; the decider records only news. */
export class CaseChecks {
  constructor(
    private readonly aggregates: AggregateGateway,
    private readonly sql: Sql,
    private readonly offers: OfferFactsReadModel,
    private readonly employers: EmployerFactsReadModel,
  ) {}

  async evaluate(caseId: string, context: CommandContext): Promise<void> {
    const stream = caseStream(caseId);
    const { state } = await this.aggregates.load(caseDecider, stream);
    if (!isActive(state)) return;
    const offer = await this.offers.find(this.sql, state.offerNumber);
    // The offer names the employer: without it there is no employer to judge yet.
    const employer = offer && (await this.employers.find(this.sql, offer.employerId));
    const command: EvaluateChecks = {
      type: 'EvaluateChecks',
      data: {
        ...(offer ? { offer } : {}),
        ...(employer ? { employer: employerFactsAt(employer, state.receivedAt) } : {}),
        now: context.now,
      },
    };
    await this.aggregates.execute(caseDecider, stream, command, context, { retryOnConflict: true });
  }
}
