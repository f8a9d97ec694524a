import { createServer } from 'node:net';
import { DECISION_SERVICE, prepareDecisionService } from '@imp/decision-service';
import { runServices, type ServiceDefinition } from '@imp/service-kit';
import { Logger } from '@nestjs/common';
import { APPLICATION_SERVICE, prepareApplicationService } from '../../src';
import { HttpClient } from '@imp/testing';

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

/**
 * The application service with the decision service it talks to, in this process on in-memory databases. No
 * employer or offer service: an application is received whatever the offer, and that is what is tested here.
 */
export async function startApplicationSystem() {
  Logger.overrideLogger(['error']);
  const services: ServiceDefinition[] = [
    { ...APPLICATION_SERVICE, prepare: prepareApplicationService },
    { ...DECISION_SERVICE, prepare: prepareDecisionService },
  ];
  const ports = { [APPLICATION_SERVICE.name]: await freePort(), [DECISION_SERVICE.name]: await freePort() };
  const running = await runServices(
    services,
    { kind: 'embedded', dataDir: 'memory' },
    { host: '127.0.0.1', ports },
  );
  return {
    applications: new HttpClient(`http://127.0.0.1:${ports[APPLICATION_SERVICE.name]}`),
    cases: new HttpClient(`http://127.0.0.1:${ports[DECISION_SERVICE.name]}`),
    stop: () => running.stop(),
  };
}

export type ApplicationSystem = Awaited<ReturnType<typeof startApplicationSystem>>;
