import { invalid, valid, type Validated } from '@imp/domain-kernel';

/**
 * The CRA Business Number: the 9-digit root that all of an employer's branches share. A 15-character program
 * account (`123456789 RP 0001`) is refused rather than cut down, so nobody enrols under the wrong account by accident.
 */
export function businessNumber(input: unknown): Validated<string> {
  const trimmed = typeof input === 'string' ? input.trim() : '';
  return /^\d{9}$/.test(trimmed) ? valid(trimmed) : invalid('must be exactly 9 digits');
}
