import { invalid, valid, type Validated } from '@imp/domain-kernel';

/**
 * NOC 2021 (in use since 16 Nov 2022): five digits, the second being the TEER category 0–5. A 4-digit NOC 2016
 * code is refused rather than guessed at, since the two classifications do not map one to one.
 */
export function nocCode(input: unknown): Validated<string> {
  const code = typeof input === 'string' ? input.trim() : '';
  return /^\d[0-5]\d{3}$/.test(code)
    ? valid(code)
    : invalid('must be a 5-digit NOC 2021 code whose second digit (TEER) is 0–5');
}
