/** One topic per owning service; the message key is the aggregate id so one aggregate's events stay in order. */
export const Topics = {
  employer: 'imp.employer.v1',
  offer: 'imp.offer.v1',
  application: 'imp.application.v1',
  decision: 'imp.decision.v1',
} as const;

export type Topic = (typeof Topics)[keyof typeof Topics];

export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}
