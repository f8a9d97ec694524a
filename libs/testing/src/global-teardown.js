const { execFileSync } = require('node:child_process');
const path = require('node:path');

// Locally the broker stays up so the next run starts fast; in CI it is stopped with the run.
module.exports = async function globalTeardown() {
  for (const container of globalThis.__impContainers ?? []) await container.stop();
  if (
    process.env.CI === 'true' &&
    (globalThis.__impStarted ?? []).includes('kafka') &&
    !globalThis.__impContainers
  ) {
    execFileSync('bash', [path.resolve(__dirname, '../../../infra/kafka.sh'), 'down'], { stdio: 'inherit' });
  }
  if (process.env.KURRENTDB_URL === undefined) {
    console.log(
      '[imp] KurrentDB contract suite not run by npm test: start KurrentDB and run `KURRENTDB_URL=kurrentdb://127.0.0.1:2113?tls=false npm run test:kurrentdb`.',
    );
  }
};
