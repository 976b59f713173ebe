// Test helpers for the front end: compile a shared program or an inline source, and drop spans so
// IR assertions state only what the backends read.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileFile, compileSource } from '../../src/frontend/index.js';
import type { Instruction, Program } from '../../src/ir/types.js';

export const programPath = (name: string): string => fileURLToPath(new URL(`../programs/${name}.ts`, import.meta.url));

export function compileShared(name: string): Program {
  const r = compileFile(programPath(name));
  if (!r.program) throw new Error(`expected ${name} to compile: ${JSON.stringify(r.diagnostics)}`);
  return r.program;
}

export function compileInline(text: string): Program {
  const r = compileSource('inline.ts', text);
  if (!r.program) throw new Error(`expected inline source to compile: ${JSON.stringify(r.diagnostics)}`);
  return r.program;
}

/** A deep copy without `span` keys. */
export function withoutSpans<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (k, v) => (k === 'span' ? undefined : typeof v === 'bigint' ? `${v}n` : v)), (_k, v) =>
    typeof v === 'string' && /^-?\d+n$/.test(v) ? BigInt(v.slice(0, -1)) : v,
  );
}

export function instruction(p: Program, name: string): Instruction {
  const ix = p.instructions.find((i) => i.name === name);
  if (!ix) throw new Error(`no instruction ${name}`);
  return withoutSpans(ix);
}

export const readProgramText = (name: string): string => readFileSync(programPath(name), 'utf8');

export const bytes = (s: string): number[] => [...Buffer.from(s, 'utf8')];

/** A minimal program around `body` (declarations after the class go in `extra`). */
export function wrap(methods: string, extra = ''): string {
  return `import { Account, Pubkey, Result, Signer, SystemAccount, UncheckedAccount, SystemProgram, Str, Vec, Clock, require, emit, Event, Mint, TokenAccount, AssociatedTokenAccount, TokenProgram, AuthorityType, Seeds, u8, i8, u16, i16, u32, i32, u64, i64, u128, i128, usize, isize } from "@solanaturbine/poseidon";

export default class TestProgram {
  static PROGRAM_ID = new Pubkey("GXQmGjfLL8QWDfEhEFQJQY9V1DYSB4oT5aU2acQrXiWj");
${methods}
}

export interface Data extends Account {
  owner: Pubkey;
  count: u64;
  total: u128;
  delta: i64;
  small: u8;
  flag: Boolean;
  name: Str<16>;
  bump: u8;
}
${extra}
`;
}
