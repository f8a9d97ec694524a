import { Topics } from '@imp/contracts';
import { createHttpApp, type PreparedService, prepareService, type ServiceRuntime } from '@imp/service-kit';
import { OfferNumbers } from './offer/application/offer-numbers';
import { offerContractOf } from './offer/integration/offer-contract.mapper';
import { reactToDecisions } from './offer/integration/decision-reactions';
import { EmployersReadModel } from './offer/projections/employers.read-model';
import { OfferSummaries } from './offer/projections/offer-summaries';
import { offerSummaryProjection } from './offer/projections/offer-summary.projection';
import { OfferServiceModule } from './offer-service.module';

export const OFFER_SERVICE = { name: 'offer-service', schema: 'offer', port: 3002 } as const;

export async function prepareOfferService(runtime: ServiceRuntime): Promise<PreparedService> {
  const employers = new EmployersReadModel(runtime.schema);
  // Both must exist before the consumer's first message and the first submission.
  await employers.migrate(runtime.sql);
  await OfferNumbers.migrate(runtime.sql, runtime.schema);

  return prepareService({
    runtime,
    projections: [offerSummaryProjection(runtime.schema)],
    publishes: { topic: Topics.offer, toContract: offerContractOf },
    consumes: (aggregates) => ({
      topics: [Topics.employer, Topics.decision],
      project: employers.project,
      react: reactToDecisions(aggregates, new OfferSummaries(runtime.sql, runtime.schema)),
    }),
    createApp: (projections) =>
      createHttpApp(OfferServiceModule.register(runtime, projections, employers), {
        title: 'offer-service',
        description:
          'LMIA-exempt offers of employment: drafts, the compliance fee, submission and offer numbers',
      }),
  });
}
