import { Controller, Get, Header, Inject } from '@nestjs/common';
import { collectDefaultMetrics, Registry } from 'prom-client';

export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');

/** One registry per service, so four services in one process keep their metrics apart. */
export function createMetricsRegistry(service: string, withProcessMetrics: boolean): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  if (withProcessMetrics) collectDefaultMetrics({ register: registry });
  return registry;
}

@Controller('metrics')
export class MetricsController {
  constructor(@Inject(METRICS_REGISTRY) private readonly registry: Registry) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
