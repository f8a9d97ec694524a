const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,55}$/;

/**
 * Schemas are limited to lowercase identifiers of up to 56 characters so that `<schema>_events`
 * is a valid NOTIFY channel and no name ever depends on case folding.
 */
export function assertSchemaName(schema: string): void {
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(
      `Schema name "${schema}" must match ${SCHEMA_NAME} (lowercase letters, digits, underscores)`,
    );
  }
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
