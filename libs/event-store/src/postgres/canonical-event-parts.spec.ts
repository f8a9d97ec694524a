import { canonicalEventText } from '../canonical-json';
import { newEvent } from '../testing/contract/test-events';
import { validateAppend } from '../validate-append';
import { canonicalEventParts } from './canonical-event-parts';

/** The TypeScript twin of what append_events() splices between prefix and suffix. */
function splice(prefix: string, recordedAt: string, revision: bigint, suffix: string): string {
  return `${prefix}"${recordedAt}","revision":${revision}${suffix}`;
}

describe('canonical event parts', () => {
  it.each([
    ['plain data', 'orders-1', { amount: 230, currency: 'CAD' }],
    ['unicode and emoji', 'employer-Zoë-日本-😀', { name: 'Zoë 👩🏽‍⚕️ 🇨🇦 עברית e\u0301', city: 'Montréal' }],
    [
      'escapes',
      'quotes"and\\slashes',
      { text: 'quote " backslash \\ newline \n tab \t bell \u0007 \u001f \u2028' },
    ],
    [
      'nested keys out of order',
      'nested',
      { z: { b: 1, a: [{ y: 2, x: 1 }] }, a: null, M: true, m: false, '': 0 },
    ],
    [
      'keys that look like the split points',
      'tricky',
      { recordedAt: 'x', revision: 1, stream: 's', '"recordedAt":': 1 },
    ],
    ['numbers', 'numbers', { f: 0.1 + 0.2, big: 2 ** 53 - 1, exp: 1e21, tiny: 5e-324, neg: -1e-7 }],
  ])('rebuild canonicalEventText for %s', (_, streamId, data) => {
    const event = newEvent({
      data,
      type: 'Typé "quoted"',
      version: 7,
      occurredAt: '2024-02-29T23:59:59.999+05:30',
    });
    const [validated] = validateAppend(streamId, [event], 'any');
    const { prefix, suffix } = canonicalEventParts(streamId, validated);
    const recordedAt = '2025-01-02T03:04:05.678Z';
    for (const revision of [0n, 41n, 9_007_199_254_740_991n]) {
      expect(splice(prefix, recordedAt, revision, suffix)).toBe(
        canonicalEventText({ ...event, streamId, revision, recordedAt }),
      );
    }
  });
});
