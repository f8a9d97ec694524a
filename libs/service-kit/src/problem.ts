import { DomainError } from '@imp/domain-kernel';
import { InvalidAppendError, WrongExpectedVersionError } from '@imp/event-store';
import { HttpException } from '@nestjs/common';

/** RFC 9457 problem details, the one error shape of every route. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code?: string;
  errors?: Record<string, string[]>;
}

const titles: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Content',
  500: 'Internal Server Error',
};

const statusOfKind = { invalid: 400, 'not-found': 404, conflict: 409, rule: 422 } as const;

export function problem(status: number, detail: string, extra: Partial<Problem> = {}): Problem {
  return { type: 'about:blank', title: titles[status] ?? 'Error', status, detail, ...extra };
}

/** The single place where failures become HTTP answers. */
export function toProblem(error: unknown): Problem {
  if (error instanceof DomainError) {
    const status = statusOfKind[error.kind];
    const errors = Object.keys(error.fieldErrors).length > 0 ? error.fieldErrors : undefined;
    return problem(status, error.message, { code: error.code, errors });
  }
  if (error instanceof WrongExpectedVersionError) {
    return problem(409, `The resource was changed by someone else (${error.message}); reload and retry.`, {
      code: 'revision-conflict',
    });
  }
  if (error instanceof InvalidAppendError) return problem(400, error.message, { code: 'invalid-event' });
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    if (typeof response === 'object' && response !== null && 'status' in response && 'detail' in response) {
      return response as Problem;
    }
    return problem(status, error.message);
  }
  return problem(500, 'An unexpected error occurred; it has been logged.');
}

/** Throwable from controllers and pipes when there is no domain error to carry the reason. */
export class ProblemException extends HttpException {
  constructor(status: number, detail: string, extra: Partial<Problem> = {}) {
    super(problem(status, detail, extra), status);
  }
}
