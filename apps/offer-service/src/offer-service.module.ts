import type { ProjectionRunner } from '@imp/messaging';
import { AggregateGateway, type ServiceRuntime, ServiceKitModule } from '@imp/service-kit';
import { type DynamicModule, Module } from '@nestjs/common';
import { OffersController } from './offer/api/offers.controller';
import { ClaimFeeExemptionHandler } from './offer/application/claim-fee-exemption.handler';
import { DraftOfferHandler } from './offer/application/draft-offer.handler';
import { EmployerDirectory } from './offer/application/employer-directory';
import { OfferNumbers } from './offer/application/offer-numbers';
import { OfferQueries } from './offer/application/offer-queries';
import { PayComplianceFeeHandler } from './offer/application/pay-compliance-fee.handler';
import { SubmitOfferHandler } from './offer/application/submit-offer.handler';
import { UpdateOfferDraftHandler } from './offer/application/update-offer-draft.handler';
import { WithdrawOfferHandler } from './offer/application/withdraw-offer.handler';
import type { EmployersReadModel } from './offer/projections/employers.read-model';
import { OfferSummaries } from './offer/projections/offer-summaries';

@Module({})
export class OfferServiceModule {
  static register(
    runtime: ServiceRuntime,
    projections: ProjectionRunner,
    employers: EmployersReadModel,
  ): DynamicModule {
    const aggregates = new AggregateGateway(runtime.store, projections);
    const employerDirectory = new EmployerDirectory(runtime.sql, employers);
    const summaries = new OfferSummaries(runtime.sql, runtime.schema);
    return {
      module: OfferServiceModule,
      imports: [ServiceKitModule.register(runtime)],
      controllers: [OffersController],
      providers: [
        { provide: AggregateGateway, useValue: aggregates },
        { provide: EmployerDirectory, useValue: employerDirectory },
        { provide: OfferNumbers, useValue: new OfferNumbers(runtime.sql, runtime.schema) },
        { provide: OfferQueries, useValue: new OfferQueries(aggregates, summaries, employerDirectory) },
        DraftOfferHandler,
        UpdateOfferDraftHandler,
        PayComplianceFeeHandler,
        ClaimFeeExemptionHandler,
        SubmitOfferHandler,
        WithdrawOfferHandler,
      ],
    };
  }
}
