// Where an instruction's compute units go (`npm run profile -- <case> [call filter]`): a measuring tool, not a test.
// In: a benchmarked program (tests/programs/<case>.ts, or `hfmmt`) compiled with CU probes after the
// `Instruction:` log, the arguments and Clock, account validation, every statement, and the write-back;
// its bench scenario, run on litesvm. Out: for each measured call whose label contains the filter, the
// units each stretch of code consumed between two probes (segments.ts), CPIs included and named.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sbfOutput } from '../support/sbf.js';
import { compileTestProgram } from '../support/compiled.js';
import { measureScenario } from './measure.js';
import type { Scenario } from './scenario.js';
import { segments } from './segments.js';

const ROOT = join(import.meta.dirname, '../..');

async function main(): Promise<void> {
  const [caseName, filter = ''] = process.argv.slice(2);
  if (!caseName) throw new Error('usage: npm run profile -- <case> [call filter]');
  const file = caseName === 'hfmmt' ? join(ROOT, 'programs/hfmmt.ts') : `${caseName}.ts`;
  const compiled = compileTestProgram(file);
  const profiled = { ...compiled, so: sbfOutput(compiled.program, { profile: true }).elf };
  const scenarioUrl = pathToFileURL(join(import.meta.dirname, 'scenarios', `${caseName}.ts`)).href;
  const scenario = ((await import(scenarioUrl)) as { default: Scenario }).default;
  for (const call of await measureScenario((process.env.PROFILE_RUNTIME as 'litesvm' | 'bankrun' | undefined) ?? 'litesvm', profiled, scenario, { keepLogs: true })) {
    if (!call.label.includes(filter)) continue;
    console.log(`\n${call.label}: ${call.computeUnits} CU with probes`);
    for (const s of segments(call.logs ?? [])) {
      for (const c of s.callees) console.log(`    (CPI ${c.programId.slice(0, 8)}… consumed ${c.units})`);
      console.log(`${s.units.toString().padStart(6)}  ${s.to === null ? 'to the end' : `to ${s.to}`}`);
    }
  }
}

await main();
