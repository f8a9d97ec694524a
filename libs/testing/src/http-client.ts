export interface Actor {
  id: string;
  role: string;
}

/** One line of GET .../:id/history. */
export interface HistoryEntry {
  revision: number;
  eventId: string;
  type: string;
  actor: Actor;
  correlationId: string;
  causationId: string;
  occurredAt: string;
  recordedAt: string;
  hash: string;
}

export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read JSON answers field by field
  body: any;
  headers: Headers;
}

/** A service's HTTP API as a client sees it: JSON in, status and JSON out, the actor in the headers. */
export class HttpClient {
  constructor(readonly baseUrl: string) {}

  get(path: string): Promise<Answer> {
    return this.send('GET', path);
  }

  post(path: string, body: unknown, actor: Actor, headers: Record<string, string> = {}): Promise<Answer> {
    return this.send('POST', path, body, { 'x-actor-id': actor.id, 'x-actor-role': actor.role, ...headers });
  }

  private async send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  }
}
