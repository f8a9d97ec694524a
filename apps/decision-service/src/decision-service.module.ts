import type { ProjectionRunner } from '@imp/messaging';
import { AggregateGateway, type ServiceRuntime, ServiceKitModule } from '@imp/service-kit';
import { type DynamicModule, Module } from '@nestjs/common';
import { CasesController } from './case/api/cases.controller';
import { ApproveApplicationHandler } from './case/application/approve-application.handler';
import { AssignCaseHandler } from './case/application/assign-case.handler';
import { CaseQueries } from './case/application/case-queries';
import { RecordPortOfEntryOutcomeHandler } from './case/application/record-port-of-entry-outcome.handler';
import { RefuseApplicationHandler } from './case/application/refuse-application.handler';
import { RequestInformationHandler } from './case/application/request-information.handler';

@Module({})
export class DecisionServiceModule {
  static register(runtime: ServiceRuntime, projections: ProjectionRunner): DynamicModule {
    const aggregates = new AggregateGateway(runtime.store, projections);
    return {
      module: DecisionServiceModule,
      imports: [ServiceKitModule.register(runtime)],
      controllers: [CasesController],
      providers: [
        { provide: AggregateGateway, useValue: aggregates },
        { provide: CaseQueries, useValue: new CaseQueries(aggregates, runtime.sql, runtime.schema) },
        AssignCaseHandler,
        RequestInformationHandler,
        ApproveApplicationHandler,
        RefuseApplicationHandler,
        RecordPortOfEntryOutcomeHandler,
      ],
    };
  }
}
