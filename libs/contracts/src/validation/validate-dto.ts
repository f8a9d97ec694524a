import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

export type DtoClass<T extends object = object> = new () => T;

// Only a property's first failure is reported, and class-validator checks the bottom decorator first: so the
// type check goes lowest and cross-field rules on top.
const OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  stopAtFirstError: true,
};

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every way `plain` breaks the DTO, as readable sentences naming the full path (e.g.
 * `data.candidate.dateOfBirth must be a date as YYYY-MM-DD`). Empty when valid.
 */
export function findProblems(dto: DtoClass, plain: unknown, path: string): string[] {
  if (!isPlainObject(plain)) return [`${path} must be an object`];
  return validateSync(plainToInstance(dto, plain), OPTIONS).flatMap((error) => describe(error, path));
}

function describe(error: ValidationError, parentPath: string): string[] {
  const path = /^\d+$/.test(error.property)
    ? `${parentPath}[${error.property}]`
    : `${parentPath}.${error.property}`;
  const children = (error.children ?? []).flatMap((child) => describe(child, path));
  const messages = Object.values(error.constraints ?? {});
  if (messages.length === 0) return children;
  const unknownField = error.constraints?.whitelistValidation !== undefined;
  if (error.value === undefined && !unknownField) return [`${path} is required`, ...children];
  return [...messages.map((message) => sentence(path, error.property, message)), ...children];
}

/** class-validator starts each message with the bare property name; put the full path there instead. */
function sentence(path: string, property: string, message: string): string {
  for (const subject of [`nested property ${property} `, `property ${property} `, `${property} `]) {
    if (message.startsWith(subject)) return `${path} ${message.slice(subject.length)}`;
  }
  return `${path}: ${message}`;
}
