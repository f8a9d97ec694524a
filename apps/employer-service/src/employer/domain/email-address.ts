import { invalid, valid, type Validated } from '@imp/domain-kernel';

/**
 * Catches typos only: sending mail is the real proof. The domain is lower-cased because it is case-insensitive;
 * the local part is kept as written because RFC 5321 lets a mail server treat its case as significant.
 */
export function emailAddress(input: unknown): Validated<string> {
  const trimmed = typeof input === 'string' ? input.trim() : '';
  const match = /^([^\s@]+)@([^\s@]+\.[^\s@]+)$/.exec(trimmed);
  return match && trimmed.length <= 254
    ? valid(`${match[1]}@${match[2].toLowerCase()}`)
    : invalid('must be an email address');
}
