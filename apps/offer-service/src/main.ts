import 'reflect-metadata';
import { productionModeFromEnv, runServices, stopOnSignals } from '@imp/service-kit';
import { OFFER_SERVICE, prepareOfferService } from './offer-service';

async function main() {
  const port = Number(process.env.PORT ?? OFFER_SERVICE.port);
  const system = await runServices(
    [{ ...OFFER_SERVICE, port, prepare: prepareOfferService }],
    productionModeFromEnv(),
    { announce: true },
  );
  stopOnSignals(system);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
