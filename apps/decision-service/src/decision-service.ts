import { Topics } from '@imp/contracts';
import { createHttpApp, type PreparedService, prepareService, type ServiceRuntime } from '@imp/service-kit';
import { CaseChecks } from './case/application/case-checks';
import { OpenCases } from './case/application/open-cases';
import { caseContractOf } from './case/integration/case-contract.mapper';
import { CaseReactions } from './case/integration/case-reactions';
import { caseSummaryProjection } from './case/projections/case-summary.projection';
import { EmployerFactsReadModel } from './case/projections/employer-facts.read-model';
import { OfferFactsReadModel } from './case/projections/offer-facts.read-model';
import { DecisionServiceModule } from './decision-service.module';

export const DECISION_SERVICE = { name: 'decision-service', schema: 'decision', port: 3004 } as const;

export async function prepareDecisionService(runtime: ServiceRuntime): Promise<PreparedService> {
  const offers = new OfferFactsReadModel(runtime.schema);
  const employers = new EmployerFactsReadModel(runtime.schema);
  await offers.migrate(runtime.sql);
  await employers.migrate(runtime.sql);
  return prepareService({
    runtime,
    projections: [caseSummaryProjection(runtime.schema)],
    publishes: { topic: Topics.decision, toContract: caseContractOf },
    consumes: (aggregates) => {
      const checks = new CaseChecks(aggregates, runtime.sql, offers, employers);
      const reactions = new CaseReactions(
        runtime.name,
        aggregates,
        checks,
        new OpenCases(runtime.sql, runtime.schema),
      );
      return {
        topics: [Topics.employer, Topics.offer, Topics.application],
        project: async (event, tx) => {
          await offers.project(event, tx);
          await employers.project(event, tx);
        },
        react: (event) => reactions.react(event),
      };
    },
    createApp: (projections) =>
      createHttpApp(DecisionServiceModule.register(runtime, projections), {
        title: 'decision-service',
        description: 'Cases: eligibility checks with evidence, officer decisions and port-of-entry outcomes',
      }),
  });
}
