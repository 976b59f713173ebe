// The compute-unit benchmark (`npm run bench`): a benchmark, not a test.
// In: every tests/programs/<case>.ts and programs/hfmmt.ts, compiled to its .so, and its scenario tests/bench/scenarios/<case>.ts run
// on litesvm and on bankrun; the standard workloads (workloads.ts), each built with and without `no-log-ix-name`; the
// compile-time series (compile/series.ts). Out: REPORT.md printed and written beside this file; with `--check`, the report is
// only regenerated in memory and the run exits 1 (printing the diff) when the committed file differs (all but the
// measured compile times, which vary from run to run: compile/series.ts withoutMeasured): a budget
// a change breaks on either runtime changes its verdict, so the committed report no longer matches. Both modes
// list the budgets not met.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileTestProgram } from '../support/compiled.js';
import { compileTimeSection, runSeries, withoutMeasured } from './compile/series.js';
import { lineDiff } from './diff.js';
import { measureScenario } from './measure.js';
import { renderReport, unmetBudgets, type ProgramResult, type RuntimeVersions } from './report.js';
import type { Scenario } from './scenario.js';
import { workloadSection, type WorkloadResult } from './workload-report.js';
import { WORKLOADS, WORKLOADS_DIR, type Workload } from './workloads.js';

const ROOT = join(import.meta.dirname, '../..');
const PROGRAMS_DIR = join(ROOT, 'tests/programs');
/** Programs outside tests/programs that the benchmark also measures (absolute paths). */
const APPLICATION_PROGRAMS = [join(ROOT, 'programs/hfmmt.ts')];
const SCENARIOS_DIR = join(import.meta.dirname, 'scenarios');
const REPORT_PATH = join(import.meta.dirname, 'REPORT.md');

async function loadScenario(caseName: string): Promise<Scenario | null> {
  const path = join(SCENARIOS_DIR, `${caseName}.ts`);
  if (!existsSync(path)) return null;
  const module = (await import(pathToFileURL(path).href)) as { default: Scenario };
  return module.default;
}

async function benchProgram(file: string): Promise<ProgramResult> {
  const caseName = basename(file, '.ts');
  const program = compileTestProgram(file);
  const scenario = await loadScenario(caseName);
  return {
    caseName,
    programName: program.program.name,
    soBytes: program.so.length,
    instructionNames: program.program.instructions.map((ix) => ix.name),
    litesvm: scenario && (await measureScenario('litesvm', program, scenario)),
    bankrun: scenario && (await measureScenario('bankrun', program, scenario)),
  };
}

async function benchWorkload(workload: Workload): Promise<WorkloadResult> {
  const file = join(WORKLOADS_DIR, `${workload.name}.ts`);
  const build = async (features: 'no-log-ix-name'[]) => {
    const program = compileTestProgram(file, undefined, features);
    const only = async (kind: 'litesvm' | 'bankrun') => {
      const [m, ...more] = await measureScenario(kind, program, workload.scenario);
      if (!m || more.length > 0) throw new Error(`workload ${workload.name} must measure exactly one call`);
      return m;
    };
    return { litesvm: await only('litesvm'), bankrun: await only('bankrun'), soBytes: program.so.length };
  };
  return { workload, logged: await build([]), unlogged: await build(['no-log-ix-name']) };
}

function installedVersion(pkg: string): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

async function main(): Promise<number> {
  const check = process.argv.slice(2).includes('--check');
  // Compile times first, while this process has started no runtime: their worker threads outlive each run and
  // would share the cores with the compiles the series measures.
  const compileTimes = compileTimeSection(runSeries(check ? 1 : undefined)).join('\n');
  const files = [...readdirSync(PROGRAMS_DIR).filter((f) => f.endsWith('.ts')).sort(), ...APPLICATION_PROGRAMS];
  const results: ProgramResult[] = [];
  for (const file of files) results.push(await benchProgram(file));
  const versions: RuntimeVersions = { litesvm: installedVersion('litesvm'), bankrun: installedVersion('solana-bankrun') };
  const workloads: WorkloadResult[] = [];
  for (const workload of WORKLOADS) workloads.push(await benchWorkload(workload));
  const report = renderReport(results, versions, workloadSection(workloads)) + compileTimes;

  const unmet = unmetBudgets(results);
  const reportUnmet = () => {
    if (unmet.length > 0) console.log(`Budgets not met (each must hold on litesvm and on bankrun):\n${unmet.map((u) => `  ${u}`).join('\n')}`);
  };

  if (!check) {
    process.stdout.write(report);
    writeFileSync(REPORT_PATH, report);
    reportUnmet();
    return 0;
  }
  const committed = existsSync(REPORT_PATH) ? readFileSync(REPORT_PATH, 'utf8') : '';
  const diff = lineDiff(withoutMeasured(committed), withoutMeasured(report));
  if (diff === '') console.log('tests/bench/REPORT.md is up to date.');
  else {
    console.log('tests/bench/REPORT.md is stale (- committed, + regenerated); run `npm run bench` and commit it:');
    process.stdout.write(diff);
  }
  reportUnmet();
  return diff === '' ? 0 : 1;
}

process.exitCode = await main();
