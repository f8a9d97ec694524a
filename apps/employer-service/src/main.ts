import 'reflect-metadata';
import { productionModeFromEnv, runServices, stopOnSignals } from '@imp/service-kit';
import { EMPLOYER_SERVICE, prepareEmployerService } from './employer-service';

async function main() {
  const port = Number(process.env.PORT ?? EMPLOYER_SERVICE.port);
  const system = await runServices(
    [{ ...EMPLOYER_SERVICE, port, prepare: prepareEmployerService }],
    productionModeFromEnv(),
    { announce: true },
  );
  stopOnSignals(system);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
