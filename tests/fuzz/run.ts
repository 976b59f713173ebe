// The fuzz campaign, run by hand: `npx tsx tests/fuzz/run.ts gen 0 500` (generated programs of seeds 0..499; `ext`: with
// the generator's extended features) or
// `npx tsx tests/fuzz/run.ts mutate 0 500` (mutations of tests/programs/*.ts).
// In: the mode, the first seed and the count. Out: the classification counts on stdout, and each failure of
// ours (seed, what) with its source written to $FUZZ_OUT (default /tmp/fuzz-failures)/<mode>-<seed>.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from './classify.js';
import { generateProgram } from './generate.js';
import { mutate, realPrograms } from './mutate.js';

const [mode = 'gen', first = '0', count = '100'] = process.argv.slice(2);
const out = process.env.FUZZ_OUT ?? '/tmp/fuzz-failures';
mkdirSync(out, { recursive: true });
const reals = realPrograms();
const counts = { built: 0, diagnosed: 0, ours: 0 };
const codes = new Map<string, number>();
for (let seed = Number(first); seed < Number(first) + Number(count); seed++) {
  const real = reals[seed % reals.length]!;
  const text = mode === 'mutate' ? mutate(real.text, seed) : generateProgram(seed, { extended: mode === 'ext' });
  const o = classify('fuzz.ts', text);
  counts[o.kind]++;
  if (o.kind === 'diagnosed') codes.set(o.codes[0]!, (codes.get(o.codes[0]!) ?? 0) + 1);
  if (o.kind === 'ours') {
    writeFileSync(join(out, `${mode}-${seed}.ts`), text);
    console.log(`seed ${seed}${mode === 'mutate' ? ` (${real.name})` : ''}: ${o.what.split('\n').slice(0, 3).join(' | ')}`);
  }
}
console.log(JSON.stringify(counts));
console.log([...codes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c}:${n}`).join(' '));
