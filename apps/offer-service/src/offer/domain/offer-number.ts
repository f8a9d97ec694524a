import { invalid, valid, type Validated } from '@imp/domain-kernel';

/** Generated outside the domain, unique across offers: "A" and 7 digits (format unconfirmed, domain.md §3). */
export function offerNumber(input: unknown): Validated<string> {
  return typeof input === 'string' && /^A\d{7}$/.test(input)
    ? valid(input)
    : invalid('must be "A" followed by 7 digits');
}

/** The number of the work permit application a decision was about: a letter and 9 digits, e.g. W993830598. */
export function applicationNumber(input: unknown): Validated<string> {
  return typeof input === 'string' && /^[A-Z]\d{9}$/.test(input)
    ? valid(input)
    : invalid('must be a letter followed by 9 digits');
}
