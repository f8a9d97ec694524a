import { IsInt, IsNotEmpty, IsObject, IsString, IsUUID, Min } from 'class-validator';
import { IsTimestamp, NestedObject } from './validation/decorators';
import { findProblems, isPlainObject } from './validation/validate-dto';

export interface Actor {
  id: string;
  role: string;
}

export interface EnvelopeMetadata {
  correlationId: string;
  causationId: string;
  actor: Actor;
}

/** What travels as the Kafka message value: one integration event, JSON. */
export interface IntegrationEnvelope<Type extends string = string, Data = unknown> {
  id: string;
  type: Type;
  version: number;
  /** The producing aggregate's stream; also the message key. */
  streamId: string;
  /** 0-based position in that stream: a number on the wire (bigint does not survive JSON). */
  revision: number;
  occurredAt: string;
  recordedAt: string;
  data: Data;
  metadata: EnvelopeMetadata;
}

export const HeaderNames = {
  eventId: 'event-id',
  eventType: 'event-type',
  eventVersion: 'event-version',
  correlationId: 'correlation-id',
  causationId: 'causation-id',
  contentType: 'content-type',
} as const;

export const JSON_CONTENT_TYPE = 'application/json';

/** The shape kafkajs uses for message headers, restated so contracts need no Kafka client. */
export type MessageHeaders = Record<string, Buffer | string | (Buffer | string)[] | undefined>;

/** The message was not a JSON envelope at all, or its headers contradict its body. */
export class MalformedMessageError extends Error {
  override name = 'MalformedMessageError';
}

export class ActorDto implements Actor {
  @IsString()
  @IsNotEmpty()
  id!: string;

  @IsString()
  @IsNotEmpty()
  role!: string;
}

export class EnvelopeMetadataDto implements EnvelopeMetadata {
  // Correlation and causation ids may come from outside callers (e.g. an HTTP request id), so not only UUIDs.
  @IsString()
  @IsNotEmpty()
  correlationId!: string;

  @IsString()
  @IsNotEmpty()
  causationId!: string;

  @NestedObject(() => ActorDto)
  actor!: ActorDto;
}

export class IntegrationEnvelopeDto implements IntegrationEnvelope<string, Record<string, unknown>> {
  @IsUUID()
  id!: string;

  @IsString()
  @IsNotEmpty()
  type!: string;

  @Min(1)
  @IsInt()
  version!: number;

  @IsString()
  @IsNotEmpty()
  streamId!: string;

  @Min(0)
  @IsInt()
  revision!: number;

  @IsTimestamp()
  occurredAt!: string;

  @IsTimestamp()
  recordedAt!: string;

  /** Checked against the contract of (type, version), not here. */
  @IsObject()
  data!: Record<string, unknown>;

  @NestedObject(() => EnvelopeMetadataDto)
  metadata!: EnvelopeMetadataDto;
}

export type EnvelopeCheck =
  | { ok: true; envelope: IntegrationEnvelope<string, Record<string, unknown>> }
  | { ok: false; reason: string };

export function validateEnvelope(raw: unknown): EnvelopeCheck {
  const problems = findProblems(IntegrationEnvelopeDto, raw, 'envelope');
  if (problems.length > 0) return { ok: false, reason: problems.join('; ') };
  return { ok: true, envelope: raw as IntegrationEnvelope<string, Record<string, unknown>> };
}

export function toHeaders(envelope: IntegrationEnvelope): Record<string, string> {
  return {
    [HeaderNames.eventId]: envelope.id,
    [HeaderNames.eventType]: envelope.type,
    [HeaderNames.eventVersion]: String(envelope.version),
    [HeaderNames.correlationId]: envelope.metadata.correlationId,
    [HeaderNames.causationId]: envelope.metadata.causationId,
    [HeaderNames.contentType]: JSON_CONTENT_TYPE,
  };
}

export function encodeEnvelope(envelope: IntegrationEnvelope): Buffer {
  return Buffer.from(JSON.stringify(envelope), 'utf8');
}

/**
 * The message value as JSON, not yet validated (see parseIntegrationEvent). Throws MalformedMessageError
 * when it is not JSON, or when a header present on the message disagrees with the body.
 */
export function decodeEnvelope(value: Buffer | string, headers: MessageHeaders = {}): unknown {
  const contentType = headerText(headers, HeaderNames.contentType);
  if (contentType !== undefined && contentType.split(';')[0].trim() !== JSON_CONTENT_TYPE) {
    throw new MalformedMessageError(`content-type is ${contentType}, expected ${JSON_CONTENT_TYPE}`);
  }
  const body = parseJson(typeof value === 'string' ? value : value.toString('utf8'));
  if (!isPlainObject(body)) return body;
  const repeated = [
    [HeaderNames.eventId, body.id],
    [HeaderNames.eventType, body.type],
    [HeaderNames.eventVersion, body.version],
    [HeaderNames.correlationId, isPlainObject(body.metadata) ? body.metadata.correlationId : undefined],
    [HeaderNames.causationId, isPlainObject(body.metadata) ? body.metadata.causationId : undefined],
  ] as const;
  for (const [name, inBody] of repeated) {
    const inHeader = headerText(headers, name);
    // A field missing from the body is for envelope validation to report, not a contradiction.
    if (inHeader !== undefined && inBody !== undefined && inHeader !== String(inBody)) {
      throw new MalformedMessageError(
        `header ${name} is "${inHeader}" but the body says "${String(inBody)}"`,
      );
    }
  }
  return body;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new MalformedMessageError(`message value is not JSON: ${(error as Error).message}`);
  }
}

function headerText(headers: MessageHeaders, name: string): string | undefined {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}
