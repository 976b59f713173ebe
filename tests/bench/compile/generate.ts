// Generated DSL programs of growing size, for the compile-time benchmark (series.ts) and its test.
// In: a shape and a size. Out: the text of one DSL program (deterministic: the same text on every run).
// Shapes:
//   statements — n statements (a `require` and a checked u64 update, alternately) in handlers of
//                STATEMENTS_PER_HANDLER each: program size grows, each function body stays the same size.
//   one-body   — n `require`s in one handler: one function body grows (TypeScript's checker walks
//                the body's control flow back from every reference, so this body costs it O(n²)).
//   padded     — the statements shape whose text is padded with comments to at least n bytes (a source
//                larger than the compiler accepts is reported before any work is done).

export type ProgramShape = 'statements' | 'one-body' | 'padded';

export const STATEMENTS_PER_HANDLER = 100;

const HEADER = `import { Account, Pubkey, Result, require, u64 } from "@solanaturbine/poseidon";

export default class Generated {
  static PROGRAM_ID = new Pubkey("CjeNgtsjk2d4cQE1o5iuKscrwEx5atWxCQTsfWViewtx");
`;

const FOOTER = `}

export interface Tally extends Account {
  total: u64;
}

export enum GeneratedError {
  TooSmall = "The amount is too small",
}
`;

/** Statement i of a handler: a `require` (even i) or an update of the account (odd i). */
function statement(i: number): string {
  return i % 2 === 0
    ? `    require(amount.gt(${i}), GeneratedError.TooSmall);\n`
    : `    tally.total = tally.total.add(amount).sub(${i % 7});\n`;
}

function handler(index: number, statements: number, kinds: (i: number) => string): string {
  const lines: string[] = [`\n  run${index}(tally: Tally, amount: u64): Result {\n`];
  for (let i = 0; i < statements; i++) lines.push(kinds(i));
  lines.push('  }\n');
  return lines.join('');
}

function handlers(n: number): string[] {
  const out: string[] = [];
  for (let done = 0, index = 0; done < n; done += STATEMENTS_PER_HANDLER, index++) {
    out.push(handler(index, Math.min(STATEMENTS_PER_HANDLER, n - done), statement));
  }
  return out;
}

export function generateProgram(shape: ProgramShape, n: number): string {
  if (shape === 'one-body') return [HEADER, handler(0, n, (i) => statement(2 * i)), FOOTER].join('');
  if (shape === 'statements') return [HEADER, ...handlers(n), FOOTER].join('');
  // padded: n is a byte count; one comment line of PAD per handler until the text is that long.
  const pad = `  // ${'-'.repeat(96)}\n`;
  const parts = [HEADER];
  let length = HEADER.length + FOOTER.length;
  for (let index = 0; length < n; index++) {
    const h = handler(index, 1, statement) + pad.repeat(100);
    parts.push(h);
    length += h.length;
  }
  parts.push(FOOTER);
  return parts.join('');
}
