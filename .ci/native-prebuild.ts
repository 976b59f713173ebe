// Builds the native runtime's host for HFMMT ahead of the CI's native step. On a machine that has never
// built it, that compiles solana-program-test and Anchor for this machine (the longest build of a cold
// run); started in the background after `poseidon build`, it runs at low priority (cargo under `nice`)
// on the core the earlier, mostly one-core steps leave idle, and the native step finds it built.
// In: generated/hfmmt/ (the Anchor workspace `poseidon build` wrote). Out: the host in
// ~/.cache/poseidon/native, its path on stdout; exit 1 with cargo's message when the build fails.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PublicKey } from '@solana/web3.js';
import { nativeHost } from '../src/runtime/native-host.js';

const root = 'generated/hfmmt';
const config = JSON.parse(readFileSync('poseidon.config.json', 'utf8')) as { programs: { name: string; programId: string }[] };
const hfmmt = config.programs.find((program) => program.name === 'hfmmt');
if (!hfmmt) throw new Error('poseidon.config.json lists no program "hfmmt"');

/** Every file under `dir`, keyed by its path relative to the workspace root (as emitAnchorWorkspace keys them). */
function filesUnder(dir: string, into: Map<string, string>): Map<string, string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesUnder(path, into);
    else into.set(relative(root, path), readFileSync(path, 'utf8'));
  }
  return into;
}

const started = Date.now();
const { executable } = await nativeHost([{ programId: new PublicKey(hfmmt.programId), workspace: filesUnder(join(root, 'programs'), new Map()) }]);
console.log(`native host ${executable} ready in ${Math.round((Date.now() - started) / 1000)} s`);
