import { randomUUID } from 'node:crypto';
import { encodeEnvelope, type IntegrationEnvelope, toHeaders, type Topic } from '@imp/contracts';
import type { IncomingMessage, MessageTransport, OutgoingMessage } from '@imp/messaging';
import type { ServiceRuntime } from '@imp/service-kit';
import type { ImpSystem } from './imp-system';

function inProcess(imp: ImpSystem) {
  if (!imp.running) throw new Error('this test needs the in-process system (startImpSystem)');
  return imp.running;
}

export const transportOf = (imp: ImpSystem): MessageTransport => inProcess(imp).runtimes[0].transport;

export function runtimeOf(imp: ImpSystem, service: string): ServiceRuntime {
  const runtime = inProcess(imp).runtimes.find((candidate) => candidate.name === service);
  if (!runtime) throw new Error(`${service} is not running`);
  return runtime;
}

/** Records every message on a topic from now on, as a consumer group of its own. */
export async function recordTopic(imp: ImpSystem, topic: Topic): Promise<IncomingMessage[]> {
  const seen: IncomingMessage[] = [];
  await transportOf(imp).consume({
    groupId: `test-recorder-${randomUUID()}`,
    topics: [topic],
    handle: async (messages) => {
      seen.push(...messages);
    },
  });
  return seen;
}

/** Puts a message on a topic as its producing service would; resolves once every consumer group settled it. */
export async function publish(imp: ImpSystem, topic: Topic, envelope: Omit<IntegrationEnvelope, 'id'>) {
  const full = { id: randomUUID(), ...envelope };
  const message: OutgoingMessage = {
    key: envelope.streamId,
    value: encodeEnvelope(full),
    headers: toHeaders(full),
  };
  await transportOf(imp).publish(topic, [message]);
  return full;
}
