// The contract between the benchmark driver (run.ts) and the per-program scenarios (scenarios/<program>.ts).
// In: a scenario gets a fresh runtime with its program loaded and a `measure` callback.
// Out: the scenario calls `measure` once per instruction call worth reporting; setup between calls is free.
import { createHash } from 'node:crypto';
import { Keypair, PublicKey, type Signer, type TransactionInstruction } from '@solana/web3.js';
import type { Runtime } from '../../src/runtime/index.js';
import type { CompiledProgram } from '../support/compiled.js';

export interface Bench {
  rt: Runtime;
  program: CompiledProgram;
  /** Sends one instruction in its own transaction and records its compute units under `label`; a failure aborts the run. */
  measure(label: string, ix: TransactionInstruction, signers?: Signer[]): Promise<void>;
}

export interface Scenario {
  /**
   * The keypair of the program id, when the program must be deployed through the BPF upgradeable loader (it reads
   * its ProgramData account) instead of loaded with the runtime's own loader.
   */
  programKeypair?: () => Keypair;
  /** The instruction calls in a realistic order, e.g. initialize before increment. */
  run(bench: Bench): Promise<void>;
}

/**
 * A keypair derived from a label. Keys decide PDA bumps (each rejected bump costs a
 * create_program_address), so random keys would make the report change from run to run.
 */
export function fixedKeypair(label: string): Keypair {
  return Keypair.fromSeed(createHash('sha256').update(`bench:${label}`).digest());
}

export function pda(seeds: (string | PublicKey | Uint8Array)[], programId: PublicKey): PublicKey {
  const bytes = seeds.map((s) => (typeof s === 'string' ? Buffer.from(s) : s instanceof PublicKey ? s.toBuffer() : Buffer.from(s)));
  return PublicKey.findProgramAddressSync(bytes, programId)[0];
}

export const SOL = 1_000_000_000n;
