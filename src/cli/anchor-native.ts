// The programs of a Poseidon (Anchor) workspace as the native runtime builds them: each program crate of
// [programs.localnet] (programs/<dir>/Cargo.toml and src/**, the lib.rs `poseidon build` just wrote), for
// the host to compile for this machine against the solana-program-test of the anchor-lang release that
// Cargo.toml pins, as `anchor build` compiles it for the chain.
// In: the workspace root and its Anchor.toml programs. Out: NativePrograms (each crate under
// programs/<Anchor.toml key>/, its package name kept), or why one cannot run natively.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PublicKey } from '@solana/web3.js';
import type { NativeProgram } from '../runtime/native-host.js';
import { nativeAnchorRefusal } from '../runtime/project.js';
import { readPinnedAnchorVersion } from './anchor-pin.js';
import { programFolders, type AnchorProgram } from './poseidon-project.js';

export function workspaceNativePrograms(root: string, programs: AnchorProgram[]): { ok: true; programs: NativeProgram[] } | { ok: false; error: string } {
  const folders = programFolders(root);
  const native: NativeProgram[] = [];
  for (const program of programs) {
    const folder = folders.get(program.name);
    if (folder === undefined) return { ok: false, error: `program "${program.name}" of Anchor.toml has no crate under programs/ (no Cargo.toml whose package is named ${program.name})` };
    const pin = readPinnedAnchorVersion(root, folder);
    if (pin === null || !pin.ok) return { ok: false, error: `${folder}/Cargo.toml names no anchor-lang release the native runtime can build${pin === null ? '' : `: ${pin.error}`}` };
    const refusal = nativeAnchorRefusal(program.name, pin.version, `${folder}/Cargo.toml`);
    if (refusal !== null) return { ok: false, error: refusal };
    native.push({ programId: new PublicKey(program.programId), workspace: crateFiles(root, folder, `programs/${program.name.replace(/-/g, '_')}`) });
  }
  return { ok: true, programs: native };
}

/** The crate's manifest and sources, keyed under `into` (what the host compiles; target/ and the rest stay out). */
function crateFiles(root: string, folder: string, into: string): Map<string, string> {
  const files = new Map<string, string>([[`${into}/Cargo.toml`, readFileSync(join(root, folder, 'Cargo.toml'), 'utf8')]]);
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(root, folder, rel), { withFileTypes: true })) {
      const path = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.set(`${into}/${path}`, readFileSync(join(root, folder, path), 'utf8'));
    }
  };
  walk('src');
  return files;
}
