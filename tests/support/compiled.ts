// Test support: compile a DSL test program once (per targeted Anchor release) and drive it through the
// Anchor client's coder. In: a program path under tests/programs. Out: the IR, the .so, the IDL, a
// BorshCoder over our IDL, instruction builders taking Anchor-style (camelCase) args, and an account decoder.
import { BorshCoder, type Idl } from '@coral-xyz/anchor';
import { PublicKey, TransactionInstruction, type AccountMeta } from '@solana/web3.js';
import { resolve } from 'node:path';
import { compileFile } from '../../src/frontend/index.js';
import { sbfOutput } from './sbf.js';
import { emitIdl } from '../../src/backends/idl/index.js';
import { emitAnchorWorkspace } from '../../src/backends/anchor/index.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';
import type { Program } from '../../src/ir/types.js';
import type { ProgramFeature } from '../../src/ir/features.js';
import { camelCase } from '../../src/ir/names.js';

export interface CompiledProgram {
  program: Program;
  programId: PublicKey;
  so: Uint8Array;
  idl: Idl;
  coder: BorshCoder;
  /** Decodes with the IDL as written: fields come back in snake_case. */
  /** Builds an instruction from the IDL: `accounts` and `args` by name (snake_case or camelCase). */
  ix(name: string, accounts: Record<string, PublicKey | AccountMeta>, args?: Record<string, unknown>, programId?: PublicKey): TransactionInstruction;
  decode<T = Record<string, unknown>>(accountType: string, data: Uint8Array): T;
}

const cache = new Map<string, CompiledProgram>();
/** A compiled `.so` → the IR it was compiled from, for the native runtime (which builds the Anchor Rust). */
const programsBySo = new WeakMap<Uint8Array, Program>();

/** The emitted Anchor workspace of a `.so` compileTestProgram compiled (the native runtime's input). */
export function anchorWorkspaceOf(so: Uint8Array): Map<string, string> {
  const program = programsBySo.get(so);
  if (!program) throw new Error('the native runtime needs a program compileTestProgram compiled (its Anchor workspace)');
  return emitAnchorWorkspace(program);
}

/**
 * `file`: under tests/programs, or an absolute path. `anchorVersion`: the Anchor release the program targets
 * (src/ir/anchor-version.ts); absent: the default. `features`: the Cargo features it is built with.
 */
export function compileTestProgram(file: string, anchorVersion?: string, features: readonly ProgramFeature[] = []): CompiledProgram {
  const path = resolve(import.meta.dirname, '../programs', file);
  const key = `${path}@${anchorVersion ?? ''}+${features.join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const result = compileFile(path);
  if (!result.program) throw new Error(result.diagnostics.map((d) => formatDiagnostic(d)).join('\n'));
  const program = {
    ...result.program,
    ...(anchorVersion !== undefined && { anchorVersion }),
    ...(features.length > 0 && { features }),
  };
  const idl = emitIdl(program) as unknown as Idl;
  const coder = new BorshCoder(idl);
  const programId = new PublicKey(program.programId);
  const compiled: CompiledProgram = {
    program,
    programId,
    so: sbfOutput(program).elf,
    idl,
    coder,
    ix(name, accounts, args = {}, overrideId) {
      const ix = program.instructions.find((i) => i.name === name || camelCase(i.name) === name);
      if (!ix) throw new Error(`no instruction ${name}`);
      const keys = ix.accounts.map((a) => {
        const given = accounts[a.name] ?? accounts[camelCase(a.name)];
        if (given === undefined) throw new Error(`missing account ${a.name} for ${name}`);
        if (given instanceof PublicKey) return { pubkey: given, isSigner: a.signer, isWritable: a.mut };
        return given;
      });
      // The coder reads the IDL as written (snake_case); accept args by either spelling.
      const snakeArgs = Object.fromEntries(ix.args.map((a) => [a.name, args[a.name] ?? args[camelCase(a.name)]]));
      const data = coder.instruction.encode(ix.name, snakeArgs);
      return new TransactionInstruction({ programId: overrideId ?? programId, keys, data });
    },
    decode(accountType, data) {
      return coder.accounts.decode(accountType, Buffer.from(data));
    },
  };
  cache.set(key, compiled);
  programsBySo.set(compiled.so, program);
  return compiled;
}

export const SYSTEM_PROGRAM_ID = new PublicKey('11111111111111111111111111111111');
