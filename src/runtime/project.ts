// The runtime a project's own tests run on: every program of its poseidon.config.json, as `poseidon build`
// left it in its out folder, loaded into the runtime `poseidon test --runtime <kind>` chose (passed down in
// POSEIDON_RUNTIME; bankrun when unset). litesvm and bankrun run the `.so`; native runs the program's
// emitted Anchor Rust built for this machine (native-host.ts), so a test run natively shows what
// `anchor build` output does. In: the config path (POSEIDON_CONFIG, else ./poseidon.config.json) and the
// kind. Out: a Runtime, or an Error saying what is missing (a program not built, a pin no native host
// flavor builds). Each runtime created is noted in POSEIDON_RUNTIME_MARKER's file, so `poseidon test` can
// tell whether the tests used the runtime it chose at all.

import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { PublicKey } from '@solana/web3.js';
import { pinnedAnchorVersion } from '../cli/anchor-pin.js';
import { loadConfig, DEFAULT_CONFIG_FILE } from '../cli/config.js';
import { readSourceMap, sourceMapPath } from '../source-map/index.js';
import { createRuntime } from './index.js';
import { nativeAnchorSupport, nativeFlavorOf } from './native-flavors.js';
import type { ProgramBinary, Runtime, RuntimeKind } from './types.js';

/** Every runtime `--runtime` offers, the default first. */
export const PROJECT_RUNTIME_KINDS: readonly RuntimeKind[] = ['bankrun', 'litesvm', 'native'];
/** The environment `poseidon test` hands the tests: the kind, the config file, the file runtimes are noted in. */
export const RUNTIME_ENV = 'POSEIDON_RUNTIME';
export const CONFIG_ENV = 'POSEIDON_CONFIG';
export const MARKER_ENV = 'POSEIDON_RUNTIME_MARKER';

export function isProjectRuntimeKind(kind: string): kind is RuntimeKind {
  return (PROJECT_RUNTIME_KINDS as readonly string[]).includes(kind);
}

/**
 * Why program `name`, pinned to anchor-lang `version`, cannot run natively; null when it can. Its Rust is
 * written for its own release's crates and behaviour, so only a host flavor linking that release's Solana
 * line shows what its `anchor build` gives (native-flavors.ts).
 */
export function nativeAnchorRefusal(name: string, version: string, where: string): string | null {
  if (nativeFlavorOf(version) !== null) return null;
  return `--runtime native builds the Anchor Rust of ${nativeAnchorSupport()} only, and program "${name}" targets anchor-lang ${version} (${where}): `
    + `its Rust is written for ${version}'s crates, which no host links; run its .so with --runtime litesvm or --runtime bankrun`;
}

/** The project's programs, read from their out folders; with their Anchor workspaces when `kind` is native. */
export function projectPrograms(configPath: string, kind: RuntimeKind): ProgramBinary[] {
  const loaded = loadConfig(configPath);
  if (!loaded.ok) throw new Error(`${configPath}: ${loaded.errors.join('; ')}`);
  const root = resolve(configPath, '..');
  return loaded.config.programs.map(({ name, programId, out }) => {
    const so = join(out, 'target/deploy', `${name}.so`);
    if (!existsSync(so)) throw new Error(`program "${name}" is not built (no ${relative(root, so)}): run \`poseidon build\` first, or \`poseidon test\``);
    const map = readSourceMap(join(out, sourceMapPath(name)));
    const program: ProgramBinary = { programId: new PublicKey(programId), so: readFileSync(so), name, ...(map.ok && { sourceMap: map.map }) };
    if (kind !== 'native') return program;
    const workspace = anchorWorkspace(out);
    const manifest = `programs/${name}/Cargo.toml`;
    const pin = pinnedAnchorVersion(workspace.get(manifest) ?? '');
    if (pin === null || !pin.ok) throw new Error(`${relative(root, join(out, manifest))} names no anchor-lang release the native runtime can build: run \`poseidon build\``);
    const refusal = nativeAnchorRefusal(name, pin.version, relative(root, join(out, manifest)));
    if (refusal !== null) throw new Error(refusal);
    return { ...program, anchorWorkspace: workspace };
  });
}

/** The program crates of an emitted workspace (programs/**): what the native host compiles. */
function anchorWorkspace(out: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(out, rel), { withFileTypes: true })) {
      const path = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.set(path, readFileSync(join(out, path), 'utf8'));
    }
  };
  if (existsSync(join(out, 'programs'))) walk('programs');
  return files;
}

export interface ProjectRuntimeOptions {
  /** Default: POSEIDON_RUNTIME, else bankrun. */
  kind?: RuntimeKind;
  /** Default: POSEIDON_CONFIG, else poseidon.config.json in the working directory. */
  config?: string;
}

/**
 * A fresh runtime holding every program of the project, as built. Native compute units are 0: the Rust
 * runs as machine code, so no count would mean anything.
 */
export async function projectRuntime(options: ProjectRuntimeOptions = {}): Promise<Runtime> {
  const kind = options.kind ?? process.env[RUNTIME_ENV] ?? PROJECT_RUNTIME_KINDS[0]!;
  if (!isProjectRuntimeKind(kind)) throw new Error(`${RUNTIME_ENV}=${kind} is not a runtime: use ${PROJECT_RUNTIME_KINDS.join(', ')}`);
  const configPath = resolve(options.config ?? process.env[CONFIG_ENV] ?? DEFAULT_CONFIG_FILE);
  const runtime = await createRuntime(kind, { programs: projectPrograms(configPath, kind) });
  const marker = process.env[MARKER_ENV];
  if (marker) appendFileSync(marker, `${kind}\n`);
  return runtime;
}
