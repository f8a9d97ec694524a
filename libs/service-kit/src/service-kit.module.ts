import { type DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { HEALTH_CHECKS, HealthController } from './health';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyStore } from './idempotency';
import { METRICS_REGISTRY, MetricsController } from './metrics';
import type { ServiceRuntime } from './service-runtime';

/**
 * What every service's Nest module shares: the command bus, /health, /metrics and Idempotency-Key. The stores
 * come built from the composition root in `runtime`.
 */
@Module({})
export class ServiceKitModule {
  static register(options: Pick<ServiceRuntime, 'healthChecks' | 'metrics' | 'idempotency'>): DynamicModule {
    return {
      module: ServiceKitModule,
      imports: [CqrsModule.forRoot()],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: HEALTH_CHECKS, useValue: options.healthChecks },
        { provide: METRICS_REGISTRY, useValue: options.metrics },
        { provide: IdempotencyStore, useValue: options.idempotency },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
      exports: [METRICS_REGISTRY],
    };
  }
}
