// The workloads section of tests/bench/REPORT.md: each standard small workload (workloads.ts) as we build it,
// with and without `no-log-ix-name`, beside the figures Pinocchio, Anchor and Typhoon published for it.
// In: per workload its measured calls on both runtimes and both builds, and the .so sizes. Out: markdown lines.
import type { Measurement } from './measure.js';
import { grouped } from './report.js';
import type { Workload } from './workloads.js';

export interface WorkloadResult {
  workload: Workload;
  /** The measured call, with the `Instruction:` log (Anchor's default) and without (`no-log-ix-name`). */
  logged: { litesvm: Measurement; bankrun: Measurement; soBytes: number };
  unlogged: { litesvm: Measurement; bankrun: Measurement; soBytes: number };
}

/** What the `Instruction: <Name>` log may add to a ceiling (issue 12). */
const LOG_ALLOWANCE = 103;

const ratio = (ours: number, theirs: number): string => `${(ours / theirs).toFixed(2)}×`;

function verdict(units: number, ceiling: number | null): string {
  if (ceiling === null) return '—';
  return units <= ceiling ? 'met' : 'OVER';
}

export function workloadSection(results: WorkloadResult[]): string[] {
  const rows = results.map(({ workload: w, logged, unlogged }) => {
    const off = unlogged.litesvm.computeUnits;
    const on = logged.litesvm.computeUnits;
    const ceilingOff = w.ceiling === null ? '—' : `≤ ${grouped(w.ceiling)}`;
    const ceilingOn = w.ceiling === null ? '—' : `≤ ${grouped(w.ceiling + LOG_ALLOWANCE)}`;
    const p = w.published;
    const published = p === null ? '— | — | — | — | — | —'
      : `${grouped(p.pinocchio)} | ${grouped(p.anchor)} | ${grouped(p.typhoon)} | ${ratio(off, p.pinocchio)} | ${ratio(on, p.anchor)} | ${ratio(off, p.typhoon)}`;
    return `| ${w.name} | ${grouped(off)} | ${ceilingOff} | ${verdict(off, w.ceiling)} | ${grouped(on)} | ${ceilingOn} | ${verdict(on, w.ceiling === null ? null : w.ceiling + LOG_ALLOWANCE)} | ${grouped(unlogged.bankrun.computeUnits)} / ${grouped(logged.bankrun.computeUnits)} | ${published} |`;
  });
  return [
    '## Standard workloads (issue 12)',
    '',
    'Each workload is its own DSL program in tests/bench/workloads/ (one instruction, Anchor\'s 8-byte',
    'discriminator), measured by tests/bench/workloads.ts: "no log" is the build with the `no-log-ix-name`',
    'feature, "log" Anchor\'s default (the `Instruction: <Name>` line, 103 CU). Every build still makes Anchor\'s',
    'program id, discriminator, owner, signer and writable checks. Ceilings are issue 12\'s, judged on litesvm.',
    '',
    'Published figures: exotic-markets-labs/typhoon, `benches/BENCHMARK.md` (commit a0e681e0), columns',
    '`vanilla` (Pinocchio), `anchor`, `typhoon`: the transaction\'s compute units on LiteSVM 0.8, each workload an',
    'instruction of one program of six with 1-byte discriminators (`benches/program-bench`); Anchor\'s build logs',
    'the instruction name, and its `accounts` checks AccountLoader<Data> (owner, discriminator) on one account',
    'passed ten times, as ours is called. Ratios: our no-log figure ÷ Pinocchio\'s and Typhoon\'s, our log figure',
    '÷ Anchor\'s.',
    '',
    '| workload | no log, litesvm CU | ceiling | verdict | log, litesvm CU | ceiling | verdict | bankrun CU (no log / log) | Pinocchio | Anchor | Typhoon | ÷ Pinocchio | ÷ Anchor | ÷ Typhoon |',
    '|---|---:|---|---|---:|---|---|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    '| workload | what is measured | .so bytes (no log / log) |',
    '|---|---|---|',
    ...results.map(({ workload: w, logged, unlogged }) => `| ${w.name} | ${w.description} | ${grouped(unlogged.soBytes)} / ${grouped(logged.soBytes)} |`),
    '',
  ];
}
