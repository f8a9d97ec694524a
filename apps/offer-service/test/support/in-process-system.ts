import { EMPLOYER_SERVICE, prepareEmployerService } from '@imp/employer-service';
import type { MessageTransport } from '@imp/messaging';
import { OFFER_SERVICE, prepareOfferService } from '@imp/offer-service';
import { runServices, type RunningSystem } from '@imp/service-kit';
import { freePort } from '@imp/testing';
import { httpClient } from './http-client';

export interface InProcessSystem {
  system: RunningSystem;
  employers: ReturnType<typeof httpClient>;
  offers: ReturnType<typeof httpClient>;
  /** The in-process transport both services share, for publishing what other services would. */
  transport: MessageTransport;
  offerServiceUrl: string;
}

/** The employer and offer services in this process, on in-memory PGlite, talking over the in-process transport. */
export async function startInProcessSystem(): Promise<InProcessSystem> {
  const ports = { [EMPLOYER_SERVICE.name]: await freePort(), [OFFER_SERVICE.name]: await freePort() };
  const system = await runServices(
    [
      { ...EMPLOYER_SERVICE, prepare: prepareEmployerService },
      { ...OFFER_SERVICE, prepare: prepareOfferService },
    ],
    { kind: 'embedded', dataDir: 'memory' },
    { host: '127.0.0.1', ports },
  );
  const offerServiceUrl = `http://127.0.0.1:${ports[OFFER_SERVICE.name]}`;
  return {
    system,
    employers: httpClient(`http://127.0.0.1:${ports[EMPLOYER_SERVICE.name]}`, {
      id: 'officer-3',
      role: 'officer',
    }),
    offers: httpClient(offerServiceUrl),
    transport: system.runtimes[0].transport,
    offerServiceUrl,
  };
}
