import { invalid, valid, type Validated } from '@imp/domain-kernel';

/** Upper case only: the machine-readable zone has no lower case, and the decision service compares numbers exactly. */
export function passportNumber(input: unknown): Validated<string> {
  const number = typeof input === 'string' ? input.trim().toUpperCase() : '';
  return /^[A-Z0-9]{5,20}$/.test(number)
    ? valid(number)
    : invalid('must be 5–20 letters or digits, as on the passport');
}

/**
 * ISO 3166-1 alpha-3, the form printed in a passport's machine-readable zone. Only the shape is checked: the
 * zone also uses codes outside ISO (XXA stateless, XXB refugee, UNO), which a fixed list would refuse.
 */
export function countryCode(input: unknown): Validated<string> {
  const code = typeof input === 'string' ? input.trim().toUpperCase() : '';
  return /^[A-Z]{3}$/.test(code)
    ? valid(code)
    : invalid('must be a 3-letter ISO 3166-1 alpha-3 country code');
}
