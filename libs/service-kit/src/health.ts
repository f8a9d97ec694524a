import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';

export interface HealthCheck {
  name: string;
  /** Resolves with details when healthy; rejects or returns ok: false when not. */
  check(): Promise<{ ok: boolean; detail?: unknown }>;
}

export const HEALTH_CHECKS = Symbol('HEALTH_CHECKS');

const TIMEOUT_MS = 3000;

async function run(check: HealthCheck) {
  const timeout = new Promise<{ ok: false; detail: string }>((resolve) =>
    setTimeout(() => resolve({ ok: false, detail: `no answer within ${TIMEOUT_MS} ms` }), TIMEOUT_MS).unref(),
  );
  try {
    return await Promise.race([check.check(), timeout]);
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

@Controller('health')
export class HealthController {
  constructor(@Inject(HEALTH_CHECKS) private readonly checks: HealthCheck[]) {}

  @Get()
  async health(@Res({ passthrough: true }) response: Response) {
    const results = await Promise.all(this.checks.map(async (c) => [c.name, await run(c)] as const));
    const ok = results.every(([, r]) => r.ok);
    response.status(ok ? 200 : 503);
    return { status: ok ? 'up' : 'down', checks: Object.fromEntries(results.map(([n, r]) => [n, r])) };
  }
}
