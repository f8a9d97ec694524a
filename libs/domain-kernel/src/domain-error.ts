/**
 * A refusal by the domain. The kind decides the HTTP status in one place (service-kit's problem filter):
 * invalid → 400, not-found → 404, conflict → 409 (illegal state transition), rule → 422 (business rule).
 */
export type DomainErrorKind = 'invalid' | 'not-found' | 'conflict' | 'rule';

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  constructor(
    /** A stable, machine-readable code, e.g. `offer.fee-amount`. */
    readonly code: string,
    message: string,
    /** Per-field reasons, when the refusal is about input fields. */
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InvalidInputError extends DomainError {
  readonly kind = 'invalid';
}

export class NotFoundError extends DomainError {
  readonly kind = 'not-found';
}

/** The aggregate is not in a state that allows the command (409). */
export class IllegalStateError extends DomainError {
  readonly kind = 'conflict';
}

/** The command is well-formed and the state allows it, but a business rule forbids it (422). */
export class BusinessRuleError extends DomainError {
  readonly kind = 'rule';
}
