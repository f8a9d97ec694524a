import type { ProjectionRunner } from '@imp/messaging';
import { AggregateGateway, type ServiceRuntime, ServiceKitModule } from '@imp/service-kit';
import { type DynamicModule, Module } from '@nestjs/common';
import { ApplicationsController } from './application/api/applications.controller';
import { AddDocumentsHandler } from './application/application/add-documents.handler';
import { ApplicationNumbers } from './application/application/application-numbers';
import { ApplicationQueries } from './application/application/application-queries';
import { SubmitApplicationHandler } from './application/application/submit-application.handler';
import { WithdrawApplicationHandler } from './application/application/withdraw-application.handler';

@Module({})
export class ApplicationServiceModule {
  static register(
    runtime: ServiceRuntime,
    projections: ProjectionRunner,
    numbers: ApplicationNumbers,
  ): DynamicModule {
    const aggregates = new AggregateGateway(runtime.store, projections);
    return {
      module: ApplicationServiceModule,
      imports: [ServiceKitModule.register(runtime)],
      controllers: [ApplicationsController],
      providers: [
        { provide: AggregateGateway, useValue: aggregates },
        { provide: ApplicationNumbers, useValue: numbers },
        {
          provide: ApplicationQueries,
          useValue: new ApplicationQueries(aggregates, runtime.sql, runtime.schema),
        },
        SubmitApplicationHandler,
        AddDocumentsHandler,
        WithdrawApplicationHandler,
      ],
    };
  }
}
