/** The fields `pg` and PGlite both put on a database error. */
export interface SqlErrorFields {
  code?: string;
  detail?: string;
  constraint?: string;
}

export function sqlErrorFields(error: unknown): SqlErrorFields {
  if (typeof error !== 'object' || error === null) return {};
  const { code, detail, constraint } = error as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return { code: text(code), detail: text(detail), constraint: text(constraint) };
}
