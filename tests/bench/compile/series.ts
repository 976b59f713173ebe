// The compile-time benchmark (issue 12): HFMMT and generated programs of growing size (generate.ts), each
// compiled by child.ts in its own process (a few times: the fastest compile is reported). In: nothing. Out: the report section, in two parts:
//   - what every compile produced (source size, .so bytes or the diagnostic): deterministic, so
//     `npm run bench -- --check` compares it like the rest of REPORT.md;
//   - the measured milliseconds per phase (the main thread's), the process's CPU milliseconds and peak memory,
//     and the wall-clock milliseconds of the whole `poseidon compile` command (built CLI, Node's start included),
//     between MEASURED_BEGIN and MEASURED_END:
//     they vary from run to run, so --check leaves that block out of the comparison (withoutMeasured).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateProgram, STATEMENTS_PER_HANDLER, type ProgramShape } from './generate.js';

export type CompilePhase = 'frontend' | 'anchor' | 'idl' | 'sbfLimits' | 'sbf' | 'sourceMap';

export interface CompileRun {
  /** Milliseconds the main thread ran each phase that ran (child.ts: mainThreadMs). */
  phases: Partial<Record<CompilePhase, number>>;
  /** CPU milliseconds of the whole compile, V8's garbage-collector and JIT threads included. */
  processCpuMs: number;
  outcome:
    | { kind: 'so'; bytes: number }
    | { kind: 'diagnostic'; code: number; at: string }
    | { kind: 'internal'; message: string };
  peakRssBytes: number;
  /** Resident memory once Node, tsx and the compiler are loaded, before the compile. */
  startRssBytes: number;
}

interface SeriesEntry {
  name: string;
  /** The source: a file of the repository, or a generated program. */
  source: { path: string } | { shape: ProgramShape; size: number };
  /** The ceiling on the compile's milliseconds (its main thread's), if it set one. */
  targetMs?: number;
}

const ROOT = join(import.meta.dirname, '../../..');
/** Compiles of each program; the report keeps the fastest. */
const RUNS = 3;
const CHILD = join(import.meta.dirname, 'child.ts');
const CLI = join(ROOT, 'bin/poseidon.js');

export const SERIES: SeriesEntry[] = [
  { name: 'HFMMT (programs/hfmmt.ts)', source: { path: join(ROOT, 'programs/hfmmt.ts') }, targetMs: 1_000 },
  { name: '1,000 statements', source: { shape: 'statements', size: 1_000 } },
  { name: '5,000 statements', source: { shape: 'statements', size: 5_000 } },
  { name: '20,000 statements', source: { shape: 'statements', size: 20_000 }, targetMs: 5_000 },
  { name: '1,000 requires in one handler', source: { shape: 'one-body', size: 1_000 } },
  { name: '2,000 requires in one handler', source: { shape: 'one-body', size: 2_000 } },
  { name: '5,000 requires in one handler', source: { shape: 'one-body', size: 5_000 } },
  { name: '10 MB source', source: { shape: 'padded', size: 10_000_000 } },
];

export const MEASURED_BEGIN = '<!-- measured compile times: not compared by --check -->';
export const MEASURED_END = '<!-- end of measured compile times -->';

const PHASES: [CompilePhase, string][] = [
  ['frontend', 'front end'], ['anchor', 'Anchor Rust'], ['idl', 'IDL'], ['sbfLimits', 'sBPF limits'],
  ['sbf', 'sBPF code, ELF'], ['sourceMap', 'source map'],
];

function compileInChild(file: string): CompileRun {
  const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`compile-time child failed on ${file}:\n${child.stderr}`);
  return JSON.parse(child.stdout) as CompileRun;
}

/**
 * Wall-clock milliseconds of `poseidon compile -o --sbf --idl` on `file`, the whole command as a user times it:
 * Node's start, loading the CLI and TypeScript, compiling and writing the three outputs.
 */
function cliWallMs(file: string, outDir: string): number {
  const outputs = ['-o', join(outDir, 'lib.rs'), '--sbf', join(outDir, 'program.so'), '--idl', join(outDir, 'idl.json')];
  const start = performance.now();
  const cli = spawnSync(process.execPath, [CLI, 'compile', '-i', file, ...outputs], { cwd: ROOT, encoding: 'utf8' });
  const elapsed = performance.now() - start;
  // A refused program (the 10 MB source) exits 1 with its diagnostic: its time to refuse is the figure.
  if (cli.status !== 0 && cli.status !== 1) throw new Error(`poseidon compile failed on ${file}:\n${cli.stderr}`);
  return elapsed;
}

export interface SeriesResult {
  entry: SeriesEntry;
  sourceChars: number;
  run: CompileRun;
  /** cliWallMs, fastest of the runs; absent when the figures are not measured (--check). */
  cliMs?: number;
}

/**
 * `runs`: compiles of each program (RUNS for the report; --check, which leaves the figures out, needs one and
 * skips the command's wall-clock time). The wall-clock figure runs the built CLI: dist/ is rebuilt first.
 */
export function runSeries(runs = RUNS): SeriesResult[] {
  const measureCli = runs > 1;
  if (measureCli) {
    const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'poseidon-compile-time-'));
  try {
    return SERIES.map((entry) => {
      let file: string;
      if ('path' in entry.source) file = entry.source.path;
      else {
        file = join(dir, `${entry.source.shape}-${entry.source.size}.ts`);
        writeFileSync(file, generateProgram(entry.source.shape, entry.source.size));
      }
      // The fastest of a few runs: on a busy machine the others carry time the compiler did not spend.
      const fastest = Array.from({ length: runs }, () => compileInChild(file)).reduce((best, run) => (totalMs(run) < totalMs(best) ? run : best));
      const cliMs = measureCli ? Math.min(...Array.from({ length: runs }, () => cliWallMs(file, dir))) : undefined;
      return { entry, sourceChars: statSync(file).size, run: fastest, cliMs };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');

function outcomeText(outcome: CompileRun['outcome']): string {
  if (outcome.kind === 'so') return `.so ${int(outcome.bytes)} bytes`;
  if (outcome.kind === 'diagnostic') return `error PS${outcome.code} at ${outcome.at}`;
  // A program the sBPF backend cannot build says so (deterministically).
  return `sBPF not built: ${outcome.message.replace(/^internal: /, '')}`;
}

const totalMs = (run: CompileRun): number => Object.values(run.phases).reduce((a, b) => a + b, 0);

export function compileTimeSection(results: SeriesResult[]): string[] {
  return [
    '',
    '## Compile time (issue 12)',
    '',
    'Each program is compiled as `poseidon compile -o --sbf --idl` does it, plus the source map `poseidon build`',
    'writes, in its own Node process (tests/bench/compile/child.ts). "N statements" are generated programs',
    `(tests/bench/compile/generate.ts) of N statements, a \`require\` and a checked u64 update alternately, in handlers of ${STATEMENTS_PER_HANDLER}`,
    'statements each; "N requires in one handler" grows one function body instead; the 10 MB source is refused',
    'before TypeScript parses it (PS1029: the front end reads at most 4 MiB).',
    '',
    '| program | source characters | outcome |',
    '|---|---:|---|',
    ...results.map((r) => `| ${r.entry.name} | ${int(r.sourceChars)} | ${outcomeText(r.run.outcome)} |`),
    '',
    'The figures below are the milliseconds the compiler\'s main thread ran each phase (its on-CPU time, from',
    'Linux\'s /proc/thread-self/schedstat, to the scheduler\'s tick (4 ms here): not Node\'s start nor module loading, and not',
    'the time other processes take on a busy machine). That is how long the compile takes on an idle machine with a second core, where V8',
    'runs its concurrent garbage collection and JIT compilation beside the main thread; the process\'s CPU',
    'milliseconds, those threads included, are in their own column (what a machine with a single core would take).',
    'Then the process\'s peak resident memory (VmHWM; in brackets what Node, tsx and the loaded compiler hold',
    `before compiling). Each row is the fastest of ${RUNS} compiles. The figures change from run to run, so`,
    '`npm run bench -- --check` leaves the block between the two markers out of its comparison; `npm run bench`',
    'rewrites it. The last column is the wall-clock time of the whole `poseidon compile -o --sbf --idl` command',
    '(bin/poseidon.js, built), as `time` shows it to a user: Node\'s start (about 80 ms), loading the CLI and TypeScript,',
    'compiling and writing the outputs (fastest of the same number of runs). The front end includes',
    'TypeScript 5.9 parsing and checking the program and its library declarations: lib.es5, and lib.es2022 only',
    'for a program that compile reports anything about (src/frontend/index.ts); a one-handler program costs about',
    '200 ms of it. Checking the calls of the DSL\'s integer methods (generic, `this`-typed: src/dsl/poseidon.d.ts)',
    'is about 30% of TypeScript\'s checking of the generated programs: non-generic declarations would save it but',
    'lose the result\'s integer type, which the compiler reads. The process\'s CPU time is larger than the main',
    'thread\'s by V8\'s concurrent work, which grows when the machine is busy. TypeScript\'s control-flow',
    'analysis walks back from every reference to the start of its function body, so one body of n statements costs',
    'it O(n²): the one-handler rows. The sBPF code grows linearly: each handler\'s error exits follow the handler',
    '(src/backends/sbf/codegen/errors.ts), near the `require`s that jump to them. The far jumps left in the 20,000',
    'statements row (42,000 jumps: the exits\' jumps to the one error routine, the dispatch to the last handlers)',
    'share their islands, and jump relaxation (src/backends/sbf/relax.ts) settles in 6 rounds. With every exit after',
    'the last handler, each `require` far from the end had a chain of islands of its own: a 3.5 MB .so, 28 rounds',
    'and 3.1 s of sBPF time (56 s before a binary search over the island pools found the farthest reachable).',
    '',
    MEASURED_BEGIN,
    '',
    `| program | ${PHASES.map(([, title]) => title).join(' | ')} | total ms | target | verdict | process CPU ms | peak RSS MiB (before compiling) | \`poseidon compile\` wall ms |`,
    `|---|${PHASES.map(() => '---:').join('|')}|---:|---|---|---:|---:|---:|`,
    ...results.map(({ entry, run, cliMs }) => {
      const total = totalMs(run);
      const target = entry.targetMs === undefined ? '—' : `< ${int(entry.targetMs)}`;
      const verdict = entry.targetMs === undefined ? '—' : total < entry.targetMs ? 'met' : 'OVER';
      const cells = PHASES.map(([p]) => (run.phases[p] === undefined ? '—' : int(run.phases[p])));
      const memory = `${int(run.peakRssBytes / 2 ** 20)} (${int(run.startRssBytes / 2 ** 20)})`;
      const wall = cliMs === undefined ? '—' : int(cliMs);
      return `| ${entry.name} | ${cells.join(' | ')} | ${int(total)} | ${target} | ${verdict} | ${int(run.processCpuMs)} | ${memory} | ${wall} |`;
    }),
    '',
    MEASURED_END,
    '',
  ];
}

/** The report without its measured block (the markers stay), for --check's comparison. */
export function withoutMeasured(report: string): string {
  const begin = report.indexOf(MEASURED_BEGIN);
  const end = report.indexOf(MEASURED_END);
  if (begin === -1 || end < begin) return report;
  return report.slice(0, begin + MEASURED_BEGIN.length) + report.slice(end);
}
