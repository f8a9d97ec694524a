import 'reflect-metadata';
import { productionModeFromEnv, runServices, stopOnSignals } from '@imp/service-kit';
import { DECISION_SERVICE, prepareDecisionService } from './decision-service';

async function main() {
  const port = Number(process.env.PORT ?? DECISION_SERVICE.port);
  const system = await runServices(
    [{ ...DECISION_SERVICE, port, prepare: prepareDecisionService }],
    productionModeFromEnv(),
    { announce: true },
  );
  stopOnSignals(system);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
