import { matching, requiredText, type Validated } from '@imp/domain-kernel';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const uuid = (input: unknown): Validated<string> => matching(input, UUID, 'must be a UUID');

/** The acting officer's id, as the API's authenticated actor gives it. */
export const officerId = (input: unknown): Validated<string> => requiredText(input, 100);
