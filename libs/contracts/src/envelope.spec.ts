import {
  decodeEnvelope,
  encodeEnvelope,
  HeaderNames,
  MalformedMessageError,
  toHeaders,
  validateEnvelope,
  type MessageHeaders,
} from './envelope';
import { parseIntegrationEvent } from './registry';
import { sampleEnvelope, sampleIds } from './testing/samples';

const valid = sampleEnvelope({ type: 'EmployerEnrolled', version: 1 });

describe('the envelope', () => {
  it('accepts a complete envelope', () => {
    expect(validateEnvelope(valid)).toEqual({ ok: true, envelope: valid });
  });

  it.each([
    ['a message that is not an object', 'hello', 'envelope must be an object'],
    ['an id that is not a UUID', { ...valid, id: 'evt-1' }, 'envelope.id must be a UUID'],
    ['an empty type', { ...valid, type: '' }, 'envelope.type should not be empty'],
    ['version 0', { ...valid, version: 0 }, 'envelope.version must not be less than 1'],
    ['a fractional version', { ...valid, version: 1.5 }, 'envelope.version must be an integer number'],
    ['a revision as a string', { ...valid, revision: '0' }, 'envelope.revision must be an integer number'],
    ['a negative revision', { ...valid, revision: -1 }, 'envelope.revision must not be less than 0'],
    [
      'a time without a zone',
      { ...valid, occurredAt: '2025-02-03T15:30:00' },
      'envelope.occurredAt must be an ISO-8601 timestamp with a time zone',
    ],
    ['no recordedAt', { ...valid, recordedAt: undefined }, 'envelope.recordedAt is required'],
    ['data that is a list', { ...valid, data: [] }, 'envelope.data must be an object'],
    [
      'metadata without its actor',
      { ...valid, metadata: { correlationId: 'c', causationId: 'c' } },
      'envelope.metadata.actor is required',
    ],
    [
      'an actor without a role',
      { ...valid, metadata: { ...valid.metadata, actor: { id: 'user-42' } } },
      'envelope.metadata.actor.role is required',
    ],
    ['a field the envelope does not have', { ...valid, partition: 3 }, 'envelope.partition should not exist'],
  ])('refuses %s', (_case, raw, reason) => {
    expect(validateEnvelope(raw)).toEqual({ ok: false, reason });
    expect(parseIntegrationEvent(raw)).toEqual({ ok: false, reason });
  });
});

describe('the Kafka message', () => {
  it('repeats id, type, version and causality in headers', () => {
    expect(toHeaders(valid)).toEqual({
      'event-id': sampleIds.eventId,
      'event-type': 'EmployerEnrolled',
      'event-version': '1',
      'correlation-id': valid.metadata.correlationId,
      'causation-id': valid.metadata.causationId,
      'content-type': 'application/json',
    });
  });

  it('round-trips value and headers as a consumer receives them (Buffers)', () => {
    const headers = asReceived(toHeaders(valid));

    const decoded = decodeEnvelope(encodeEnvelope(valid), headers);

    expect(decoded).toEqual(valid);
    expect(parseIntegrationEvent(decoded)).toEqual({ ok: true, event: valid });
  });

  it('decodes a string value with no headers', () => {
    expect(decodeEnvelope(JSON.stringify(valid))).toEqual(valid);
  });

  it.each([
    ['a value that is not JSON', '{"id":', {}, /^message value is not JSON/],
    [
      'another content type',
      JSON.stringify(valid),
      { [HeaderNames.contentType]: 'text/plain' },
      /content-type/,
    ],
    [
      'a header that contradicts the body',
      JSON.stringify(valid),
      { [HeaderNames.eventType]: Buffer.from('OfferSubmitted') },
      /header event-type is "OfferSubmitted" but the body says "EmployerEnrolled"/,
    ],
  ])('throws MalformedMessageError on %s', (_case, value, headers: MessageHeaders, message) => {
    expect(() => decodeEnvelope(value, headers)).toThrow(MalformedMessageError);
    expect(() => decodeEnvelope(value, headers)).toThrow(message);
  });
});

function asReceived(headers: Record<string, string>): MessageHeaders {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, Buffer.from(value)]));
}
