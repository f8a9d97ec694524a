import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { runEventStoreBench } from './event-store.bench';
import { runMessagingBench } from './messaging.bench';

/** `npm run bench`: every benchmark, each against a baseline run in the same process; markdown to stdout. */
async function main() {
  const root = path.resolve(__dirname, '../../../..');
  if (!process.env.DATABASE_URL) {
    execFileSync('bash', [path.join(root, 'infra/postgres.sh'), 'up'], { stdio: 'inherit' });
  }
  if (!process.env.KAFKA_BROKERS) {
    execFileSync('bash', [path.join(root, 'infra/kafka.sh'), 'up'], { stdio: 'inherit' });
  }
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/imp';
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  console.log(`# Benchmarks\n\nMachine: ${machine}\n`);
  const only = process.argv[2];
  if (!only || only === 'event-store') console.log(await runEventStoreBench({ databaseUrl }));
  if (!only || only === 'messaging') console.log(await runMessagingBench({ databaseUrl, brokers }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
