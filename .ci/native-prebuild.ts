// Builds the native runtime's hosts ahead of the CI's native step, one per flavor (Solana line) the step
// uses: HFMMT on Anchor 1.2, and the token program of tests/programs on 0.32 and on 0.30 (each with
// anchor-spl, as the step's older-release cases need). On a machine that has never built them, that
// compiles solana-program-test and Anchor for this machine three times (the longest builds of a cold run);
// started in the background right after `npm ci`, cargo runs at low priority (`nice`) on the core the
// earlier, mostly one-core steps leave idle, and the native step finds the dependencies built.
// In: generated/hfmmt/ (committed) and tests/programs/tokenops.ts. Out: one line per host on stdout; exit 1
// with cargo's message when a build fails.

import { PublicKey } from '@solana/web3.js';
import { emitAnchorWorkspace } from '../src/backends/anchor/index.js';
import { compileFile } from '../src/frontend/index.js';
import { nativeHost } from '../src/runtime/native-host.js';

const builds = [
  { file: 'programs/hfmmt.ts', anchorVersion: undefined },
  { file: 'tests/programs/tokenops.ts', anchorVersion: '0.32.1' },
  { file: 'tests/programs/tokenops.ts', anchorVersion: '0.30.1' },
];

for (const { file, anchorVersion } of builds) {
  const started = Date.now();
  const { program: compiled, diagnostics } = compileFile(file);
  if (!compiled) throw new Error(`${file} does not compile: ${diagnostics.map((d) => d.message).join('; ')}`);
  const program = anchorVersion === undefined ? compiled : { ...compiled, anchorVersion };
  const { executable } = await nativeHost([{ programId: new PublicKey(program.programId), workspace: emitAnchorWorkspace(program) }]);
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`native host for ${file} (Anchor ${anchorVersion ?? 'default'}): ${executable}, ready in ${seconds} s`);
}
