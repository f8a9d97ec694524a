import { createServer } from 'node:net';
import { APPLICATION_SERVICE, prepareApplicationService } from '@imp/application-service';
import { EMPLOYER_SERVICE, prepareEmployerService } from '@imp/employer-service';
import { OFFER_SERVICE, prepareOfferService } from '@imp/offer-service';
import { type RunningSystem, runServices, type ServiceDefinition } from '@imp/service-kit';
import { Logger } from '@nestjs/common';
import { DECISION_SERVICE, prepareDecisionService } from '../../src';
import { HttpClient } from './http-client';

const services: ServiceDefinition[] = [
  { ...EMPLOYER_SERVICE, prepare: prepareEmployerService },
  { ...OFFER_SERVICE, prepare: prepareOfferService },
  { ...APPLICATION_SERVICE, prepare: prepareApplicationService },
  { ...DECISION_SERVICE, prepare: prepareDecisionService },
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ImpSystem {
  employers: HttpClient;
  offers: HttpClient;
  applications: HttpClient;
  cases: HttpClient;
  running: RunningSystem;
  stop(): Promise<void>;
}

/** All four services in this process, as `npm start` runs them, on in-memory databases and free ports. */
export async function startImpSystem(): Promise<ImpSystem> {
  Logger.overrideLogger(['error']);
  const ports: Record<string, number> = {};
  for (const service of services) ports[service.name] = await freePort();
  const running = await runServices(
    services,
    { kind: 'embedded', dataDir: 'memory' },
    { host: '127.0.0.1', ports },
  );
  const client = (name: string) => new HttpClient(`http://127.0.0.1:${ports[name]}`);
  return {
    employers: client(EMPLOYER_SERVICE.name),
    offers: client(OFFER_SERVICE.name),
    applications: client(APPLICATION_SERVICE.name),
    cases: client(DECISION_SERVICE.name),
    running,
    stop: () => running.stop(),
  };
}
