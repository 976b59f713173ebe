// Copies a text stream line by line through a rewrite (the TypeScript line after each Anchor error
// location), so a location is never split across two writes: for `poseidon test`'s child processes and
// `poseidon explain` reading stdin.
// In: a readable stream, a writer, the rewrite. Out: every byte of the stream, rewritten, then `done`.
import type { Readable } from 'node:stream';

/** A partial line (a prompt, a progress dot) is passed on after this long without a newline. */
const PARTIAL_LINE_MS = 100;

export function forwardLines(stream: Readable, write: (s: string) => void, rewrite: (text: string) => string): Promise<void> {
  let pending = '';
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    clearTimeout(timer);
    if (pending !== '') write(rewrite(pending));
    pending = '';
  };
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    pending += chunk;
    const end = pending.lastIndexOf('\n') + 1;
    if (end > 0) {
      write(rewrite(pending.slice(0, end)));
      pending = pending.slice(end);
    }
    clearTimeout(timer);
    if (pending !== '') timer = setTimeout(flush, PARTIAL_LINE_MS);
  });
  return new Promise((done) => {
    stream.on('end', () => {
      flush();
      done();
    });
    // A stream that errors (a closed pipe) ends what there is to copy.
    stream.on('error', () => {
      flush();
      done();
    });
  });
}
