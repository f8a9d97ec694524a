/**
 * Where the integration tests find the real infrastructure. The jest global setup fills these in;
 * a test that runs without them fails with the reason instead of being skipped.
 */
export function requireEnv(name: 'DATABASE_URL' | 'KAFKA_BROKERS'): string {
  const value = process.env[name];
  if (!value || value === 'x') {
    throw new Error(
      `${name} is not set: run the tests with \`npm test\`, which brings up Kafka and PostgreSQL`,
    );
  }
  return value;
}

export const kafkaBrokers = () => requireEnv('KAFKA_BROKERS').split(',');
export const databaseUrl = () => requireEnv('DATABASE_URL');

/** A schema name no other test uses, for tests that create and drop their own tables. */
export function uniqueSchema(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

export async function eventually<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
