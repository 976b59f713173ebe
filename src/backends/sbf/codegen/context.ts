// Shared state of one code-generation run. In: the IR program and an Assembler. Out: the objects every
// codegen stage uses: the stack/heap plans, error exits, lazily emitted helper routines, and the
// per-instruction view of accounts, arguments, bumps and locals.
import type { Assembler, Label, RodataRef } from '../assembler.js';
import type { Reg } from '../isa.js';
import { programAnchorFacts, type AnchorFacts } from '../../../ir/anchor-version.js';
import { isFixedSize, structLookup, type StructLookup } from '../../../ir/layout.js';
import type { AccountParam, Expr, Instruction, Program, StateAccountDef, Stmt, Type } from '../../../ir/types.js';
import { someExpr, walkStatements } from '../../../ir/walk.js';
import { pubkeyBytes } from '../../../ir/base58.js';
import { HeapPlan, StackFrame } from './frame.js';
import { ErrorExits, LINE_REGION } from './errors.js';
import { fmtU64 } from './format.js';
import { HEAP_START, INPUT, INPUT_START, RECORD } from './layout.js';
import { HEAP_TOP, scratchStart } from './heap.js';

/** Account data offset of the first state field: the 8-byte discriminator comes first. */
export const STATE_FIELDS = RECORD.data + 8;

/** A routine emitted once, after the handlers, the first time some code calls it. */
export interface HelperRoutine {
  label: Label;
  emit: () => void;
}

export class Codegen {
  /** The frame being planned: a handler's, or a helper function's while its routine is emitted. */
  frame = new StackFrame();
  /** Account → register keeping its input record address, in the code being emitted (InstructionGen.recordRegs). */
  keptRecords = new Map<string, Reg>();
  readonly heap = new HeapPlan();
  readonly errors: ErrorExits;
  readonly structs: StructLookup;
  /** How the Anchor release the program targets behaves where releases differ. */
  readonly anchor: AnchorFacts;
  /** Where every handler's heap scratch starts (heap.ts). */
  readonly scratch: bigint;
  private readonly helpers = new Map<string, HelperRoutine>();
  private readonly coldBlocks: (() => void)[] = [];
  private readonly sharedCold = new Map<string, Label>();
  private readonly pendingHelpers: HelperRoutine[] = [];
  private readonly lastRoutines = new Map<string, () => void>();

  constructor(
    readonly asm: Assembler,
    readonly program: Program,
    /** file:line where the Anchor program reports each failing `require` / conversion, file:line:col of each index (errorOrigins). */
    readonly origins: ReadonlyMap<Stmt | Expr, string>,
    /** Emit CU probes (see `probe`): a measuring build, never the shipped one. */
    readonly profile = false,
  ) {
    this.anchor = programAnchorFacts(program);
    // The error line region is the first allocation: the top of every handler's frame.
    this.errors = new ErrorExits(asm, this.frame.alloc(LINE_REGION), () => fmtU64(this), this.anchor.version);
    this.structs = structLookup(program);
    if (this.heap.alloc(8) !== HEAP_TOP) throw new Error('internal: the heap top word must come first');
    this.scratch = scratchStart(program, this.structs);
  }

  state(name: string): StateAccountDef {
    const s = this.program.stateAccounts.find((x) => x.name === name);
    if (!s) throw new Error(`internal: unknown state account ${name}`);
    return s;
  }

  /** The label of a helper routine, generating it (once per `key`) at the end of the text. */
  helper(name: string, emit: () => void, key = name): Label {
    let h = this.helpers.get(key);
    if (!h) {
      h = { label: this.asm.newLabel(name), emit };
      this.helpers.set(key, h);
      this.pendingHelpers.push(h);
    }
    return h.label;
  }

  /** `exit` with the failing code still in r0, after a routine failed: ends the program, or returns it to the calling routine. */
  passFailureOn(): Label {
    return this.helper('pass_failure_on', () => this.asm.exit());
  }

  /**
   * A routine emitted once, after every other routine and cold block: for one whose shape depends on
   * what all its callers asked for (entry labels it binds itself).
   */
  lastRoutine(key: string, emit: () => void): void {
    if (!this.lastRoutines.has(key)) this.lastRoutines.set(key, emit);
  }

  /**
   * Code off the hot path (failure diagnosis before an error exit): emitted after all handlers, with the
   * kept record registers as they are here (a handler keeps one only once its accounts are validated).
   */
  cold(name: string, emit: () => void, fromAnywhere = false): Label {
    const label = this.asm.newLabel(name);
    const kept = new Map(this.keptRecords);
    this.coldBlocks.push(() => {
      const outer = this.keptRecords;
      this.keptRecords = kept;
      this.asm.bind(label, fromAnywhere);
      emit();
      this.keptRecords = outer;
    });
    return label;
  }

  /**
   * A cold block whose code depends only on `key` (registers and constants, no frame slots), emitted once
   * and jumped to from every handler that needs it.
   */
  coldShared(key: string, name: string, emit: () => void): Label {
    let label = this.sharedCold.get(key);
    if (!label) {
      // Bound knowing nothing: a routine emitted after it (a helper function called first from a later
      // handler) may jump there too, knowing less than the handlers whose jumps preceded it.
      label = this.cold(name, emit, true);
      this.sharedCold.set(key, label);
    }
    return label;
  }

  /**
   * Emits cold blocks and helper routines until none is pending (each may ask for more of both), then the
   * last routines, once nothing else can ask for their entries.
   */
  emitDeferred(): void {
    const drain = () => {
      while (this.coldBlocks.length > 0 || this.pendingHelpers.length > 0) {
        while (this.coldBlocks.length > 0) this.coldBlocks.shift()!();
        this.emitHelpers();
      }
    };
    drain();
    for (const [key, emit] of this.lastRoutines) {
      this.lastRoutines.delete(key);
      emit();
      drain();
    }
  }

  /** Emits helper routines requested so far (and any they request in turn). */
  private emitHelpers(): void {
    while (this.pendingHelpers.length > 0) {
      const h = this.pendingHelpers.shift()!;
      this.asm.bind(h.label);
      h.emit();
    }
  }

  /**
   * In a profiling build, logs `@<tag>` then the remaining compute units, so that the difference between
   * two probes' readings, less one probe's fixed cost, is what the code between them consumed. Clobbers r0–r5.
   */
  probe(tag: string): void {
    if (!this.profile) return;
    const ref = this.text(`@${tag}`);
    this.asm.lddwRodata('r1', ref);
    this.asm.mov('r2', ref.length);
    this.asm.syscall('sol_log_');
    this.asm.syscall('sol_log_compute_units_');
  }

  programIdRef(): RodataRef {
    return this.bytes(pubkeyBytes(this.program.programId), 8);
  }

  text(s: string): RodataRef {
    return this.asm.rodata(new TextEncoder().encode(s));
  }

  bytes(b: Uint8Array | number[], align = 1): RodataRef {
    return this.asm.rodata(Uint8Array.from(b), align);
  }
}

/** The register that keeps the most used account's record address for a whole body (helper function or handler). */
export const KEPT_RECORD: Reg = 'r9';
/** Field accesses an account needs before keeping its record in a register pays for the smaller pool. */
const KEEP_FROM_USES = 4;

/** Of `candidates`, the account whose fields `body` reads and writes most often, if at least KEEP_FROM_USES times. */
export function mostUsedAccount(body: readonly Stmt[], candidates: readonly string[]): string | null {
  const uses = new Map<string, number>();
  const count = (account: string) => uses.set(account, (uses.get(account) ?? 0) + 1);
  someExpr(body, (e) => {
    if (e.kind === 'field') count(e.account);
    return false;
  });
  for (const s of walkStatements(body)) if (s.kind === 'assign' && s.place.kind === 'field') count(s.place.account);
  let best: string | null = null;
  for (const name of candidates) {
    const n = uses.get(name) ?? 0;
    if (n >= KEEP_FROM_USES && (best === null || n > (uses.get(best) ?? 0))) best = name;
  }
  return best;
}

/** Where an account's state image lives while the handler runs. */
export type StateImage =
  /** Fixed-size state: the account data itself, used in place (address = record + data + 8). */
  | { kind: 'inPlace' }
  /**
   * State with strings/vectors: decoded into an image on the heap (values.ts) whose views point into a heap
   * copy of the bytes its fields take (accounts.ts); encoded back into the account data at exit.
   */
  | { kind: 'heap'; heapOffset: number };

export interface AccountView {
  param: AccountParam;
  index: number;
  /** Stack slot holding the address of this account's input record (unused for record 0). */
  recordSlot: number;
  state?: { def: StateAccountDef; image: StateImage };
  /** Stack slot holding this account's bump (one byte) when it is a PDA. */
  bumpSlot?: number;
  /** A ProgramData account: frame offset of the image of its readable fields (programdata.ts). */
  programDataImage?: number;
}

/** Where an argument's bytes are: at a fixed offset of the instruction data, at an address kept in a stack
 * slot (after a variable-length argument), or in a heap image whose views point into the instruction data. */
export type ArgAddress =
  | { kind: 'ixData'; offset: number }
  | { kind: 'slot'; slot: number }
  | { kind: 'heap'; offset: number }
  /** A helper function's value parameter: its bytes in the function's own frame. */
  | { kind: 'frame'; offset: number };

export interface ArgView {
  name: string;
  type: Type;
  address: ArgAddress;
}

export class InstructionGen {
  readonly accounts = new Map<string, AccountView>();
  readonly args = new Map<string, ArgView>();
  readonly locals = new Map<string, { slot: number; type: Type }>();
  /** Label of the normal exit (write-back, close, return 0). */
  readonly exitLabel: Label;

  /** Stack slot of the Clock sysvar, read once at the start of the handler when the body uses it. */
  clock: number | null = null;
  /**
   * A callee-saved register keeping the instruction data address for the whole handler, when nothing in
   * it needs that register for decoding strings/vectors (borsh.ts); otherwise the address is in ixDataSlot.
   */
  ixDataReg: Reg | null = null;
  /**
   * Accounts whose input record address a callee-saved register keeps (in helper functions and handler
   * bodies, the most used one): its fields are one load away instead of two. Held by the Codegen, so that
   * a cold block sees the registers as they were where it was asked for.
   */
  get recordRegs(): Map<string, Reg> {
    return this.cg.keptRecords;
  }
  /**
   * During the type checks: which key's words the held-key registers contain, and which account
   * discriminator r4 holds (accounts.ts), else null.
   */
  heldKey: { hex: string | null; r4: bigint | null } | null = null;
  /**
   * A pc where r0 is known to be 0: the handler's start (the entrypoint leaves r0 as the VM set it), or
   * just after the `Instruction:` log, whose syscall returns 0.
   */
  r0ZeroFrom = 0;
  /** In a helper function: its result type, and whether the result goes in r1 or into the caller's argument block. */
  fn: { returns: Type | null; result: { kind: 'register' } | { kind: 'block'; slot: number; returnOffset: number } } | null = null;

  constructor(
    readonly cg: Codegen,
    readonly ix: Instruction,
    readonly ixDataSlot: number,
  ) {
    this.exitLabel = cg.asm.newLabel(`${ix.name}_exit`);
  }

  /**
   * Where a `require` or checked conversion is reported to fail (file:line of the Anchor program), or where an
   * index into a FixedArray panics (file:line:col).
   */
  origin(node: Stmt | Expr): string {
    const origin = this.cg.origins.get(node);
    if (origin === undefined) throw new Error(`internal: no error origin for a ${node.kind} in ${this.ix.name}`);
    return origin;
  }

  clockSlot(): number {
    if (this.clock === null) throw new Error('internal: clock used but not read');
    return this.clock;
  }

  programIdRef(): RodataRef {
    return this.cg.programIdRef();
  }

  /**
   * The address of an argument's bytes (its image for strings and vectors) as base + offset: the base
   * is the register that keeps the instruction data address when there is one, else `scratch`, loaded.
   */
  argBase(name: string, scratch: Reg): { base: Reg; offset: number } {
    const { address } = this.arg(name);
    const a = this.cg.asm;
    switch (address.kind) {
      case 'ixData':
        if (this.ixDataReg) return { base: this.ixDataReg, offset: address.offset };
        a.ldx(8, scratch, 'r10', this.ixDataSlot);
        return { base: scratch, offset: address.offset };
      case 'slot':
        a.ldx(8, scratch, 'r10', address.slot);
        return { base: scratch, offset: 0 };
      case 'heap':
        a.lddw(scratch, HEAP_START + BigInt(address.offset));
        return { base: scratch, offset: 0 };
      case 'frame':
        return { base: 'r10', offset: address.offset };
    }
  }

  account(name: string): AccountView {
    const a = this.accounts.get(name);
    if (!a) throw new Error(`internal: unknown account ${name} in ${this.ix.name}`);
    return a;
  }

  arg(name: string): ArgView {
    const a = this.args.get(name);
    if (!a) throw new Error(`internal: unknown arg ${name} in ${this.ix.name}`);
    return a;
  }

  /**
   * r = address of the account's input record. Record 0 is always at the same address: a one-account
   * handler loads it as a constant (no table); others find it in the table like every record (one slot
   * instead of lddw's two), unless a register keeps it (`recordRegs`).
   */
  loadRecord(reg: Reg, account: string): void {
    const view = this.account(account);
    const kept = this.recordRegs.get(account);
    if (kept) this.cg.asm.mov(reg, kept);
    else if (view.index === 0 && this.ix.accounts.length === 1) this.cg.asm.lddw(reg, INPUT_START + BigInt(INPUT.firstRecord));
    else this.cg.asm.ldx(8, reg, 'r10', view.recordSlot);
  }

  /**
   * From here on KEPT_RECORD keeps `account`'s record address, taken from `from` (a register holding it)
   * or loaded; the expression pool goes without it.
   */
  keepRecord(account: string, from?: Reg): void {
    if (from) this.cg.asm.mov(KEPT_RECORD, from);
    else this.loadRecord(KEPT_RECORD, account);
    this.recordRegs.set(account, KEPT_RECORD);
  }

  /** The register holding the account's input record address: the one keeping it, or `scratch`, loaded. */
  recordBase(scratch: Reg, account: string): Reg {
    const kept = this.recordRegs.get(account);
    if (kept) return kept;
    this.loadRecord(scratch, account);
    return scratch;
  }

  /** Whether `r` is set aside for the whole body (instruction data or a kept record address). */
  isReserved(r: Reg): boolean {
    return r === this.ixDataReg || [...this.recordRegs.values()].includes(r);
  }

  /**
   * r + (returned offset) = address of the first field of the account's state image: the account data
   * after the discriminator when in place, the heap image otherwise. Callers fold the offset into
   * their loads and stores.
   */
  loadStateBase(reg: Reg, account: string): number {
    const view = this.account(account);
    if (!view.state) throw new Error(`internal: ${account} has no state`);
    if (view.state.image.kind === 'inPlace') {
      this.loadRecord(reg, account);
      return STATE_FIELDS;
    }
    this.cg.asm.lddw(reg, HEAP_START + BigInt(view.state.image.heapOffset));
    return 0;
  }

  /**
   * Whether to favour size over a few compute units: handlers of more than one account and helper
   * functions call shared check routines instead of inlining them (one-account handlers stay cheapest).
   */
  get compact(): boolean {
    return this.fn !== null || this.ix.accounts.length > 1;
  }

  isFixedState(def: StateAccountDef): boolean {
    return def.fields.every((f) => isFixedSize(f.type, this.cg.structs));
  }
}
