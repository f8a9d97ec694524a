import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ProblemException } from './problem';

function flatten(errors: ValidationError[], prefix = ''): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) out[field] = Object.values(error.constraints);
    Object.assign(out, flatten(error.children ?? [], field));
  }
  return out;
}

/** Unknown fields are refused, not silently dropped: a typo must not pass for valid input. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return new ProblemException(400, `Invalid request: ${Object.keys(fields).join(', ')}`, {
        code: 'invalid-request',
        errors: fields,
      });
    },
  });
}
