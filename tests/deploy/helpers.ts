// Test support for deploy: a test program compiled with its PROGRAM_ID replaced by a key the test owns
// (a deployed program checks its declared id at entry), seeded keypairs and keypair files, and the
// lamports a deploy costs by the loader's rules.
// In: a file under tests/programs and a program id. Out: the ELF, and instructions aimed at that id.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Keypair, type PublicKey } from '@solana/web3.js';
import { sbfOutput } from '../support/sbf.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';
import { compileSource } from '../../src/frontend/index.js';
import type { Runtime } from '../../src/runtime/index.js';
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
    so: sbfOutput(result.program).elf,
    ix: (name, accounts, args) => original.ix(name, accounts, args, programId),
  };
  cache.set(key, compiled);
  return compiled;
}

/** Writes `keypair` as a Solana CLI keypair file. */
export function writeKeypair(path: string, keypair: Keypair): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(Array.from(keypair.secretKey)));
}

/** Lamports a first deploy of `size` bytes needs, by the loader's rules, at 5,000 lamports a signature. */
export async function firstDeployCost(runtime: Runtime, size: number): Promise<{ rent: bigint; fees: bigint; reserve: bigint }> {
  const writes = Math.ceil(size / WRITE_CHUNK);
  return {
    // Program account (36 bytes) and ProgramData (45-byte header + room for 2× the program).
    rent: (await runtime.minimumBalance(36)) + (await runtime.minimumBalance(45 + 2 * size)),
    // Buffer creation (wallet + buffer), one per write, deploy (wallet + program).
    fees: 5000n * BigInt(2 + writes + 2),
    reserve: await runtime.minimumBalance(0),
  };
}

/** Program bytes in one Write transaction signed by the wallet alone (1,232 − 220 bytes of transaction). */
export const WRITE_CHUNK = 1012;

/** Lamports as SOL the way the CLI prints them (no trailing zeros). */
export const solText = (lamports: bigint): string =>
  `${lamports / 1_000_000_000n}${lamports % 1_000_000_000n === 0n ? '' : `.${(lamports % 1_000_000_000n).toString().padStart(9, '0').replace(/0+$/, '')}`}`;
