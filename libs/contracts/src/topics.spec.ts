import { deadLetterTopic, Topics } from './topics';

describe('topics', () => {
  it('are one per service, versioned in the name', () => {
    expect(Object.values(Topics)).toEqual([
      'imp.employer.v1',
      'imp.offer.v1',
      'imp.application.v1',
      'imp.decision.v1',
    ]);
  });

  it('send dead letters to <topic>.dlq', () => {
    expect(deadLetterTopic(Topics.offer)).toBe('imp.offer.v1.dlq');
  });
});
