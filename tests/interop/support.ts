// Test support for projects made outside this repository: stand in for `npm install` without the
// network, and lay out a Poseidon workspace as Poseidon's `init` (via `anchor init`) leaves it.
// In: a project folder. Out: node_modules linked to this checkout's, or the workspace files.
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFiles } from '../cli/helpers.js';

export const TOOLCHAIN_ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
const TOOLCHAIN_NAME = (JSON.parse(readFileSync(join(TOOLCHAIN_ROOT, 'package.json'), 'utf8')) as { name: string }).name;

/**
 * What `npm install` gives a project made by `poseidon init`: every package this checkout has
 * installed (the project pins the same versions) plus the toolchain itself under its package name.
 * `aliases` installs a package under another name, as a project pinning another version has it:
 * `{ '@coral-xyz/anchor': '@coral-xyz/anchor-0.30' }` links this checkout's npm alias of 0.30.1.
 */
export function linkToolchainModules(projectDir: string, aliases: Record<string, string> = {}): void {
  const modules = join(projectDir, 'node_modules');
  mkdirSync(modules);
  const installed = join(TOOLCHAIN_ROOT, 'node_modules');
  const aliasedScopes = new Set(Object.keys(aliases).filter((name) => name.startsWith('@')).map((name) => name.split('/')[0]));
  for (const entry of readdirSync(installed)) {
    if (!aliasedScopes.has(entry)) {
      symlinkSync(join(installed, entry), join(modules, entry));
      continue;
    }
    // A scope holding an alias is a real folder, so one of its packages can point elsewhere.
    mkdirSync(join(modules, entry));
    for (const pkg of readdirSync(join(installed, entry))) symlinkSync(join(installed, entry, pkg), join(modules, entry, pkg));
  }
  for (const [name, target] of Object.entries(aliases)) {
    rmSync(join(modules, name), { force: true });
    symlinkSync(join(installed, target), join(modules, name));
  }
  symlinkSync(TOOLCHAIN_ROOT, join(modules, TOOLCHAIN_NAME));
}

/** The per-user counter of tests/programs (class CounterProgram), as a Poseidon program source. */
export const COUNTER_SOURCE = readFileSync(join(TOOLCHAIN_ROOT, 'tests/programs/counter.ts'), 'utf8');
export const COUNTER_ID = 'EhxPGtzWeQw3Pe6fLj3jErcy93mPC9qJoamVuDv5s9fL';

/** Anchor.toml as `anchor init` 0.30+ writes it, with the given [programs.localnet] lines. */
export function anchorToml(localnet: string): string {
  return `[toolchain]

[features]
resolution = true
skip-lint = false

[programs.localnet]
${localnet}

[registry]
url = "https://api.apr.dev"

[provider]
cluster = "Localnet"
wallet = "~/.config/solana/id.json"

[scripts]
test = "yarn run ts-mocha -p ./tsconfig.json -t 1000000 tests/**/*.ts"
`;
}

/** A program crate's Cargo.toml as `anchor init <name>` writes it (the package keeps the typed name). */
export function programCargoToml(packageName: string): string {
  return `[package]
name = "${packageName}"
version = "0.1.0"
description = "Created with Anchor"
edition = "2021"

[lib]
crate-type = ["cdylib", "lib"]
name = "${packageName.replace(/-/g, '_')}"

[dependencies]
anchor-lang = "0.30.1"
`;
}

/** A Poseidon workspace holding the counter as program `counter` (ts-programs/src/counter.ts). */
export function writeCounterWorkspace(dir: string): void {
  writeFiles(dir, {
    'Anchor.toml': anchorToml(`counter = "${COUNTER_ID}"`),
    'programs/counter/Cargo.toml': programCargoToml('counter'),
    'programs/counter/src/lib.rs': 'use anchor_lang::prelude::*;\n\ndeclare_id!("11111111111111111111111111111111");\n',
    'ts-programs/package.json': '{ "name": "ts-programs", "version": "1.0.0" }\n',
    'ts-programs/src/counter.ts': COUNTER_SOURCE,
  });
}
