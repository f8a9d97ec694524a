import type { LogPosition } from '../../event-store.port';
import { comparePositions } from '../../position';

export function expectStrictlyIncreasing(positions: LogPosition[]): void {
  const outOfOrder = positions.findIndex(
    (position, i) => i > 0 && comparePositions(positions[i - 1], position) >= 0,
  );
  expect(outOfOrder).toBe(-1);
}
