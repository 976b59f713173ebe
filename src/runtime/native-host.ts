// Builds the native runtime's host: the Anchor workspace of each program, compiled for this machine and
// linked into solana-program-test (native-host/*.rs). In: the programs' emitted workspaces
// (emitAnchorWorkspace). Out: the path of the host executable, built once per distinct set of programs
// and cached outside any clone: ~/.cache/poseidon/native/<hash>/host, with one shared cargo target
// (~/.cache/poseidon/cargo-target-native) so solana-program-test and Anchor compile only once per machine.
//
// Off-chain, anchor-lang 1.2 drops events (`sol_log_data` is a no-op) and return data (solana-cpi's
// `set_return_data` is a no-op) instead of sending them to the syscall stubs, so the host builds against
// a copy of anchor-lang 1.2.2 with those three functions routed to the stubs (patchAnchorLang): what the
// program does is unchanged, the runtime just gets to see it.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PublicKey } from '@solana/web3.js';

export interface NativeProgram {
  programId: PublicKey;
  /** The emitted Anchor workspace: path relative to its root → text. */
  workspace: Map<string, string>;
}

const ANCHOR_LANG_VERSION = '1.2.2';
const cacheRoot = () => join(process.env.POSEIDON_CACHE_DIR ?? join(homedir(), '.cache', 'poseidon'), 'native');
const targetDir = () => process.env.POSEIDON_NATIVE_TARGET_DIR ?? join(dirname(cacheRoot()), 'cargo-target-native');

/** src/runtime/native-host, found from src/ (tsx, vitest) and from dist/ (the CLI). */
function hostSourceDir(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'src', 'runtime', 'native-host');
    if (existsSync(join(candidate, 'main.rs'))) return candidate;
  }
  throw new Error('internal: src/runtime/native-host not found beside the poseidon-sbf package');
}

const HOST_SOURCES = ['main.rs', 'builtin.rs', 'logs.rs'] as const;

/** The program crate's name: the one `programs/<name>/Cargo.toml` of its workspace. */
function crateName(program: NativeProgram): string {
  for (const path of program.workspace.keys()) {
    const match = /^programs\/([^/]+)\/Cargo\.toml$/.exec(path);
    if (match) return match[1]!;
  }
  throw new Error(`internal: the workspace of ${program.programId.toBase58()} has no programs/<name>/Cargo.toml`);
}

/** The host executable, and each program's crate name (the host registers a crate at an id on reset). */
export async function nativeHost(programs: NativeProgram[]): Promise<{ executable: string; crates: string[] }> {
  const source = hostSourceDir();
  const hash = createHash('sha256');
  for (const file of [...HOST_SOURCES, 'Cargo.lock']) hash.update(file).update(readFileSync(join(source, file)));
  for (const program of programs) {
    for (const [path, text] of [...program.workspace].sort(([a], [b]) => a.localeCompare(b))) {
      if (path.startsWith('programs/')) hash.update(path).update(text);
    }
  }
  const id = hash.digest('hex').slice(0, 16);
  const dir = join(cacheRoot(), id);
  const executable = join(dir, 'host');
  const names = programs.map(crateName);
  if (existsSync(executable)) return { executable, crates: names };

  const anchorLang = await patchAnchorLang(source);
  const packageName = `poseidon-native-host-${id}`;
  await mkdir(join(dir, 'src'), { recursive: true });
  for (const file of HOST_SOURCES) await copyFile(join(source, file), join(dir, 'src', file));
  if (!existsSync(join(dir, 'Cargo.lock'))) await copyFile(join(source, 'Cargo.lock'), join(dir, 'Cargo.lock'));
  for (const program of programs) {
    for (const [path, text] of program.workspace) {
      if (!path.startsWith('programs/')) continue;
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
  }
  await writeFile(join(dir, 'Cargo.toml'), hostCargoToml(packageName, names, anchorLang));
  await writeFile(join(dir, 'src', 'programs.rs'), programsModule(names));
  await cargo(['build', '--quiet'], dir);
  // Copy out of the shared target dir (another host may build next), then rename: never half a file.
  await copyFile(join(targetDir(), 'debug', packageName), `${executable}.partial`);
  await rename(`${executable}.partial`, executable);
  return { executable, crates: names };
}

function hostCargoToml(packageName: string, names: string[], anchorLang: string): string {
  const programs = names.map((name) => `${name} = { path = "programs/${name}", features = ["no-entrypoint"] }`);
  return `[package]
name = "${packageName}"
version = "0.0.0"
edition = "2021"
publish = false

[workspace]

[dependencies]
${programs.join('\n')}
base64 = "0.22"
bincode = "1"
libc = "0.2"
serde_json = "1"
solana-account = "3"
solana-account-info = "3"
solana-clock = "3"
solana-instruction = "3"
solana-program-error = "3"
solana-program-runtime = "=3.1.12"
solana-program-test = "=3.1.12"
solana-pubkey = "3"
solana-sysvar = "3"
solana-transaction = "3"
solana-transaction-error = "3"
tokio = { version = "1", features = ["rt", "time"] }

[patch.crates-io]
anchor-lang = { path = ${JSON.stringify(anchorLang)} }

[profile.dev]
debug = false
`;
}

/** programs.rs: `register(test, crate, id)` adds the named crate's program as a builtin at `id`. */
function programsModule(names: string[]): string {
  const lines = ['// Written by poseidon (src/runtime/native-host.ts): the workspace programs as builtins.', ''];
  for (const name of names) lines.push(`native_entry!(${name}_entry, ${name});`);
  lines.push(
    '',
    'pub fn register(test: &mut solana_program_test::ProgramTest, name: &str, id: solana_pubkey::Pubkey) -> Result<(), String> {',
    '    match name {',
  );
  for (const name of names) lines.push(`        "${name}" => test.add_builtin_program("${name}", id, native_builtin!(${name}_entry)),`);
  lines.push('        other => return Err(format!("no program crate {other} in this host")),', '    }', '    Ok(())', '}', '');
  return lines.join('\n');
}

/** anchor-lang's source with events and return data reaching the syscall stubs off-chain; built once. */
async function patchAnchorLang(hostSource: string): Promise<string> {
  const patched = join(cacheRoot(), `anchor-lang-${ANCHOR_LANG_VERSION}-native`);
  if (existsSync(join(patched, '.patched'))) return patched;
  const original = await registrySource(hostSource, 'anchor-lang', ANCHOR_LANG_VERSION);
  await rm(patched, { recursive: true, force: true });
  await cp(original, patched, { recursive: true });
  const libPath = join(patched, 'src', 'lib.rs');
  const lib = await readFile(libPath, 'utf8');
  const edits: [string, string][] = [
    [
      '            #[cfg(not(target_os = "solana"))]\n            core::hint::black_box(data);',
      '            #[cfg(not(target_os = "solana"))]\n            crate::compat::solana_sysvar::program_stubs::sol_log_data(data);',
    ],
    [
      '            solana_invoke::{invoke, invoke_signed, invoke_signed_unchecked, invoke_unchecked},\n        };\n',
      '            solana_invoke::{invoke, invoke_signed, invoke_signed_unchecked, invoke_unchecked},\n        };\n' +
        '        #[cfg(not(target_os = "solana"))]\n' +
        '        pub fn set_return_data(data: &[u8]) {\n' +
        '            crate::compat::solana_sysvar::program_stubs::sol_set_return_data(data)\n' +
        '        }\n' +
        '        #[cfg(not(target_os = "solana"))]\n' +
        '        pub fn get_return_data() -> Option<(crate::solana_program::pubkey::Pubkey, Vec<u8>)> {\n' +
        '            crate::compat::solana_sysvar::program_stubs::sol_get_return_data()\n' +
        '        }\n',
    ],
  ];
  let text = lib;
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`internal: anchor-lang ${ANCHOR_LANG_VERSION} source differs from what the native runtime patches`);
    text = text.replace(from, to);
  }
  await writeFile(libPath, text);
  await writeFile(join(patched, '.patched'), '');
  return patched;
}

/** Where cargo unpacked a crates.io package the host's lockfile pins (fetched first when missing). */
async function registrySource(hostSource: string, name: string, version: string): Promise<string> {
  const probe = join(cacheRoot(), 'registry-probe');
  await mkdir(join(probe, 'src'), { recursive: true });
  await writeFile(join(probe, 'Cargo.toml'), `[package]\nname = "registry-probe"\nversion = "0.0.0"\nedition = "2021"\n\n[workspace]\n\n[dependencies]\n${name} = "=${version}"\n`);
  await writeFile(join(probe, 'src', 'lib.rs'), '');
  if (!existsSync(join(probe, 'Cargo.lock'))) await copyFile(join(hostSource, 'Cargo.lock'), join(probe, 'Cargo.lock'));
  const metadata = JSON.parse(await cargo(['metadata', '--format-version', '1'], probe)) as {
    packages: { name: string; version: string; manifest_path: string }[];
  };
  const found = metadata.packages.find((p) => p.name === name && p.version === version);
  if (!found) throw new Error(`internal: cargo metadata does not list ${name} ${version}`);
  return dirname(found.manifest_path);
}

/** Runs cargo at low priority (it shares the machine with the tests); resolves with its stdout. */
function cargo(args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('nice', ['-n', '10', 'cargo', ...args], {
      cwd,
      env: { ...process.env, CARGO_TARGET_DIR: targetDir() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', (cause) => reject(new Error(`cannot run cargo (the native runtime needs a Rust toolchain): ${cause.message}`)));
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`cargo ${args.join(' ')} failed in ${cwd}:\n${err.slice(-4000)}`)),
    );
  });
}
