import type { ConsumerHandle, ConsumerOptions, MessageTransport, OutgoingMessage } from './transport';

interface Group {
  options: ConsumerOptions;
  /** Serialises delivery per group and topic, which keeps every key in order. */
  tails: Map<string, Promise<void>>;
  offsets: Map<string, bigint>;
  stopped: boolean;
}

/**
 * The embedded default's transport. publish resolves only after every subscribed group has settled the
 * messages, so a relay checkpoints only what was consumed: after a crash the relay republishes from its
 * checkpoint and the consumers' inboxes drop what they had already applied. Nothing is kept in memory
 * that the stores do not also hold. Start consumers before relays: a group sees what is published after
 * it subscribed.
 */
export class InProcessTransport implements MessageTransport {
  readonly kind = 'in-process';
  private readonly groups = new Set<Group>();

  async publish(topic: string, messages: OutgoingMessage[]): Promise<void> {
    const deliveries = [...this.groups]
      .filter((group) => !group.stopped && group.options.topics.includes(topic))
      .map((group) => this.deliver(group, topic, messages));
    await Promise.all(deliveries);
  }

  private deliver(group: Group, topic: string, messages: OutgoingMessage[]): Promise<void> {
    const previous = group.tails.get(topic) ?? Promise.resolve();
    const next = previous.then(async () => {
      if (group.stopped || messages.length === 0) return;
      const first = group.offsets.get(topic) ?? 0n;
      group.offsets.set(topic, first + BigInt(messages.length));
      await group.options.handle(
        messages.map((message, i) => ({
          ...message,
          topic,
          partition: 0,
          offset: (first + BigInt(i)).toString(),
        })),
      );
    });
    group.tails.set(
      topic,
      next.catch(() => undefined),
    );
    return next;
  }

  async consume(options: ConsumerOptions): Promise<ConsumerHandle> {
    const group: Group = { options, tails: new Map(), offsets: new Map(), stopped: false };
    this.groups.add(group);
    return {
      stop: async () => {
        group.stopped = true;
        this.groups.delete(group);
        await Promise.all(group.tails.values());
      },
    };
  }

  async check() {
    return { ok: true, detail: { transport: 'in-process', groups: this.groups.size } };
  }

  async close(): Promise<void> {
    await Promise.all([...this.groups].map((g) => Promise.all(g.tails.values())));
    this.groups.clear();
  }
}
