// Brings up the real infrastructure the integration tests need, once per `npm test`.
// KAFKA_BROKERS / DATABASE_URL win when set; otherwise a Docker engine (testcontainers) or infra/ scripts.
// Nothing is ever skipped: if infrastructure cannot be had, the run fails here.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '../../..');

function dockerAnswers() {
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore', timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

function runInfra(script) {
  execFileSync('bash', [path.join(root, 'infra', script), 'up'], { stdio: 'inherit', timeout: 300_000 });
}

module.exports = async function globalSetup() {
  const started = [];
  const useDocker = (!process.env.KAFKA_BROKERS || !process.env.DATABASE_URL) && dockerAnswers();

  if (!process.env.DATABASE_URL) {
    if (useDocker) {
      const { PostgreSqlContainer } = require('@testcontainers/postgresql');
      const container = await new PostgreSqlContainer('postgres:16-alpine').start();
      globalThis.__impContainers = [...(globalThis.__impContainers ?? []), container];
      process.env.DATABASE_URL = container.getConnectionUri();
    } else {
      runInfra('postgres.sh');
      process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/imp';
    }
    started.push('postgres');
  }

  if (!process.env.KAFKA_BROKERS) {
    if (useDocker) {
      const { KafkaContainer } = require('@testcontainers/kafka');
      const container = await new KafkaContainer('confluentinc/cp-kafka:7.7.1').withKraft().start();
      globalThis.__impContainers = [...(globalThis.__impContainers ?? []), container];
      process.env.KAFKA_BROKERS = `${container.getHost()}:${container.getMappedPort(9093)}`;
    } else {
      runInfra('kafka.sh');
      process.env.KAFKA_BROKERS = `127.0.0.1:${process.env.KAFKA_PORT ?? 9092}`;
    }
    started.push('kafka');
  }

  // Tests that run services as production does spawn them from dist/: build it once for all of them.
  try {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
  } catch (error) {
    throw new Error(`The build failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }

  globalThis.__impStarted = started;
  console.log(`\n[imp] DATABASE_URL=${process.env.DATABASE_URL} KAFKA_BROKERS=${process.env.KAFKA_BROKERS}`);
};
