import { Topics } from '@imp/contracts';
import { createHttpApp, type PreparedService, prepareService, type ServiceRuntime } from '@imp/service-kit';
import { ApplicationNumbers } from './application/application/application-numbers';
import { applicationContractOf } from './application/integration/application-contract.mapper';
import { DecisionReactions } from './application/integration/decision-reactions';
import { applicationSummaryProjection } from './application/projections/application-summary.projection';
import { ApplicationServiceModule } from './application-service.module';

export const APPLICATION_SERVICE = {
  name: 'application-service',
  schema: 'application',
  port: 3003,
} as const;

export async function prepareApplicationService(runtime: ServiceRuntime): Promise<PreparedService> {
  const numbers = new ApplicationNumbers(runtime.sql, runtime.schema);
  await numbers.migrate();
  return prepareService({
    runtime,
    projections: [applicationSummaryProjection(runtime.schema)],
    publishes: { topic: Topics.application, toContract: applicationContractOf },
    consumes: (aggregates) => {
      const reactions = new DecisionReactions(runtime.name, aggregates, runtime.sql, runtime.schema);
      return { topics: [Topics.decision], react: (event) => reactions.react(event) };
    },
    createApp: (projections) =>
      createHttpApp(ApplicationServiceModule.register(runtime, projections, numbers), {
        title: 'application-service',
        description:
          'Work permit applications quoting an offer of employment, and what the decision service decided',
      }),
  });
}
