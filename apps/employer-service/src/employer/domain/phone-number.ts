import { invalid, valid, type Validated } from '@imp/domain-kernel';

const REASON =
  'must be a 10-digit North American number or an international number in E.164 form (+ and up to 15 digits)';

/**
 * Stored in E.164 (`+16135550100`) so that one number has one spelling. A North American number may be written
 * with the usual separators and an optional 1 / +1; any other country needs the E.164 form.
 */
export function phoneNumber(input: unknown): Validated<string> {
  const compact = typeof input === 'string' ? input.trim().replace(/[\s().-]/g, '') : '';
  const northAmerican = /^(?:\+?1)?([2-9]\d{2}[2-9]\d{6})$/.exec(compact);
  if (northAmerican) return valid(`+1${northAmerican[1]}`);
  // +1 is the North American plan, already checked above: anything else under it is not a number.
  if (compact.startsWith('+1')) return invalid(REASON);
  return /^\+[1-9]\d{7,14}$/.test(compact) ? valid(compact) : invalid(REASON);
}
