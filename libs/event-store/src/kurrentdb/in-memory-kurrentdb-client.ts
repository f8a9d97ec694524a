import { EventEmitter } from 'node:events';
import { Readable, type ReadableOptions } from 'node:stream';
import {
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AllStreamRecordedEvent,
  type AppendResult,
  type AppendToStreamOptions,
  type EventData,
  type Filter,
  type KurrentDBClient,
  type Position,
  type ReadAllOptions,
  type ReadPosition,
  type ReadStreamOptions,
  type SubscribeToAllOptions,
} from '@kurrent/kurrentdb-client';
import { comparePositions } from '../position';

/**
 * The part of KurrentDBClient the adapter uses, in memory, for tests that cannot have a server. It follows
 * the server as the adapter assumes it behaves: appends are atomic and check the stream state, reads from a
 * revision or position include it, a subscription starts after its position, a missing stream fails the
 * read with StreamNotFoundError, and JSON data and metadata go through JSON text as they do on the wire.
 */
export class InMemoryKurrentDbClient {
  readonly log: AllStreamRecordedEvent[] = [];
  private readonly appended = new EventEmitter();
  private lastCommit = 0n;

  asClient(): KurrentDBClient {
    return this as unknown as KurrentDBClient;
  }

  async appendToStream(
    streamName: string,
    events: EventData[],
    { streamState = 'any' }: AppendToStreamOptions = {},
  ): Promise<AppendResult> {
    // A network round trip: lets concurrent appends interleave between their reads and their writes.
    await new Promise((resolve) => setImmediate(resolve));
    const current = this.streamEvents(streamName).at(-1)?.revision;
    const met =
      streamState === 'any' ||
      (streamState === 'no_stream' && current === undefined) ||
      (streamState === 'stream_exists' && current !== undefined) ||
      streamState === current;
    if (!met) {
      throw new WrongExpectedVersionError(undefined, {
        streamName,
        expected: streamState,
        current: current ?? 'no_stream',
      });
    }
    let revision = current ?? -1n;
    for (const event of events) {
      revision += 1n;
      this.store({
        streamId: streamName,
        id: event.id,
        type: event.type,
        revision,
        data: event.data,
        metadata: event.metadata,
      });
    }
    this.appended.emit('appended');
    return {
      success: true,
      nextExpectedRevision: revision,
      position: this.log[this.log.length - 1].position,
    };
  }

  /** Writes as another client would, bypassing the store. */
  store(event: {
    streamId: string;
    id: string;
    type: string;
    revision: bigint;
    data: unknown;
    metadata: unknown;
  }): void {
    this.lastCommit += 100n;
    // Commit and prepare differ, so a swap of the two cannot go unnoticed.
    const position: Position = { commit: this.lastCommit, prepare: this.lastCommit - 7n };
    const wire = (value: unknown) => JSON.parse(JSON.stringify(value));
    this.log.push({
      ...event,
      data: wire(event.data),
      metadata: wire(event.metadata),
      isJson: true,
      created: new Date(),
      position,
    } as AllStreamRecordedEvent);
  }

  readStream(streamName: string, { direction = 'forwards', fromRevision, maxCount }: ReadStreamOptions = {}) {
    return this.yieldEach(() => {
      const events = this.streamEvents(streamName);
      if (events.length === 0) throw new StreamNotFoundError(undefined, streamName);
      const inRange = (revision: bigint) =>
        typeof fromRevision !== 'bigint' ||
        (direction === 'forwards' ? revision >= fromRevision : revision <= fromRevision);
      const ordered = direction === 'forwards' ? events : [...events].reverse();
      return ordered.filter((event) => inRange(event.revision)).slice(0, limit(maxCount));
    });
  }

  readAll({ direction = 'forwards', fromPosition, maxCount, filter }: ReadAllOptions = {}) {
    return this.yieldEach(() => {
      const inRange = (position: Position) =>
        typeof fromPosition !== 'object' ||
        (direction === 'forwards'
          ? comparePositions(position, fromPosition) >= 0
          : comparePositions(position, fromPosition) <= 0);
      const ordered = direction === 'forwards' ? this.log : [...this.log].reverse();
      return ordered
        .filter((event) => inRange(event.position) && passes(filter, event))
        .slice(0, limit(maxCount));
    });
  }

  subscribeToAll(
    { fromPosition = 'start', filter }: SubscribeToAllOptions = {},
    options: ReadableOptions = {},
  ) {
    return new InMemorySubscription(
      this.log,
      this.appended,
      firstIndexAfter(this.log, fromPosition),
      filter,
      options,
    );
  }

  async dispose(): Promise<void> {}

  private streamEvents(streamName: string): AllStreamRecordedEvent[] {
    return this.log.filter((event) => event.streamId === streamName);
  }

  private async *yieldEach(pick: () => AllStreamRecordedEvent[]) {
    for (const event of pick()) yield { event };
  }
}

class InMemorySubscription extends Readable {
  private waiting = false;

  constructor(
    private readonly log: AllStreamRecordedEvent[],
    private readonly appended: EventEmitter,
    private next: number,
    private readonly eventFilter: Filter | undefined,
    options: ReadableOptions,
  ) {
    super({ ...options, objectMode: true });
  }

  override _read(): void {
    while (this.next < this.log.length) {
      const event = this.log[this.next++];
      if (passes(this.eventFilter, event) && !this.push({ event })) return;
    }
    if (!this.waiting) {
      this.waiting = true;
      this.appended.once('appended', this.readAppended);
    }
  }

  async unsubscribe(): Promise<void> {
    this.appended.off('appended', this.readAppended);
  }

  private readonly readAppended = (): void => {
    this.waiting = false;
    if (!this.destroyed) this._read();
  };
}

function passes(filter: Filter | undefined, event: AllStreamRecordedEvent): boolean {
  if (!filter) return true;
  const subject = filter.filterOn === 'streamName' ? event.streamId : event.type;
  return 'prefixes' in filter
    ? filter.prefixes.some((prefix) => subject.startsWith(prefix))
    : new RegExp(filter.regex).test(subject);
}

function firstIndexAfter(log: AllStreamRecordedEvent[], from: ReadPosition): number {
  if (from === 'start') return 0;
  if (from === 'end') return log.length;
  const index = log.findIndex((event) => comparePositions(event.position, from) > 0);
  return index === -1 ? log.length : index;
}

function limit(maxCount: number | bigint | undefined): number {
  return maxCount === undefined ? Infinity : Number(maxCount);
}
