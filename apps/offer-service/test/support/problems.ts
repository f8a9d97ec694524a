import type { Reply } from './http-client';

/** The reply is an application/problem+json error of this status (and code, when given). */
export function expectProblem(reply: Reply, status: number, code?: string) {
  expect({ status: reply.status, code: reply.body?.code }).toEqual({
    status,
    code: code ?? reply.body?.code,
  });
  expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(reply.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
}
