// Compares our IDL with the one Anchor built from our Rust, for .ci/idl-check.sh.
// In: argv = <our IDL file> <Anchor's IDL file> <label naming the program>. Out: exit 0 when they are equal;
// otherwise every difference (tests/anchor-idl/diff.ts) on stdout, each line prefixed with the label, and exit 1.
import { readFileSync } from 'node:fs';
import { idlDifferences } from './diff.js';

const [oursPath, anchorsPath, label] = process.argv.slice(2);
if (!oursPath || !anchorsPath || !label) {
  console.error('usage: tsx tests/anchor-idl/compare.ts <our idl.json> <anchor idl.json> <label>');
  process.exit(2);
}
const differences = idlDifferences(JSON.parse(readFileSync(oursPath, 'utf8')), JSON.parse(readFileSync(anchorsPath, 'utf8')));
if (differences.length > 0) {
  console.log(`${label}: our IDL (${oursPath}) differs from the one Anchor builds from our Rust in ${differences.length} place(s):`);
  for (const difference of differences) console.log(`  ${label}: ${difference}`);
  process.exit(1);
}
