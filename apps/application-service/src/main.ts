import 'reflect-metadata';
import { productionModeFromEnv, runServices, stopOnSignals } from '@imp/service-kit';
import { APPLICATION_SERVICE, prepareApplicationService } from './application-service';

async function main() {
  const port = Number(process.env.PORT ?? APPLICATION_SERVICE.port);
  const system = await runServices(
    [{ ...APPLICATION_SERVICE, port, prepare: prepareApplicationService }],
    productionModeFromEnv(),
    { announce: true },
  );
  stopOnSignals(system);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
