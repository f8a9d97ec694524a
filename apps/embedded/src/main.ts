import 'reflect-metadata';
import path from 'node:path';
import { runServices, stopOnSignals } from '@imp/service-kit';
import { allServices } from './services';

/** `npm start`: all services in one process, each on its own PGlite database under .data/. */
async function main() {
  const dataDir = path.resolve(process.env.IMP_DATA_DIR ?? '.data');
  const system = await runServices(
    allServices,
    { kind: 'embedded', dataDir },
    { host: process.env.HOST, announce: true },
  );
  stopOnSignals(system);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
