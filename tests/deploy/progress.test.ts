// Write progress on stderr: a plain line per quarter off a terminal, one redrawn line on a terminal.
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/deploy/progress.js';

function record(isTTY: boolean, total: number, steps: number[]): string {
  let out = '';
  const progress = createProgress((s) => { out += s; }, isTTY, total, 'Writing');
  for (const done of steps) progress.update(done);
  progress.finish('Wrote 4000 bytes');
  return out;
}

describe('progress off a terminal', () => {
  it('prints a line as each quarter is reached, then the summary', () => {
    expect(record(false, 4000, [1000, 1500, 2000, 3000, 4000])).toBe(
      'Writing: 25% (1000/4000 bytes)\nWriting: 50% (2000/4000 bytes)\nWriting: 75% (3000/4000 bytes)\nWriting: 100% (4000/4000 bytes)\nWrote 4000 bytes\n');
  });

  it('prints one line for a jump over several quarters', () => {
    expect(record(false, 4000, [3500])).toBe('Writing: 87% (3500/4000 bytes)\nWrote 4000 bytes\n');
  });
});

describe('progress on a terminal', () => {
  it('redraws one line with a bar and ends with the summary on a line of its own', () => {
    const bar = (n: number) => `${'#'.repeat(n)}${'-'.repeat(30 - n)}`;
    expect(record(true, 4000, [2000, 4000])).toBe(
      `\r\x1b[2KWriting [${bar(0)}] 0% 0/4000 bytes\r\x1b[2KWriting [${bar(15)}] 50% 2000/4000 bytes`
      + `\r\x1b[2KWriting [${bar(30)}] 100% 4000/4000 bytes\r\x1b[2KWrote 4000 bytes\n`);
  });
});
