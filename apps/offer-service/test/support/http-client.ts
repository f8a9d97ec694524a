// Replies are read loosely here; each test asserts the shape it relies on.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface Reply {
  status: number;
  body: Json;
  headers: Headers;
}

export interface Actor {
  id: string;
  role: string;
}

/** A JSON client for one service, acting as one user (X-Actor-Id / X-Actor-Role) unless told otherwise. */
export function httpClient(baseUrl: string, actor: Actor = { id: 'hr-user-17', role: 'employer' }) {
  async function request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        'x-actor-id': actor.id,
        'x-actor-role': actor.role,
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  }
  return {
    get: (path: string): Promise<Reply> => request('GET', path),
    post: (path: string, body: unknown = {}, headers?: Record<string, string>): Promise<Reply> =>
      request('POST', path, body, headers),
    patch: (path: string, body: unknown, headers?: Record<string, string>): Promise<Reply> =>
      request('PATCH', path, body, headers),
  };
}

export type HttpClient = ReturnType<typeof httpClient>;
