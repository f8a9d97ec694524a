import type { ExpectedRevision } from './event-store.port';

export class EventStoreError extends Error {
  override name = 'EventStoreError';
}

/** The stream was not at the revision the caller expected: someone else appended first. */
export class WrongExpectedVersionError extends EventStoreError {
  override name = 'WrongExpectedVersionError';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: bigint | 'no_stream',
  ) {
    super(`Stream ${streamId}: expected revision ${String(expected)}, actual ${String(actual)}`);
  }
}

/** The caller passed something the store refuses to write. Nothing was written. */
export class InvalidAppendError extends EventStoreError {
  override name = 'InvalidAppendError';
}
