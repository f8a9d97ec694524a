import { InvalidAppendError } from './errors';
import { newEvent } from './testing/contract/test-events';
import { validateAppend } from './validate-append';

describe('validateAppend', () => {
  it('returns canonical JSON for data and metadata and lowercases ids', () => {
    const event = newEvent({ id: 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', data: { b: 1, a: 2 } });
    const [validated] = validateAppend('stream', [event], 'any');
    expect(validated.event.id).toBe('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11');
    expect(validated.dataJson).toBe('{"a":2,"b":1}');
  });

  it.each([
    ['a lone surrogate in data', { data: { text: 'broken \ud800 pair' } }],
    ['NUL in a key', { data: { 'a\u0000': 1 } }],
    ['NUL in the type', { type: 'Bad\u0000Type' }],
    ['version 0', { version: 0 }],
    ['a fractional version', { version: 1.5 }],
    ['an occurredAt without time zone', { occurredAt: '2024-01-01T00:00:00' }],
    ['an impossible occurredAt', { occurredAt: '2024-13-45T00:00:00Z' }],
  ])('refuses %s', (_, override) => {
    expect(() => validateAppend('stream', [newEvent(override)], 'any')).toThrow(InvalidAppendError);
  });

  it('accepts well-formed surrogate pairs', () => {
    expect(() => validateAppend('stream', [newEvent({ data: { emoji: '😀' } })], 'any')).not.toThrow();
  });

  it('refuses two events with the same id in one batch', () => {
    const event = newEvent();
    expect(() => validateAppend('stream', [event, { ...event }], 'any')).toThrow(/share an id/);
  });

  it('refuses a stream id with NUL', () => {
    expect(() => validateAppend('a\u0000b', [newEvent()], 'any')).toThrow(InvalidAppendError);
  });
});
