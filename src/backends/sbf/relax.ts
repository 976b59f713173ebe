// Branch relaxation: lets a jump reach any instruction of the program, however large.
// In: the assembler's slots (jump offsets still unset) and every jump site with the slot it targets.
// Out: the final slots with every jump offset filled, where each old slot now sits, and the islands added.
//
// Why: in sBPF v0 both `ja` and the conditional jumps carry a signed 16-bit offset counted in slots, so a
// jump reaches at most 32,767 slots forward and 32,768 back. Generated code jumps far in large programs: the
// entrypoint to the last handlers and to its error exits (after the first handler), each error exit to the
// one error routine at the end, a handler to an exit an earlier handler asked for first, a `require` of a
// huge handler to its exit after that handler. Nothing else can stand in for a far jump: `call`/`callx` reach anywhere but push a frame (a new
// r10), which the code after the jump does not expect. So a jump that does not fit is rewritten, and only
// such a jump — a program whose jumps all fit comes out slot for slot as it went in. Inverting a conditional
// over a `ja` gains nothing (the `ja` has the same reach), so every jump that does not fit, conditional or
// not, is pointed at an island instead: a `ja` to its destination placed on the way, as far toward it as
// reach allows; islands chain when one hop is not enough. Each island passed costs the jump one instruction
// (compute unit); the jump itself and its fall-through path are unchanged. An island is put where control
// never falls in (after a `ja` or `exit`) when there is such a place within reach, else it is guarded by a
// `ja` over it (one more instruction for code falling through it). Jumps to the same destination share an
// island; islands at one place form one pool behind one guard.
// Inserting slots moves offsets, so this repeats until every jump fits (a fixpoint: it only ever adds).

import { OP, isI16, type Insn } from './isa.js';

/** A jump at slot `pc` to slot `target` (both before relaxation). */
export interface JumpSite {
  pc: number;
  target: number;
}

export interface RelaxedText {
  slots: Insn[];
  /** Old slot → new slot; index `slots.length` (old) maps to the new end. */
  newPc: Int32Array;
  /** New slot of each island pool's first slot → the comment describing it, for listings. */
  islands: Map<number, string>;
}

const FORWARD_REACH = 0x7fff;
const BACKWARD_REACH = 0x8000;
/** Slots of reach kept free when placing an island: the code in between may still grow by later insertions. */
const SLACK = 1024;
/** An island is only worth placing if it takes the jump at least this far. */
const MIN_PROGRESS = FORWARD_REACH >> 1;
/** Bounds the fixpoint: each round adds at most one hop to a chain, so a valid program needs few. */
const MAX_ROUNDS = 64;

/** Where a jump goes: an old slot, or an island entry. */
type Dest = number | IslandEntry;

interface IslandEntry {
  pool: Pool;
  index: number;
  dest: Dest;
}

interface Pool {
  boundary: number;
  guarded: boolean;
  entries: IslandEntry[];
}

interface Site {
  pc: number;
  /** The jump's target, or the island it goes through. */
  dest: Dest;
}

interface Layout {
  /** New slot of each old slot (index n: the end). */
  pos: Int32Array;
  /** New slot where a pool at each boundary (before old slot b) starts, or would start. */
  boundaryPos: Int32Array;
}

const fail = (message: string): never => {
  throw new Error(`internal: ${message}`);
};

export function relaxJumps(slots: readonly Insn[], jumps: readonly JumpSite[]): RelaxedText {
  const n = slots.length;
  /** Each jump site, in the order given, and by slot (most slots are no jump: an array, not a map). */
  const sites: Site[] = jumps.map(({ pc, target }) => ({ pc, dest: target }));
  const siteAt: (Site | undefined)[] = new Array(n);
  for (const site of sites) siteAt[site.pc] = site;
  const pools = new Map<number, Pool>();
  /** The boundaries holding a pool, ascending: where an entry would go there grows with the boundary. */
  const poolBoundaries: number[] = [];
  /** The island entries toward each destination, in slot order (by boundary, then index in the pool). */
  const entriesByDest = new Map<Dest, IslandEntry[]>();
  // Boundary b lies between old slots b-1 and b. Control never falls into one after a `ja` or `exit`; none
  // may split an lddw.
  const barriers: number[] = [];
  for (let b = 1; b <= n; b++) {
    const op = slots[b - 1]!.opcode;
    if (op === OP.ja || op === OP.exit) barriers.push(b);
  }
  const splitsLddw = (b: number) => b > 0 && b < n && slots[b - 1]!.opcode === OP.lddw;

  const layout = (): Layout => {
    const pos = new Int32Array(n + 1);
    const boundaryPos = new Int32Array(n + 1);
    // Slots inserted before the current boundary; pools visited in boundary order.
    let inserted = 0;
    let next = 0;
    for (let b = 0; b <= n; b++) {
      boundaryPos[b] = b + inserted;
      if (poolBoundaries[next] === b) {
        const pool = pools.get(b)!;
        inserted += (pool.guarded ? 1 : 0) + pool.entries.length;
        next++;
      }
      pos[b] = b + inserted;
    }
    return { pos, boundaryPos };
  };

  const entryPos = (l: Layout, e: IslandEntry) => l.boundaryPos[e.pool.boundary]! + (e.pool.guarded ? 1 : 0) + e.index;
  const destPos = (l: Layout, d: Dest) => typeof d === 'number' ? l.pos[d]! : entryPos(l, d);
  const fits = (from: number, to: number) => isI16(to - (from + 1));

  const addEntry = (pool: Pool, dest: Dest): IslandEntry => {
    const entry: IslandEntry = { pool, index: pool.entries.length, dest };
    pool.entries.push(entry);
    const toward = entriesByDest.get(dest);
    // In slot order: after the entries of pools at or before this boundary (the new one is its pool's last).
    if (toward) toward.splice(firstWhere(toward.length, (i) => toward[i]!.pool.boundary > pool.boundary), 0, entry);
    else entriesByDest.set(dest, [entry]);
    return entry;
  };

  const newPool = (boundary: number, guarded: boolean): Pool => {
    const pool: Pool = { boundary, guarded, entries: [] };
    pools.set(boundary, pool);
    poolBoundaries.splice(firstAtLeast(poolBoundaries, boundary), 0, boundary);
    return pool;
  };

  /** An island entry toward `dest` (at `to`) reachable from the jump at `from`, as close to `dest` as allows. */
  const islandToward = (l: Layout, from: number, dest: Dest, to: number): IslandEntry => {
    const forward = to > from;
    // Entry slots reachable with room to spare, and far enough to be worth a hop.
    const reachLow = forward ? from + MIN_PROGRESS : from + 1 - BACKWARD_REACH + SLACK;
    const reachHigh = forward ? from + 1 + FORWARD_REACH - SLACK : from - MIN_PROGRESS;
    const inWindow = (p: number) => p >= reachLow && p <= reachHigh;
    const better = (p: number, than: number) => (forward ? p > than : p < than);
    let bestAt = from;
    // The existing entry toward `dest` nearest the window's far edge: entries are in slot order, so a binary
    // search finds it (thousands of error exits jump to one routine: a scan of its entries was quadratic).
    const toward = entriesByDest.get(dest) ?? [];
    const nearestFarEdge = forward
      ? firstWhere(toward.length, (i) => entryPos(l, toward[i]!) > reachHigh) - 1
      : firstWhere(toward.length, (i) => entryPos(l, toward[i]!) >= reachLow);
    const existing = toward[nearestFarEdge];
    if (existing && inWindow(entryPos(l, existing)) && better(entryPos(l, existing), bestAt)) return existing;
    // A new entry in an existing pool or in a new unguarded pool at a barrier: whichever lies farthest.
    let bestBoundary = -1;
    const nextEntryAt = (b: number) => {
      const pool = pools.get(b);
      return l.boundaryPos[b]! + (pool ? (pool.guarded ? 1 : 0) + pool.entries.length : 0);
    };
    const consider = (b: number) => {
      const p = nextEntryAt(b);
      if (inWindow(p) && better(p, bestAt)) { bestBoundary = b; bestAt = p; }
    };
    // Of the existing pools, the one farthest toward the window's far edge: where the next entry of a pool
    // goes grows with its boundary, so a binary search over the sorted boundaries finds it (a scan of every
    // pool made relaxation quadratic in the number of far jumps).
    const farthest = forward
      ? firstWhere(poolBoundaries.length, (i) => nextEntryAt(poolBoundaries[i]!) > reachHigh) - 1
      : firstWhere(poolBoundaries.length, (i) => nextEntryAt(poolBoundaries[i]!) >= reachLow);
    if (farthest >= 0 && farthest < poolBoundaries.length) consider(poolBoundaries[farthest]!);
    const [lo, hi] = boundaryRange(l.boundaryPos, reachLow, reachHigh);
    if (lo <= hi) {
      // Barriers sorted: the one nearest the window's far edge.
      const i = forward ? lastAtMost(barriers, hi) : firstAtLeast(barriers, lo);
      if (i >= 0 && i < barriers.length && barriers[i]! >= lo && barriers[i]! <= hi) consider(barriers[i]!);
    }
    if (bestBoundary >= 0) return addEntry(pools.get(bestBoundary) ?? newPool(bestBoundary, false), dest);
    // No place control never reaches: a guarded pool at the legal boundary nearest the far edge.
    let b = forward ? hi : lo;
    while (b >= lo && b <= hi && (splitsLddw(b) || pools.has(b))) b += forward ? -1 : 1;
    if (b < lo || b > hi || lo > hi) fail(`no place for a jump island between #${from} and #${to}`);
    return addEntry(newPool(b, true), dest);
  };

  for (let round = 0; ; round++) {
    if (round === MAX_ROUNDS) fail(`jump relaxation did not settle in ${MAX_ROUNDS} rounds`);
    const l = layout();
    let changed = false;
    // Every jump of this round's layout, where it stands in that layout: the sites, then the island entries
    // there were when the round began.
    const relaxOne = (from: number, jump: Site | IslandEntry): void => {
      const to = destPos(l, jump.dest);
      if (!fits(from, to)) {
        jump.dest = islandToward(l, from, jump.dest, to);
        changed = true;
      }
    };
    const entries = [...pools.values()].flatMap((pool) => pool.entries);
    for (const site of sites) relaxOne(l.pos[site.pc]!, site);
    for (const entry of entries) relaxOne(entryPos(l, entry), entry);
    if (!changed) return emit(l);
  }

  function emit(l: Layout): RelaxedText {
    const out: Insn[] = [];
    // Only the jumps are written here; every other slot's offset was checked when the assembler emitted it.
    const jump = (insn: Insn): void => {
      if (!isI16(insn.off)) fail(`jump at #${out.length}: offset ${insn.off} exceeds i16 after relaxation`);
      out.push(insn);
    };
    const jaTo = (dest: Dest): Insn => ({ opcode: OP.ja, dst: 0, src: 0, off: destPos(l, dest) - (out.length + 1), imm: 0 });
    const islands = new Map<number, string>();
    // Pools in boundary order; the slots between them are copied as they are.
    let b = 0;
    const copyUpTo = (end: number): void => {
      for (; b < end; b++) {
        const slot = slots[b]!;
        const s = siteAt[b];
        if (s) jump({ ...slot, off: destPos(l, s.dest) - (out.length + 1) });
        else out.push(slot);
      }
    };
    for (const at of poolBoundaries) {
      copyUpTo(at);
      const pool = pools.get(at)!;
      const kind = pool.guarded ? 'guarded' : 'after a jump or exit';
      islands.set(out.length, `far-jump island (${pool.entries.length} ${pool.entries.length === 1 ? 'jump' : 'jumps'}, ${kind})`);
      if (pool.guarded) jump({ opcode: OP.ja, dst: 0, src: 0, off: pool.entries.length, imm: 0 });
      for (const e of pool.entries) jump(jaTo(e.dest));
    }
    copyUpTo(n);
    const last = l.pos[n]!;
    if (out.length !== last) fail(`jump relaxation laid out ${last} slots but emitted ${out.length}`);
    return { slots: out, newPc: l.pos, islands };
  }
}

/** The boundaries whose pool start lies in [low, high] (boundaryPos is non-decreasing): [first, last]. */
function boundaryRange(boundaryPos: Int32Array, low: number, high: number): [number, number] {
  return [firstAtLeast(boundaryPos, low), lastAtMost(boundaryPos, high)];
}

function firstAtLeast(sorted: ArrayLike<number>, value: number): number {
  return firstWhere(sorted.length, (i) => sorted[i]! >= value);
}

/** The first index in [0, length) where `holds` (false then true along the indices), or `length`. */
function firstWhere(length: number, holds: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function lastAtMost(sorted: ArrayLike<number>, value: number): number {
  return firstAtLeast(sorted, value + 1) - 1;
}
