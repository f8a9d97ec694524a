import { APPLICATION_SERVICE, prepareApplicationService } from '@imp/application-service';
import { DECISION_SERVICE, prepareDecisionService } from '@imp/decision-service';
import { EMPLOYER_SERVICE, prepareEmployerService } from '@imp/employer-service';
import { OFFER_SERVICE, prepareOfferService } from '@imp/offer-service';
import type { ServiceDefinition } from '@imp/service-kit';

/** Every service of the system, in start order. */
export const allServices: ServiceDefinition[] = [
  { ...EMPLOYER_SERVICE, prepare: prepareEmployerService },
  { ...OFFER_SERVICE, prepare: prepareOfferService },
  { ...APPLICATION_SERVICE, prepare: prepareApplicationService },
  { ...DECISION_SERVICE, prepare: prepareDecisionService },
];
