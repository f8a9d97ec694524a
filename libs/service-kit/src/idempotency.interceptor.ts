import {
  type CallHandler,
  type ExecutionContext,
  HttpStatus,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, type Observable, of, throwError } from 'rxjs';
import { catchError, mergeMap } from 'rxjs/operators';
import { IdempotencyStore } from './idempotency';

/** Applies Idempotency-Key to every POST of the service. */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly store: IdempotencyStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.header('idempotency-key')?.trim();
    if (request.method !== 'POST' || !key) return next.handle();

    const scope = `${request.method} ${request.path}`;
    return from(this.store.claim(scope, key, request.body)).pipe(
      mergeMap((earlier) => {
        if (earlier) {
          response.status(earlier.status).setHeader('Idempotent-Replayed', 'true');
          if (earlier.status >= 400) response.type('application/problem+json');
          return of(earlier.body);
        }
        return next.handle().pipe(
          mergeMap((body) =>
            from(
              this.store.complete(scope, key, { status: response.statusCode || HttpStatus.CREATED, body }),
            ).pipe(mergeMap(() => of(body))),
          ),
          catchError((error) =>
            from(this.store.settle(scope, key, error)).pipe(mergeMap(() => throwError(() => error))),
          ),
        );
      }),
    );
  }
}
