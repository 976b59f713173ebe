// Where an instruction's compute units go (`npm run profile -- <case> [call filter]`): a measuring tool, not a test.
// In: a benchmarked program (tests/programs/<case>.ts, or `hfmmt`) compiled with CU probes after the
// `Instruction:` log, the arguments and Clock, account validation, every statement, and the write-back;
// its bench scenario, run on litesvm. Out: for each measured call whose label contains the filter, the
// units each stretch of code consumed between two probes (the probes' own cost taken out), CPIs included.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { emitSbf } from '../../src/backends/sbf/index.js';
import { compileTestProgram } from '../support/compiled.js';
import { measureScenario } from './measure.js';
import type { Scenario } from './scenario.js';

const ROOT = join(import.meta.dirname, '../..');
/**
 * One probe between two readings: lddw (1) + mov (1) + sol_log_ (1 + 100) + sol_log_compute_units_ (1 + 100,
 * charged before it reads the meter).
 */
const PROBE_COST = 204;
const TAG = /^Program log: @(.*)$/;
const REMAINING = /^Program consumption: (\d+) units remaining$/;
const CONSUMED = /^Program (\w+) consumed (\d+) of (\d+) compute units$/;
const INVOKE = /^Program \w+ invoke \[(\d+)\]$/;
const RETURN = /^Program \w+ (?:success|failed: .*)$/;

async function main(): Promise<void> {
  const [caseName, filter = ''] = process.argv.slice(2);
  if (!caseName) throw new Error('usage: npm run profile -- <case> [call filter]');
  const file = caseName === 'hfmmt' ? join(ROOT, 'programs/hfmmt.ts') : `${caseName}.ts`;
  const compiled = compileTestProgram(file);
  const profiled = { ...compiled, so: emitSbf(compiled.program, undefined, { profile: true }).elf };
  const scenarioUrl = pathToFileURL(join(import.meta.dirname, 'scenarios', `${caseName}.ts`)).href;
  const scenario = ((await import(scenarioUrl)) as { default: Scenario }).default;
  const calls = await measureScenario('litesvm', profiled, scenario, { keepLogs: true });
  for (const call of calls) {
    if (!call.label.includes(filter)) continue;
    console.log(`\n${call.label}: ${call.computeUnits} CU with probes`);
    printSegments(call.logs ?? []);
    if (process.env.RAW) console.log(call.logs?.join("\n"));
  }
}

function printSegments(logs: readonly string[]): void {
  // The measured program's own `consumed` line is the last one (CPIs print theirs before it).
  const budget = Number(logs.map((l) => CONSUMED.exec(l)).filter((m) => m !== null).at(-1)?.[3] ?? 0);
  let tag = '(entry)';
  let last = budget;
  let depth = 0;
  for (const line of logs) {
    const invoke = INVOKE.exec(line);
    if (invoke) depth = Number(invoke[1]);
    else if (RETURN.test(line)) depth--;
    const consumed = CONSUMED.exec(line);
    if (consumed) {
      if (depth > 1) console.log(`    (CPI ${consumed[1].slice(0, 8)}… consumed ${consumed[2]})`);
      else console.log(`${(last - (budget - Number(consumed[2]))).toString().padStart(6)}  after ${tag}, to the end`);
      continue;
    }
    const t = TAG.exec(line);
    if (t) {
      tag = t[1];
      continue;
    }
    const r = REMAINING.exec(line);
    if (!r) continue;
    const remaining = Number(r[1]);
    console.log(`${(last - remaining - PROBE_COST).toString().padStart(6)}  to ${tag}`);
    last = remaining;
  }
}

await main();
