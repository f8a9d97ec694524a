/** Structural equality for event data: key order and absent-versus-undefined do not matter (jsonb reorders keys). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysOf = (value: object) =>
    Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined);
  const keys = keysOf(a);
  if (keys.length !== keysOf(b).length) return false;
  return keys.every((key) =>
    sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** The entries of `next` whose value differs from `current`: what an update event should carry. */
export function changedFields<T extends object>(next: Partial<T>, current: T): Partial<T> {
  const changed = Object.entries(next).filter(
    ([key, value]) => value !== undefined && !sameValue(value, current[key as keyof T]),
  );
  return Object.fromEntries(changed) as Partial<T>;
}
