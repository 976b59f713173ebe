// Builds the native runtime's host: the Anchor workspace of each program, compiled for this machine and
// linked into the solana-program-test of the flavor its anchor-lang pin needs (native-flavors.ts;
// native-host/*.rs, with the sdk.rs of the flavor's Solana line). In: the programs' emitted workspaces (emitAnchorWorkspace).
// Out: the path of the host executable, built once per distinct set of programs and cached outside any
// clone: ~/.cache/poseidon/native/<hash>/host, with one cargo target per flavor
// (~/.cache/poseidon/cargo-target-native[-<flavor>]) so each solana-program-test and Anchor compile only
// once per machine. anchor-lang is patched where it hides events, return data or CPIs off-chain
// (patchAnchorLang; why in native-flavors.ts).

import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PublicKey } from '@solana/web3.js';
import { pinnedAnchorVersion } from '../cli/anchor-pin.js';
import { anchorFacts, anchorLine, parseAnchorVersion } from '../ir/anchor-version.js';
import { nativeAnchorSupport, nativeFlavorOf, type NativeFlavor } from './native-flavors.js';

export interface NativeProgram {
  programId: PublicKey;
  /** The emitted Anchor workspace: path relative to its root → text. */
  workspace: Map<string, string>;
}

const cacheRoot = () => join(process.env.POSEIDON_CACHE_DIR ?? join(homedir(), '.cache', 'poseidon'), 'native');
const targetDir = (flavor: NativeFlavor) =>
  (process.env.POSEIDON_NATIVE_TARGET_DIR ?? join(dirname(cacheRoot()), 'cargo-target-native')) + flavor.targetSuffix;

/** src/runtime/native-host, found from src/ (tsx, vitest) and from dist/ (the CLI). */
function hostSourceDir(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'src', 'runtime', 'native-host');
    if (existsSync(join(candidate, 'main.rs'))) return candidate;
  }
  throw new Error('internal: src/runtime/native-host not found beside the poseidon-sbf package');
}

/** The host's own sources (src/runtime/native-host/), beside each flavor's sdk.rs and Cargo.lock. */
export const HOST_SOURCES = ['main.rs', 'account_data.rs', 'builtin.rs', 'logs.rs'] as const;

/** The program crate's name: the one `programs/<name>/Cargo.toml` of its workspace. */
function crateName(program: NativeProgram): string {
  for (const path of program.workspace.keys()) {
    const match = /^programs\/([^/]+)\/Cargo\.toml$/.exec(path);
    if (match) return match[1]!;
  }
  throw new Error(`internal: the workspace of ${program.programId.toBase58()} has no programs/<name>/Cargo.toml`);
}

/**
 * The crate's package name, which the host depends on under the crate's folder name (a workspace made
 * by `anchor init my-app` has package my-app in programs/my_app/ as the native runtime lays it out).
 */
function packageName(program: NativeProgram): string {
  const manifest = program.workspace.get(`programs/${crateName(program)}/Cargo.toml`) ?? '';
  return /^\s*\[package\][^[]*?^\s*name\s*=\s*"([^"]+)"/m.exec(manifest)?.[1] ?? crateName(program);
}

/** The anchor-lang release the program crate pins (exactly, as the emitted workspace does). */
function anchorVersionOf(program: NativeProgram): string {
  const manifest = `programs/${crateName(program)}/Cargo.toml`;
  const pin = pinnedAnchorVersion(program.workspace.get(manifest) ?? '');
  if (pin === null || !pin.ok) throw new Error(`${manifest} of ${program.programId.toBase58()} names no anchor-lang release the native runtime can build`);
  return pin.version;
}

/** The one flavor hosting every program, with the anchor-lang releases they pin. */
function flavorOf(programs: NativeProgram[]): { flavor: NativeFlavor; versions: string[] } {
  const versions = [...new Set(programs.map(anchorVersionOf))].sort();
  const flavors = [...new Set(versions.map((version) => {
    const flavor = nativeFlavorOf(version);
    if (!flavor) throw new Error(`the native runtime hosts no anchor-lang ${version} (${nativeAnchorSupport()})`);
    return flavor;
  }))];
  if (flavors.length !== 1) {
    throw new Error(`the native runtime links one Solana line per host, and these programs pin anchor-lang ${versions.join(', ')} `
      + `(${flavors.map((f) => f.stack).join(', ')}): run them on separate runtimes`);
  }
  return { flavor: flavors[0]!, versions };
}

/** The host executable, and each program's crate name (the host registers a crate at an id on reset). */
export async function nativeHost(programs: NativeProgram[]): Promise<{ executable: string; crates: string[] }> {
  const source = hostSourceDir();
  const { flavor, versions } = flavorOf(programs);
  const flavorSource = join(source, flavor.folder);
  const sdkSource = join(source, flavor.sdkFolder, 'sdk.rs');
  const hash = createHash('sha256').update(flavor.name);
  for (const file of HOST_SOURCES) hash.update(file).update(readFileSync(join(source, file)));
  hash.update('sdk.rs').update(readFileSync(sdkSource));
  hash.update('Cargo.lock').update(readFileSync(join(flavorSource, 'Cargo.lock')));
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

  const patched: Record<string, string> = {};
  for (const version of versions) {
    const path = await patchAnchorLang(flavor, flavorSource, version);
    if (path !== null) patched[version] = path;
  }
  const hostPackage = `poseidon-native-host-${id}`;
  await mkdir(join(dir, 'src'), { recursive: true });
  for (const file of HOST_SOURCES) await copyFile(join(source, file), join(dir, 'src', file));
  await copyFile(sdkSource, join(dir, 'src', 'sdk.rs'));
  if (!existsSync(join(dir, 'Cargo.lock'))) await copyFile(join(flavorSource, 'Cargo.lock'), join(dir, 'Cargo.lock'));
  for (const program of programs) {
    for (const [path, text] of program.workspace) {
      if (!path.startsWith('programs/')) continue;
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
  }
  await writeFile(join(dir, 'Cargo.toml'), hostCargoToml(flavor, hostPackage, names, programs.map(packageName), patched));
  await writeFile(join(dir, 'src', 'programs.rs'), programsModule(names, programs.map(panicHandler)));
  await cargo(flavor, ['build', '--quiet'], dir);
  // Copy out of the shared target dir (another host may build next), then rename: never half a file.
  await copyFile(join(targetDir(flavor), 'debug', hostPackage), `${executable}.partial`);
  await rename(`${executable}.partial`, executable);
  return { executable, crates: names };
}

function hostCargoToml(flavor: NativeFlavor, hostPackage: string, names: string[], packages: string[], patched: Record<string, string>): string {
  const programs = names.map((name, i) => `${name} = { path = "programs/${name}", package = "${packages[i]}", features = ["no-entrypoint"] }`);
  // One [patch] entry per patched release: entries for the same crate need distinct names.
  const patches = Object.entries(patched).map(([version, path], i) =>
    `${i === 0 ? 'anchor-lang' : `anchor-lang-${version.replaceAll('.', '-')}`} = { path = ${JSON.stringify(path)}${i === 0 ? '' : ', package = "anchor-lang"'} }`);
  return `[package]
name = "${hostPackage}"
version = "0.0.0"
edition = "2021"
publish = false

[workspace]

[dependencies]
${programs.join('\n')}
${flavor.dependencies.join('\n')}
${patches.length > 0 ? `\n[patch.crates-io]\n${patches.join('\n')}\n` : ''}
[profile.dev]
debug = false
`;
}

/** How the panic handler of the program's Anchor release reports a panic: logs.rs's PanicHandler. */
function panicHandler(program: NativeProgram): string {
  const facts = anchorFacts(parseAnchorVersion(anchorVersionOf(program))!);
  return facts.panicsThroughSolPanic ? 'crate::logs::PanicHandler::SolPanic' : 'crate::logs::PanicHandler::LogAndAbort';
}

/**
 * programs.rs: `register(test, crate, id)` adds the named crate's program as a builtin at `id`, ending a panic
 * as `panicHandlers` (one per crate) say.
 */
function programsModule(names: string[], panicHandlers: string[]): string {
  const lines = ['// Written by poseidon (src/runtime/native-host.ts): the workspace programs as builtins.', ''];
  names.forEach((name, i) => lines.push(`native_entry!(${name}_entry, ${name}, ${panicHandlers[i]});`));
  lines.push(
    '',
    'pub fn register(test: &mut crate::sdk::ProgramTest, name: &str, id: crate::sdk::Pubkey) -> Result<(), String> {',
    '    match name {',
  );
  for (const name of names) lines.push(`        "${name}" => test.add_builtin_program("${name}", id, native_builtin!(${name}_entry)),`);
  lines.push('        other => return Err(format!("no program crate {other} in this host")),', '    }', '    Ok(())', '}', '');
  return lines.join('\n');
}

/**
 * anchor-lang `version`'s source with events, return data and CPIs reaching the syscall stubs off-chain,
 * built once; null when the release needs no edit.
 */
async function patchAnchorLang(flavor: NativeFlavor, flavorSource: string, version: string): Promise<string | null> {
  const edits = flavor.anchorLangEdits[anchorLine(parseAnchorVersion(version)!)];
  if (!edits) return null;
  const patched = join(cacheRoot(), `anchor-lang-${version}-native`);
  if (existsSync(join(patched, '.patched'))) return patched;
  const original = await registrySource(flavor, flavorSource, 'anchor-lang', version);
  await rm(patched, { recursive: true, force: true });
  await cp(original, patched, { recursive: true });
  const libPath = join(patched, 'src', 'lib.rs');
  let text = await readFile(libPath, 'utf8');
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`internal: anchor-lang ${version} source differs from what the native runtime patches`);
    text = text.replace(from, to);
  }
  await writeFile(libPath, text);
  await writeFile(join(patched, '.patched'), '');
  return patched;
}

/** Where cargo unpacked a crates.io package the host's lockfile pins (fetched first when missing). */
async function registrySource(flavor: NativeFlavor, flavorSource: string, name: string, version: string): Promise<string> {
  const probe = join(cacheRoot(), `registry-probe-${name}-${version}`);
  await mkdir(join(probe, 'src'), { recursive: true });
  await writeFile(join(probe, 'Cargo.toml'), `[package]\nname = "registry-probe"\nversion = "0.0.0"\nedition = "2021"\n\n[workspace]\n\n[dependencies]\n${name} = "=${version}"\n`);
  await writeFile(join(probe, 'src', 'lib.rs'), '');
  if (!existsSync(join(probe, 'Cargo.lock'))) await copyFile(join(flavorSource, 'Cargo.lock'), join(probe, 'Cargo.lock'));
  const metadata = JSON.parse(await cargo(flavor, ['metadata', '--format-version', '1'], probe)) as {
    packages: { name: string; version: string; manifest_path: string }[];
  };
  const found = metadata.packages.find((p) => p.name === name && p.version === version);
  if (!found) throw new Error(`internal: cargo metadata does not list ${name} ${version}`);
  return dirname(found.manifest_path);
}

/** Runs cargo at low priority (it shares the machine with the tests); resolves with its stdout. */
function cargo(flavor: NativeFlavor, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('nice', ['-n', '10', 'cargo', ...args], {
      cwd,
      env: { ...process.env, CARGO_TARGET_DIR: targetDir(flavor), ...(systemOpenssl() && { OPENSSL_NO_VENDOR: '1' }) },
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

let hasSystemOpenssl: boolean | undefined;
/**
 * Whether this machine has OpenSSL to link (pkg-config finds it). Solana's secp256r1 precompile (2.x, 3.x)
 * asks openssl-sys for a vendored OpenSSL, compiled from source: about 4 CPU minutes of each cold host
 * build, measured; with OPENSSL_NO_VENDOR openssl-sys links the system's instead.
 */
function systemOpenssl(): boolean {
  if (hasSystemOpenssl === undefined) {
    try {
      execFileSync('pkg-config', ['--exists', 'openssl'], { stdio: 'ignore' });
      hasSystemOpenssl = true;
    } catch {
      hasSystemOpenssl = false;
    }
  }
  return hasSystemOpenssl;
}
