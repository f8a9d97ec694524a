/** A message as it goes onto a topic: key = aggregate id, value = the JSON envelope. */
export interface OutgoingMessage {
  key: string;
  value: Buffer;
  headers: Record<string, string>;
}

export interface IncomingMessage extends OutgoingMessage {
  topic: string;
  partition: number;
  offset: string;
}

/**
 * Called with consecutive messages of one partition, in order. It must settle each message itself (apply
 * it, or dead-letter it) and only reject when the process cannot go on; the transport then redelivers.
 */
export type MessageHandler = (messages: IncomingMessage[]) => Promise<void>;

export interface ConsumerOptions {
  groupId: string;
  topics: string[];
  handle: MessageHandler;
  /** Told how far behind the partition head the group is after each message. */
  onLag?: (topic: string, partition: number, lag: number) => void;
}

export interface ConsumerHandle {
  stop(): Promise<void>;
}

/** Kafka in production, in-process in the embedded default: same interface, same guarantees. */
export interface MessageTransport {
  readonly kind: 'kafka' | 'in-process';
  /** Resolves once every message is durably accepted, in order. */
  publish(topic: string, messages: OutgoingMessage[]): Promise<void>;
  consume(options: ConsumerOptions): Promise<ConsumerHandle>;
  check(): Promise<{ ok: boolean; detail?: unknown }>;
  close(): Promise<void>;
}
