// The progress of writing a program into its buffer, for stderr. On a terminal: one line redrawn in
// place with a bar; otherwise (logs, CI): a plain line at each quarter, so output stays short and greppable.
// In: a writer, whether it is a TTY, the byte total. Out: update(done) and finish(summary) calls that print.

export interface Progress {
  update(doneBytes: number): void;
  /** Ends the progress display with `summary` as its last line. */
  finish(summary: string): void;
}

const BAR_WIDTH = 30;
/** Moves to column 0 and clears the line, so a redraw never leaves a longer line's tail behind. */
const REDRAW = '\r\x1b[2K';

export function createProgress(write: (s: string) => void, isTTY: boolean, totalBytes: number, label: string): Progress {
  return isTTY ? terminalProgress(write, totalBytes, label) : plainProgress(write, totalBytes, label);
}

function terminalProgress(write: (s: string) => void, total: number, label: string): Progress {
  let shown = -1;
  const draw = (done: number) => {
    const percent = percentOf(done, total);
    if (percent === shown) return;
    shown = percent;
    const filled = Math.round((BAR_WIDTH * percent) / 100);
    write(`${REDRAW}${label} [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${percent}% ${done}/${total} bytes`);
  };
  draw(0);
  return {
    update: draw,
    finish: (summary) => write(`${REDRAW}${summary}\n`),
  };
}

function plainProgress(write: (s: string) => void, total: number, label: string): Progress {
  let lastQuarter = 0;
  return {
    update(done) {
      const quarter = Math.floor(percentOf(done, total) / 25);
      if (quarter <= lastQuarter) return;
      lastQuarter = quarter;
      write(`${label}: ${percentOf(done, total)}% (${done}/${total} bytes)\n`);
    },
    finish: (summary) => write(`${summary}\n`),
  };
}

function percentOf(done: number, total: number): number {
  return total === 0 ? 100 : Math.floor((done * 100) / total);
}
