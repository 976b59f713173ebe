// The Cargo features of an Anchor program crate that change what the program does, as a program built by
// Poseidon takes them (`"features"` of poseidon.config.json, `poseidon compile --features`). In: feature
// names. Out: the names the backends know, the problems with the others, and what each feature means.
// The Anchor workspace enables them as default features of the program crate; the sBPF binary behaves as
// that crate compiled with them.
import type { Program } from './types.js';

/**
 * `no-log-ix-name`: the handler does not log `Instruction: <Name>` (anchor-syn codegen/program/handlers.rs
 * guards the `msg!` with `#[cfg(not(feature = "no-log-ix-name"))]`).
 */
export const PROGRAM_FEATURES = ['no-log-ix-name'] as const;
export type ProgramFeature = (typeof PROGRAM_FEATURES)[number];

export const isProgramFeature = (name: string): name is ProgramFeature => (PROGRAM_FEATURES as readonly string[]).includes(name);

/** One message per name that is no known feature; empty when every name is one. */
export function unknownFeatures(names: readonly string[]): string[] {
  return names
    .filter((n) => !isProgramFeature(n))
    .map((n) => `unknown feature "${n}" (known: ${PROGRAM_FEATURES.join(', ')})`);
}

/** Whether the program's handlers log `Instruction: <Name>` (Anchor's default). */
export const logsInstructionName = (program: Pick<Program, 'features'>): boolean => !(program.features ?? []).includes('no-log-ix-name');
