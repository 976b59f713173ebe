// Test support for deploy: a test program compiled with its PROGRAM_ID replaced by a key the test owns
// (a deployed program checks its declared id at entry), and a fixed program keypair.
// In: a file under tests/programs and a program id. Out: the ELF, and instructions aimed at that id.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Keypair, type PublicKey } from '@solana/web3.js';
import { emitSbf } from '../../src/backends/sbf/index.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';
import { compileSource } from '../../src/frontend/index.js';
import { compileTestProgram, type CompiledProgram } from '../support/compiled.js';

export const seededKeypair = (label: string): Keypair =>
  Keypair.fromSeed(createHash('sha256').update(`deploy-test:${label}`).digest());

export interface ProgramAtId {
  so: Uint8Array;
  /** Builds an instruction of the program (IDL names, Anchor-style args) addressed to the new id. */
  ix: (name: string, accounts: Parameters<CompiledProgram['ix']>[1], args?: Record<string, unknown>) => ReturnType<CompiledProgram['ix']>;
}

const cache = new Map<string, ProgramAtId>();

/** tests/programs/<file> with `static PROGRAM_ID` set to `programId`. */
export function programAtId(file: string, programId: PublicKey): ProgramAtId {
  const key = `${file}:${programId.toBase58()}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const path = resolve(import.meta.dirname, '../programs', file);
  const original = compileTestProgram(file);
  const text = readFileSync(path, 'utf8').replace(original.programId.toBase58(), programId.toBase58());
  const result = compileSource(path, text);
  if (!result.program) throw new Error(result.diagnostics.map((d) => formatDiagnostic(d)).join('\n'));
  const compiled: ProgramAtId = {
    so: emitSbf(result.program).elf,
    ix: (name, accounts, args) => original.ix(name, accounts, args, programId),
  };
  cache.set(key, compiled);
  return compiled;
}
