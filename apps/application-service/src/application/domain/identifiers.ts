import { matching, type Validated } from '@imp/domain-kernel';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const uuid = (input: unknown): Validated<string> => matching(input, UUID, 'must be a UUID');

/** Generated outside the domain: "W" and 9 digits, e.g. W993830598. */
export const applicationNumber = (input: unknown): Validated<string> =>
  matching(input, /^W\d{9}$/, 'must be "W" followed by 9 digits');

/** Only the shape: the application is received even when the offer is unknown or late (architecture §8.3). */
export const offerNumber = (input: unknown): Validated<string> =>
  matching(input, /^A\d{7}$/, 'must be "A" followed by 7 digits');
