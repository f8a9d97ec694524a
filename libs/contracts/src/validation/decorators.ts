// class-transformer's @Type reads design:type metadata while a class is being declared, so the polyfill must
// load before any contract class: every contract file imports this module.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsObject,
  Matches,
  ValidateBy,
  ValidateIf,
  ValidateNested,
  isISO8601,
  isNumber,
} from 'class-validator';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

type Decorator = PropertyDecorator;

function compose(...decorators: Decorator[]): Decorator {
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
}

/** Business or record time: ISO-8601 with a time zone, so two services never read it differently. */
export function IsTimestamp(): Decorator {
  return ValidateBy({
    name: 'isTimestamp',
    validator: {
      validate: (value) =>
        typeof value === 'string' && TIMESTAMP.test(value) && isISO8601(value, { strict: true }),
      defaultMessage: () => '$property must be an ISO-8601 timestamp with a time zone',
    },
  });
}

/** A calendar date with no time zone (birth, expiry, validity), which must not shift across zones. */
export function IsDateOnly(): Decorator {
  return ValidateBy({
    name: 'isDateOnly',
    validator: {
      validate: (value) =>
        typeof value === 'string' && DATE_ONLY.test(value) && isISO8601(value, { strict: true }),
      defaultMessage: () => '$property must be a date as YYYY-MM-DD',
    },
  });
}

/** Non-blank text: a name or reason made only of spaces says nothing. */
export function IsText(maxLength = 200): Decorator {
  return ValidateBy({
    name: 'isText',
    constraints: [maxLength],
    validator: {
      validate: (value) => typeof value === 'string' && value.trim().length > 0 && value.length <= maxLength,
      defaultMessage: () => '$property must be non-blank text of at most $constraint1 characters',
    },
  });
}

/** Dollars and cents as a JSON number, e.g. 155 or 230.5. */
export function IsMoneyAmount(): Decorator {
  return ValidateBy({
    name: 'isMoneyAmount',
    validator: {
      validate: (value) => isNumber(value, { maxDecimalPlaces: 2 }) && value >= 0,
      defaultMessage: () => '$property must be a non-negative amount with at most two decimals',
    },
  });
}

export function MatchesPattern(pattern: RegExp): Decorator {
  return Matches(pattern, { message: '$property must match $constraint1' });
}

/** A rule across fields of one object, reported on the decorated property. */
export function Satisfies<T>(rule: (object: T) => boolean, message: string): Decorator {
  return ValidateBy({
    name: 'satisfies',
    validator: {
      validate: (_value, args) => rule(args?.object as T),
      defaultMessage: () => message,
    },
  });
}

/** Unlike @IsOptional, null stays invalid: on the wire, absent and null are different statements. */
export function Optional(): Decorator {
  return ValidateIf((_object, value) => value !== undefined);
}

/** The field must be present, and null is one of its meaningful values. */
export function Nullable(): Decorator {
  return ValidateIf((_object, value) => value !== null);
}

export function NestedObject(type: () => new () => object): Decorator {
  return compose(IsObject(), ValidateNested(), Type(type));
}

export function NestedArray(type: () => new () => object, minSize = 1): Decorator {
  return compose(IsArray(), ArrayMinSize(minSize), ValidateNested({ each: true }), Type(type));
}
