import { START, type LogPosition } from './event-store.port';

export function comparePositions(a: LogPosition, b: LogPosition): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

/** "commit/prepare", the form positions take in checkpoints, JSON and HTTP answers. */
export function formatPosition(position: LogPosition): string {
  return `${position.commit}/${position.prepare}`;
}

export function parsePosition(text: string): LogPosition {
  const match = /^(-?\d+)\/(-?\d+)$/.exec(text);
  if (!match) throw new Error(`Not a log position: "${text}"`);
  const position = { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
  return comparePositions(position, START) < 0 ? START : position;
}
