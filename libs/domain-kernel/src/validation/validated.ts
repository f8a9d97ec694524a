/** Reasons keyed by field path, e.g. `physicalAddress.postalCode` or `documents[0].kind`. */
export type FieldErrors = Record<string, string[]>;

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

type Shape = Record<string, Validated<unknown>>;
type ValuesOf<S extends Shape> = { [K in keyof S]: S[K] extends Validated<infer T> ? T : never };

export const valid = <T>(value: T): Validated<T> => ({ ok: true, value });

/** A reason about the value itself: `fields`, `object` and `each` file it under the value's path. */
export const invalid = (reason: string): Validated<never> => ({ ok: false, errors: { '': [reason] } });

export function map<T, U>(result: Validated<T>, transform: (value: T) => U): Validated<U> {
  return result.ok ? valid(transform(result.value)) : result;
}

/** Checks every field, so one refusal lists all the problems of a form. Absent optional values are left out. */
export function fields<S extends Shape>(shape: S): Validated<ValuesOf<S>> {
  const value: Record<string, unknown> = {};
  const errors: FieldErrors = {};
  for (const [key, result] of Object.entries(shape)) {
    if (!result.ok) addErrors(errors, key, result.errors);
    else if (result.value !== undefined) value[key] = result.value;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : valid(value as ValuesOf<S>);
}

/** A missing object is one error at its own path, not one per field inside it. */
export function object<S extends Shape>(
  input: unknown,
  shapeOf: (record: Record<string, unknown>) => S,
): Validated<ValuesOf<S>> {
  const isRecord = typeof input === 'object' && input !== null && !Array.isArray(input);
  return isRecord ? fields(shapeOf(input as Record<string, unknown>)) : invalid('is required');
}

export function each<T>(
  input: unknown,
  validate: (item: unknown) => Validated<T>,
  minimum = 0,
): Validated<T[]> {
  if (!Array.isArray(input)) return invalid('is required');
  if (input.length < minimum) return invalid(`must list at least ${minimum}`);
  const items: T[] = [];
  const errors: FieldErrors = {};
  input.forEach((item, index) => {
    const result = validate(item);
    if (result.ok) items.push(result.value);
    else addErrors(errors, `[${index}]`, result.errors);
  });
  return Object.keys(errors).length > 0 ? { ok: false, errors } : valid(items);
}

/** Absent (or null) is fine; present must be valid. */
export function optional<T>(
  input: unknown,
  validate: (value: unknown) => Validated<T>,
): Validated<T | undefined> {
  return input === undefined || input === null ? valid(undefined) : validate(input);
}

/** Non-blank text, trimmed, of at most `maxLength` characters (200 unless told). */
export function requiredText(input: unknown, maxLength = 200): Validated<string> {
  if (typeof input !== 'string' || input.trim() === '') return invalid('is required');
  return input.trim().length <= maxLength
    ? valid(input.trim())
    : invalid(`must be at most ${maxLength} characters`);
}

/** Blank counts as absent: an empty form field says nothing. Present text is at most `maxLength` (200 unless told). */
export function optionalText(input: unknown, maxLength = 200): Validated<string | undefined> {
  if (input === undefined || input === null) return valid(undefined);
  if (typeof input !== 'string') return invalid('must be text');
  return input.trim() === '' ? valid(undefined) : requiredText(input, maxLength);
}

/** Like `requiredText`, but with no length limit. */
export function requiredTextOfAnyLength(input: unknown): Validated<string> {
  return requiredText(input, Number.POSITIVE_INFINITY);
}

/** Like `optionalText`, but with no length limit: blank counts as absent, so clearing a form field removes the value. */
export function optionalTextOfAnyLength(input: unknown): Validated<string | undefined> {
  return optionalText(input, Number.POSITIVE_INFINITY);
}

export function oneOf<const T extends string>(input: unknown, allowed: readonly T[]): Validated<T> {
  return allowed.includes(input as T) ? valid(input as T) : invalid(`must be one of ${allowed.join(', ')}`);
}

export function matching(input: unknown, pattern: RegExp, reason: string): Validated<string> {
  return typeof input === 'string' && pattern.test(input) ? valid(input) : invalid(reason);
}

export function describeFieldErrors(errors: FieldErrors): string {
  return Object.entries(errors)
    .map(([path, reasons]) => `${path} ${reasons.join(', ')}`)
    .join('; ');
}

function addErrors(into: FieldErrors, key: string, errors: FieldErrors): void {
  for (const [path, reasons] of Object.entries(errors)) {
    const full = path === '' ? key : path.startsWith('[') ? `${key}${path}` : `${key}.${path}`;
    into[full] = [...(into[full] ?? []), ...reasons];
  }
}
