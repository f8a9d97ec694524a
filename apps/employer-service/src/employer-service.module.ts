import type { ProjectionRunner } from '@imp/messaging';
import { AggregateGateway, type ServiceRuntime, ServiceKitModule } from '@imp/service-kit';
import { type DynamicModule, Module } from '@nestjs/common';
import { EmployersController } from './employer/api/employers.controller';
import { DeclareEmployerIneligibleHandler } from './employer/application/declare-employer-ineligible.handler';
import { EmployerQueries } from './employer/application/employer-queries';
import { EnrolEmployerHandler } from './employer/application/enrol-employer.handler';
import { ReinstateEmployerHandler } from './employer/application/reinstate-employer.handler';
import { UpdateEmployerDetailsHandler } from './employer/application/update-employer-details.handler';

@Module({})
export class EmployerServiceModule {
  static register(runtime: ServiceRuntime, projections: ProjectionRunner): DynamicModule {
    const aggregates = new AggregateGateway(runtime.store, projections);
    return {
      module: EmployerServiceModule,
      imports: [ServiceKitModule.register(runtime)],
      controllers: [EmployersController],
      providers: [
        { provide: AggregateGateway, useValue: aggregates },
        { provide: EmployerQueries, useValue: new EmployerQueries(aggregates, runtime.sql, runtime.schema) },
        EnrolEmployerHandler,
        UpdateEmployerDetailsHandler,
        DeclareEmployerIneligibleHandler,
        ReinstateEmployerHandler,
      ],
    };
  }
}
