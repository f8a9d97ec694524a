import type { Client, Notification } from 'pg';
import { quoteIdentifier } from './sql-identifier';
import type { Unlisten } from './sql-executor';

const RECONNECT_DELAY_MS = 1000;

/**
 * Carries every LISTEN of one executor on a single dedicated connection, so subscriptions hold no pool
 * clients. Notifications only shorten latency (subscribers also poll), so connection failures are
 * retried in the background instead of surfacing: after a reconnect every handler is called once,
 * because notifications sent while disconnected are lost.
 */
export class PgNotificationListener {
  private readonly handlers = new Map<string, Set<() => void>>();
  private client?: Client;
  private listening = new Set<string>();
  private work: Promise<void> = Promise.resolve();
  private reconnectTimer?: NodeJS.Timeout;
  private closed = false;

  constructor(private readonly newClient: () => Client) {}

  /** Resolves once the connection listens, or has failed and will retry. */
  async listen(channel: string, onNotify: () => void): Promise<Unlisten> {
    const handlers = this.handlers.get(channel) ?? new Set();
    this.handlers.set(channel, handlers.add(onNotify));
    await this.serially(() => this.sync());
    return async () => {
      handlers.delete(onNotify);
      if (handlers.size === 0 && this.handlers.get(channel) === handlers) this.handlers.delete(channel);
      await this.serially(() => this.sync());
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    await this.work;
    await this.client?.end().catch(() => undefined);
    this.client = undefined;
  }

  private serially(step: () => Promise<void>): Promise<void> {
    this.work = this.work.then(step).catch(() => this.dropConnection());
    return this.work;
  }

  /** Makes the connection LISTEN to exactly the channels that have handlers. */
  private async sync(): Promise<void> {
    if (this.closed) return;
    if (this.handlers.size === 0 && !this.client) return;
    const client = this.client ?? (await this.connect());
    for (const channel of this.handlers.keys()) {
      if (!this.listening.has(channel)) await client.query(`LISTEN ${quoteIdentifier(channel)}`);
      this.listening.add(channel);
    }
    for (const channel of this.listening) {
      if (this.handlers.has(channel)) continue;
      await client.query(`UNLISTEN ${quoteIdentifier(channel)}`);
      this.listening.delete(channel);
    }
  }

  private async connect(): Promise<Client> {
    const client = this.newClient();
    client.on('notification', (message: Notification) => this.dispatch(message.channel));
    const lost = () =>
      this.serially(async () => {
        if (this.client === client) this.dropConnection();
      });
    client.on('error', lost);
    client.on('end', lost);
    this.client = client;
    this.listening = new Set();
    await client.connect();
    return client;
  }

  private dispatch(channel: string): void {
    for (const handler of this.handlers.get(channel) ?? []) handler();
  }

  private dropConnection(): void {
    this.client?.end().catch(() => undefined);
    this.client = undefined;
    this.listening = new Set();
    if (this.closed || this.handlers.size === 0 || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      void this.serially(async () => {
        await this.sync();
        for (const channel of this.handlers.keys()) this.dispatch(channel);
      });
    }, RECONNECT_DELAY_MS);
    this.reconnectTimer.unref();
  }
}
