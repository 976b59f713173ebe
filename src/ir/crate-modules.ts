// The modules of the crate the Anchor backend emits, named around the user's names: the crate root's modules
// (`state`, or `state_mod` beside a program module `state`) and one module per instruction under
// `instructions` and per state account or struct under `state`. The Anchor backend declares them; the IDL
// backend's legacy IDL lists accounts and types in their order, as Anchor 0.29's parser walks them.
// In: the Program. Out: CrateModules.
import { snakeCase } from './names.js';
import { EXTERN_CRATES } from './rust-names.js';
import type { Program } from './types.js';

export type RootModule = 'error' | 'events' | 'helpers' | 'instructions' | 'state';

export interface CrateModules {
  /** The crate root's modules, by role. */
  root: Record<RootModule, string>;
  /** Instruction name → its module under `instructions`: its name, or `<name>_mod` where that would hide a crate or module. */
  instructions: Map<string, string>;
  /** snake_case name of a state account or struct → its module under `state`, likewise. */
  types: Map<string, string>;
}

const ROOT_MODULES: readonly RootModule[] = ['error', 'events', 'helpers', 'instructions', 'state'];

/** The first candidate `taken` does not hold. */
export function firstFree(candidates: (n: number) => string, taken: (name: string) => boolean): string {
  for (let n = 0; ; n++) {
    const name = candidates(n);
    if (!taken(name)) return name;
  }
}

export function crateModules(program: Program): CrateModules {
  const root = Object.fromEntries(ROOT_MODULES.map((m) => [m, m === program.name ? `${m}_mod` : m])) as Record<RootModule, string>;
  // A child module re-exported at the crate root must not hide a crate; the crate root's own modules (ours and
  // those of Anchor's #[program]) hide it instead, and are kept clear of it for the reader.
  const rootNames = new Set([...EXTERN_CRATES, ...Object.values(root), 'instruction', 'accounts', 'program']);
  const childModules = (names: string[]): Map<string, string> => {
    const used = new Set<string>();
    return new Map(names.map((name) => {
      const module = firstFree((n) => (n === 0 ? name : n === 1 ? `${name}_mod` : `${name}_mod${n}`), (m) => rootNames.has(m) || used.has(m));
      used.add(module);
      return [name, module];
    }));
  };
  return {
    root,
    instructions: childModules(program.instructions.map((ix) => ix.name)),
    types: childModules([...program.stateAccounts, ...program.structs].map((t) => snakeCase(t.name))),
  };
}
