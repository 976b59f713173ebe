// The one way the sBPF backend refuses a program: a construct the IR can express but this backend cannot
// compile yet. In: a source span (when known) and a message. Out: an error the CLI reports as a diagnostic.
import type { Span } from '../../../ir/types.js';

export class SbfUnsupportedError extends Error {
  constructor(
    readonly span: Span | null,
    message: string,
  ) {
    super(message);
    this.name = 'SbfUnsupportedError';
  }
}
