// Renders the benchmark's results as tests/bench/REPORT.md: Anchor's reference figures, the budgets,
// then per program its .so size and per measured call the compute units on each runtime and its CPI callees'.
// In: one ProgramResult per benchmarked program (in a fixed order). Out: markdown text with nothing run-dependent
// (no timestamps, no random keys), so the committed file changes only when a number does.
import type { CalleeUnits, Measurement } from './measure.js';

export interface ProgramResult {
  /** The test program's file name without `.ts`, e.g. `counter`. */
  caseName: string;
  /** The program's Rust name, e.g. `counter_program`. */
  programName: string;
  soBytes: number;
  instructionNames: string[];
  /** null when tests/bench/scenarios/<case>.ts does not exist. */
  litesvm: Measurement[] | null;
  bankrun: Measurement[] | null;
}

export interface RuntimeVersions {
  litesvm: string;
  bankrun: string;
}

/** A compute-unit ceiling an issue set for one instruction. */
interface Budget {
  caseName: string;
  label: string;
  maxUnits: number;
  source: string;
  /**
   * Judge the call without what its CPI callees reported as their own `consumed` (the token program
   * differs by runtime: p-token on litesvm, classic SPL Token on bankrun).
   */
  beyondCallees?: boolean;
}

/** A size ceiling an issue set for one program's .so. */
interface SizeBudget {
  caseName: string;
  maxBytes: number;
  source: string;
}

/** HFMMT (issue 4): every instruction without a CPI ≤ 1,500 CU. */
const HFMMT_NO_CPI_CALLS = [
  'update_performance', 'update_volatility', 'set_auto_compound', 'request_unstake', 'update_config', 'set_paused',
  'distribute_rewards (nothing due)', 'check_priority',
];

const BUDGETS: Budget[] = [
  { caseName: 'puppet', label: 'set_data', maxUnits: 150, source: 'issue 2' },
  ...HFMMT_NO_CPI_CALLS.map((label) => ({ caseName: 'hfmmt', label, maxUnits: 1_500, source: 'issue 4' })),
  { caseName: 'hfmmt', label: 'stake_tokens (repeat)', maxUnits: 2_500, source: 'issue 4', beyondCallees: true },
  { caseName: 'hfmmt', label: 'distribute_rewards (paying)', maxUnits: 2_500, source: 'issue 4', beyondCallees: true },
];

const SIZE_BUDGETS: SizeBudget[] = [{ caseName: 'hfmmt', maxBytes: 64 * 1024, source: 'issue 4' }];

const KNOWN_PROGRAMS: Record<string, string> = {
  '11111111111111111111111111111111': 'system',
  TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA: 'token',
  TokenzQdBNbLqP5VEhdkAS6EPFLC1PEnBqCXEpPxuEb: 'token-2022',
  ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL: 'associated token',
};

/** 1422 → "1,422", independent of the machine's locale. */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function units(n: number | null): string {
  return n === null ? 'n/a' : grouped(n);
}

/** One entry per direct callee, "system: n/a"; both runtimes' figures only when they differ. */
function calleeCell(litesvm: CalleeUnits[], bankrun: CalleeUnits[]): string {
  if (litesvm.length === 0 && bankrun.length === 0) return '—';
  if (litesvm.length !== bankrun.length || litesvm.some((c, i) => c.programId !== bankrun[i].programId)) {
    throw new Error('internal: the runtimes invoked different programs for the same call');
  }
  return litesvm.map((c, i) => {
    const b = bankrun[i].computeUnits;
    const figure = c.computeUnits === b ? units(b) : `${units(c.computeUnits)} / ${units(b)}`;
    return `${KNOWN_PROGRAMS[c.programId] ?? c.programId}: ${figure}`;
  }).join(', ');
}

function measuredRow(l: Measurement, b: Measurement): string {
  if (l.label !== b.label) throw new Error('internal: the runtimes measured different calls');
  return `| ${l.label} | ${grouped(l.computeUnits)} | ${grouped(b.computeUnits)} | ${calleeCell(l.callees, b.callees)} |`;
}

function programSection(r: ProgramResult): string[] {
  const lines = [`### ${r.caseName} (\`${r.programName}\`): ${grouped(r.soBytes)}-byte .so`, ''];
  if (!r.litesvm || !r.bankrun) {
    return [...lines, `No scenario: add tests/bench/scenarios/${r.caseName}.ts to measure its instructions.`, ''];
  }
  lines.push('| call | litesvm CU | bankrun CU | CPI callee CU (litesvm / bankrun) |', '|---|---:|---:|---|');
  r.litesvm.forEach((l, i) => lines.push(measuredRow(l, r.bankrun![i])));
  // A call's label starts with the instruction's name ("set_favorites (init)").
  const unmeasured = r.instructionNames.filter((name) => !r.litesvm!.some((m) => m.label.split(' ')[0] === name));
  if (unmeasured.length > 0) lines.push('', `Not measured: ${unmeasured.join(', ')}.`);
  return [...lines, ''];
}

/** The call's own figure: everything, or without its callees' own `consumed` when the budget says so. */
function judged(m: Measurement, budget: Budget): number {
  if (!budget.beyondCallees) return m.computeUnits;
  return m.computeUnits - m.callees.reduce((sum, c) => sum + (c.computeUnits ?? 0), 0);
}

function budgetRows(results: ProgramResult[]): string[] {
  return BUDGETS.map((budget) => {
    const result = results.find((r) => r.caseName === budget.caseName);
    const at = (ms: Measurement[] | null | undefined) => {
      const m = ms?.find((x) => x.label === budget.label);
      return m ? judged(m, budget) : null;
    };
    const [l, b] = [at(result?.litesvm), at(result?.bankrun)];
    // Budgets are judged on litesvm (Agave 4.3, the runtime clusters run); bankrun's Solana 1.18 passes no
    // instruction-data pointer, so its figure includes the record walk and is shown for comparison.
    const verdict = l === null || b === null ? 'not measured' : l <= budget.maxUnits ? 'met' : 'OVER';
    const call = budget.beyondCallees ? `${budget.label}, beyond the token program's own CU` : budget.label;
    return `| ${budget.caseName} | ${call} | ≤ ${grouped(budget.maxUnits)} (${budget.source}) | ${units(l)} | ${units(b)} | ${verdict} |`;
  });
}

function sizeBudgetRows(results: ProgramResult[]): string[] {
  return SIZE_BUDGETS.map((budget) => {
    const bytes = results.find((r) => r.caseName === budget.caseName)?.soBytes ?? null;
    const verdict = bytes === null ? 'not built' : bytes <= budget.maxBytes ? 'met' : 'OVER';
    return `| ${budget.caseName} | ≤ ${grouped(budget.maxBytes)} (${budget.source}) | ${units(bytes)} | ${verdict} |`;
  });
}

/** `workloads`: the standard workloads' section (workload-report.ts), after the budgets. */
export function renderReport(results: ProgramResult[], versions: RuntimeVersions, workloads: string[]): string {
  return [
    '# Compute-unit benchmark',
    '',
    'Generated by `npm run bench` (tests/bench/run.ts); do not edit. `npm run bench -- --check` exits 1 when',
    'this file no longer matches what the compiler produces.',
    '',
    `Each figure is the measured program's own \`consumed\` log line for one top-level instruction (its CPIs`,
    `included), from the scenario in tests/bench/scenarios/<program>.ts, on litesvm ${versions.litesvm} and`,
    `solana-bankrun ${versions.bankrun}. "CPI callee CU" is what each directly invoked program reported as its own`,
    '`consumed`; the system program prints none (n/a), so its share is inside the caller\'s figure.',
    'A call that searches for a PDA bump (`init`, or seeds without a stored bump) pays 1,500 CU per bump tried,',
    'as Anchor does; the scenarios use fixed keys, so the number of tries is the same on every run.',
    'bankrun passes no instruction-data pointer at entry, so there the program first walks the account records.',
    '',
    '## Reference: Anchor\'s own build (docs/sbpf-facts.md §8, measured on the same runtimes)',
    '',
    '| program | ELF bytes | instruction | CU |',
    '|---|---:|---|---|',
    '| puppet (Anchor basic-3, `anchor build`) | 188,128 | set_data(u64) on an owned account | 1,422 |',
    '| puppet (Anchor basic-3, `anchor build`) | 188,128 | initialize (keypair `init` via system CPI) | 6,460 (litesvm) / 6,514 (bankrun) |',
    '',
    '## Budgets',
    '',
    'Judged on litesvm (Agave 4.3, what clusters run today). On bankrun (Solana 1.18) every call also walks the',
    'account records to find its instruction data, which newer runtimes pass in r2: about 15 CU for one account',
    '(the walk fills the record table that handlers of several accounts would fill anyway); and the runtime',
    'charges 1,000 CU for a CPI instead of 946.',
    '',
    '| program | call | budget CU | litesvm CU | bankrun CU | verdict |',
    '|---|---|---|---:|---:|---|',
    ...budgetRows(results),
    '',
    '| program | .so budget bytes | .so bytes | verdict |',
    '|---|---|---:|---|',
    ...sizeBudgetRows(results),
    '',
    ...workloads,
    '## Programs',
    '',
    '| program | .so bytes |',
    '|---|---:|',
    ...results.map((r) => `| ${r.caseName} | ${grouped(r.soBytes)} |`),
    '',
    ...results.flatMap(programSection),
  ].join('\n');
}
