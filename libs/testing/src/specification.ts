import { isRefusal, type Command, type Decider, type DomainEvent, fold } from '@imp/domain-kernel';
import type { DomainError } from '@imp/domain-kernel';

type ErrorClass = abstract new (...args: never[]) => DomainError;

/**
 * given(events).when(command).then(events) | .thenFails(ErrorClass, { code })
 * for pure deciders, after oskardudycz's DeciderSpecification.
 */
export function specification<C extends Command, E extends DomainEvent, S>(decider: Decider<C, E, S>) {
  return {
    given(...history: E[]) {
      return {
        when(command: C) {
          const decision = decider.decide(command, fold(decider, history));
          return {
            then(...expected: E[]) {
              if (isRefusal(decision)) {
                throw new Error(
                  `Expected events, but the command was refused: ${decision.name}: ${decision.message}`,
                );
              }
              expect(decision).toEqual(expected);
            },
            thenFails(errorClass: ErrorClass, expected: { code?: string; message?: RegExp } = {}) {
              if (!isRefusal(decision)) {
                throw new Error(`Expected ${errorClass.name}, but got events: ${JSON.stringify(decision)}`);
              }
              expect(decision).toBeInstanceOf(errorClass);
              if (expected.code) expect(decision.code).toBe(expected.code);
              if (expected.message) expect(decision.message).toMatch(expected.message);
              return decision;
            },
            thenState(assert: (state: S) => void) {
              if (isRefusal(decision)) throw decision;
              assert(fold(decider, decision, fold(decider, history)));
            },
          };
        },
      };
    },
  };
}
