import { type DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import type { Registry } from 'prom-client';
import { HEALTH_CHECKS, type HealthCheck, HealthController } from './health';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyStore } from './idempotency';
import { METRICS_REGISTRY, MetricsController } from './metrics';

export interface ServiceKitOptions {
  healthChecks: HealthCheck[];
  metrics: Registry;
  idempotency: IdempotencyStore;
}

/** /health, /metrics and Idempotency-Key for a service; its stores are built by the composition root. */
@Module({})
export class ServiceKitModule {
  static register(options: ServiceKitOptions): DynamicModule {
    return {
      module: ServiceKitModule,
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
