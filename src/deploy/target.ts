// What `poseidon deploy` deploys: the program chosen from poseidon.config.json, its built binary and its
// program keypair path.
// In: the config path, a program name or none, the out folder. Out: the program entry, the .so bytes and
// paths, or one-line errors; never throws on bad input.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeSystemError } from '../diagnostics/system-error.js';

/** What deploying needs of a program entry of poseidon.config.json (the CLI loads and validates the file). */
export interface ConfiguredProgram {
  name: string;
  /** Absolute path of the output folder `poseidon build` writes. */
  out: string;
}

export type SelectResult<P extends ConfiguredProgram> = { ok: true; program: P } | { ok: false; error: string };

/** The named program, or the only one when no name is given. */
export function selectProgram<P extends ConfiguredProgram>(config: { programs: readonly P[] }, name: string | undefined, shownConfig: string): SelectResult<P> {
  const names = config.programs.map((p) => p.name);
  if (name !== undefined) {
    const program = config.programs.find((p) => p.name === name);
    if (program) return { ok: true, program };
    return { ok: false, error: `${shownConfig} has no program named "${name}" (programs: ${names.join(', ') || 'none'})` };
  }
  if (config.programs.length === 1) return { ok: true, program: config.programs[0]! };
  if (config.programs.length === 0) return { ok: false, error: `${shownConfig} lists no programs; nothing to deploy` };
  return { ok: false, error: `${shownConfig} has ${names.length} programs (${names.join(', ')}); name the one to deploy` };
}

export interface BuiltProgram {
  /** The crate name `poseidon build` gave the files: <crate>.so, <crate>-keypair.json. */
  crate: string;
  soPath: string;
  so: Uint8Array;
  /** Where `anchor build` (and `poseidon build`) keep the program id keypair. */
  defaultKeypairPath: string;
}

export type BinaryResult = { ok: true; binary: BuiltProgram } | { ok: false; error: string };

/**
 * The one .so that `poseidon build` leaves in <out>/target/deploy/ (named after the program's crate).
 * `shown` turns a path into how messages name it.
 */
export function findProgramBinary(program: ConfiguredProgram, shown: (path: string) => string): BinaryResult {
  const dir = join(program.out, 'target', 'deploy');
  const notBuilt = `no program binary in ${shown(dir)}; run \`poseidon build ${program.name}\` first`;
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.so')).sort();
  } catch {
    return { ok: false, error: notBuilt };
  }
  if (names.length === 0) return { ok: false, error: notBuilt };
  if (names.length > 1) return { ok: false, error: `${shown(dir)} holds several binaries (${names.join(', ')}); run \`poseidon build ${program.name}\` again` };
  const crate = names[0]!.slice(0, -'.so'.length);
  const soPath = join(dir, names[0]!);
  let so: Uint8Array;
  try {
    so = readFileSync(soPath);
  } catch (err) {
    return { ok: false, error: `cannot read ${shown(soPath)}: ${describeSystemError(err)}` };
  }
  if (so.length === 0) return { ok: false, error: `${shown(soPath)} is empty; run \`poseidon build ${program.name}\` again` };
  return { ok: true, binary: { crate, soPath, so, defaultKeypairPath: join(dir, `${crate}-keypair.json`) } };
}
