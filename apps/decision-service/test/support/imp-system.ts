import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { APPLICATION_SERVICE, prepareApplicationService } from '@imp/application-service';
import { EMPLOYER_SERVICE, prepareEmployerService } from '@imp/employer-service';
import { OFFER_SERVICE, prepareOfferService } from '@imp/offer-service';
import { type RunningSystem, runServices, type ServiceDefinition } from '@imp/service-kit';
import {
  createScratchDatabase,
  databaseUrl,
  freePort,
  HttpClient,
  kafkaBrokers,
  ServiceProcess,
} from '@imp/testing';
import { Logger } from '@nestjs/common';
import { DECISION_SERVICE, prepareDecisionService } from '../../src';

const services: ServiceDefinition[] = [
  { ...EMPLOYER_SERVICE, prepare: prepareEmployerService },
  { ...OFFER_SERVICE, prepare: prepareOfferService },
  { ...APPLICATION_SERVICE, prepare: prepareApplicationService },
  { ...DECISION_SERVICE, prepare: prepareDecisionService },
];

export interface ImpSystem {
  employers: HttpClient;
  offers: HttpClient;
  applications: HttpClient;
  cases: HttpClient;
  /** The in-process system, for tests that publish onto its transport; absent when the services are processes. */
  running?: RunningSystem;
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

const root = path.resolve(__dirname, '../../../..');

/**
 * All four services as production runs them: four OS processes from dist/ (built by the jest global setup),
 * on a scratch PostgreSQL database and the real Kafka broker, in a topic namespace of their own.
 */
export async function startImpSystemInProcesses(): Promise<ImpSystem> {
  const database = await createScratchDatabase(databaseUrl());
  const namespace = `it-${randomUUID()}.`;
  const ports: Record<string, number> = {};
  for (const service of services) ports[service.name] = await freePort();
  const processes = services.map((service) =>
    ServiceProcess.start(service.name, `dist/apps/${service.name}/src/main.js`, {
      cwd: root,
      env: {
        DATABASE_URL: database.url,
        KAFKA_BROKERS: kafkaBrokers().join(','),
        KAFKA_TOPIC_NAMESPACE: namespace,
        PORT: String(ports[service.name]),
        HOST: '127.0.0.1',
      },
    }),
  );
  const stop = async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await database.drop();
  };
  try {
    await Promise.all(processes.map((p) => p.waitHealthy(`http://127.0.0.1:${ports[p.name]}`)));
  } catch (error) {
    await stop();
    throw error;
  }
  const client = (name: string) => new HttpClient(`http://127.0.0.1:${ports[name]}`);
  return {
    employers: client(EMPLOYER_SERVICE.name),
    offers: client(OFFER_SERVICE.name),
    applications: client(APPLICATION_SERVICE.name),
    cases: client(DECISION_SERVICE.name),
    stop,
  };
}
