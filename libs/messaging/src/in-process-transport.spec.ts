import { InProcessTransport } from './in-process-transport';
import type { IncomingMessage } from './transport';

const message = (key: string, n: number) => ({ key, value: Buffer.from(String(n)), headers: {} });

describe('the in-process transport', () => {
  it('resolves publish only after every subscribed group has settled the messages, in order', async () => {
    const transport = new InProcessTransport();
    const seen: Record<string, string[]> = { a: [], b: [] };
    for (const group of ['a', 'b']) {
      await transport.consume({
        groupId: group,
        topics: ['t'],
        handle: async (messages: IncomingMessage[]) => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          seen[group].push(...messages.map((m) => `${m.value}@${m.offset}`));
        },
      });
    }
    await transport.publish('t', [message('k', 1), message('k', 2)]);
    expect(seen).toEqual({ a: ['1@0', '2@1'], b: ['1@0', '2@1'] });
    await transport.publish('t', [message('k', 3)]);
    expect(seen.a).toEqual(['1@0', '2@1', '3@2']);
  });

  it('keeps concurrent publishes to one topic in publish order for each group', async () => {
    const transport = new InProcessTransport();
    const seen: string[] = [];
    await transport.consume({
      groupId: 'g',
      topics: ['t'],
      handle: async (messages) => {
        await new Promise((resolve) => setTimeout(resolve, Number(messages[0].value) % 2 === 0 ? 1 : 10));
        seen.push(...messages.map((m) => m.value.toString()));
      },
    });
    await Promise.all([1, 2, 3, 4].map((n) => transport.publish('t', [message('k', n)])));
    expect(seen).toEqual(['1', '2', '3', '4']);
  });

  it('rejects publish when a consumer cannot settle a message, so the relay keeps its checkpoint', async () => {
    const transport = new InProcessTransport();
    await transport.consume({
      groupId: 'g',
      topics: ['t'],
      handle: async () => {
        throw new Error('database is down');
      },
    });
    await expect(transport.publish('t', [message('k', 1)])).rejects.toThrow('database is down');
    expect(await transport.check()).toEqual({ ok: true, detail: { transport: 'in-process', groups: 1 } });
  });

  it('delivers nothing to a stopped group and to groups on other topics', async () => {
    const transport = new InProcessTransport();
    const seen: string[] = [];
    const handle = await transport.consume({
      groupId: 'g',
      topics: ['t'],
      handle: async (messages) => void seen.push(...messages.map((m) => m.topic)),
    });
    await transport.publish('other', [message('k', 1)]);
    await handle.stop();
    await transport.publish('t', [message('k', 2)]);
    expect(seen).toEqual([]);
  });
});
