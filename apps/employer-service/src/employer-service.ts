import { Topics } from '@imp/contracts';
import { createHttpApp, type PreparedService, prepareService, type ServiceRuntime } from '@imp/service-kit';
import { employerContractOf } from './employer/integration/employer-contract.mapper';
import { employerSummaryProjection } from './employer/projections/employer-summary.projection';
import { EmployerServiceModule } from './employer-service.module';

export const EMPLOYER_SERVICE = { name: 'employer-service', schema: 'employer', port: 3001 } as const;

export function prepareEmployerService(runtime: ServiceRuntime): Promise<PreparedService> {
  return prepareService({
    runtime,
    projections: [employerSummaryProjection(runtime.schema)],
    publishes: { topic: Topics.employer, toContract: employerContractOf },
    createApp: (projections) =>
      createHttpApp(EmployerServiceModule.register(runtime, projections), {
        title: 'employer-service',
        description: 'Employer enrolment, profile and eligibility (bans, unpaid penalties) for the IMP',
      }),
  });
}
