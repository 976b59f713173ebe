// The stack the generated code plans, bounded on the IR before code generation: every handler and helper
// function runs in one sBPF stack frame of FRAME_SIZE bytes, where the code generator plans fixed offsets
// (codegen/frame.ts) and must never find it full. In: an IR Program. Out: a diagnostic at the first
// statement where a frame may overflow (at the instruction when its argument decoding or account checks
// may), and each frame's bound, for the tests that pin it above what code generation plans.
//
// A frame's bound adds what it holds for the whole body — the error line region, the record table, bumps,
// argument addresses, the Clock, locals — to the most one statement's code reserves: its log line, event
// or helper-call block exactly (the sizes come from the code generator's own functions), and for each
// expression node the most the code for that kind of node takes.
import { dslError, type Diagnostic } from '../../../diagnostics/diagnostic.js';
import { Messages } from '../../../diagnostics/messages.js';
import { isFixedSize, structLookup, type StructLookup } from '../../../ir/layout.js';
import { camelCase } from '../../../ir/names.js';
import { INT_BITS, isSigned, type AccountParam, type Expr, type Instruction, type Program, type Seed, type SignerSeed, type Span, type Stmt, type Type } from '../../../ir/types.js';
import { exprSome, someExpr } from '../../../ir/walk.js';
import { tableCapacity } from '../codegen/entry.js';
import { LINE_REGION } from '../codegen/errors.js';
import { PROGRAM_DATA_IMAGE } from '../codegen/programdata.js';
import { blockLayout, inRegisters } from '../codegen/functions.js';
import { CLOCK, FRAME_SIZE, RENT, SOL_ACCOUNT_META, SOL_BYTES, SOL_INSTRUCTION, SYSTEM_IX } from '../codegen/layout.js';
import { eventBuiltInHeap, eventBytes, eventImageInHeap, logBuiltInHeap, logLineBytes, logSlotsInHeap } from '../codegen/logging.js';
import { imageSize, typeOf } from '../codegen/values.js';
import { stateFields } from './heap.js';

export function checkStack(program: Program): Diagnostic[] {
  return frameBounds(program).flatMap(({ name, overflow }) =>
    (overflow ? [dslError(Messages.SbfStackFrame, overflow.span, name, overflow.bytes, FRAME_SIZE, overflow.advice)] : []));
}

/** One stack frame: whose it is, the most it may hold, and where it may first exceed FRAME_SIZE. */
export interface FrameReport {
  name: string;
  bytes: number;
  overflow: { span: Span; bytes: number; advice: string } | null;
}

/** The bound of every handler's and helper function's frame. */
export function frameBounds(program: Program): FrameReport[] {
  const structs = structLookup(program);
  const frame = new FrameBound(program, structs);
  // Every handler's frame starts with the error line region and the entrypoint's slots (entry.ts).
  const handlerBase = LINE_REGION + 8 * tableCapacity(program) + 8;
  const handlers = program.instructions.map((ix): FrameReport => {
    const kept = handlerBase + keptSlotBytes(ix, structs);
    // Decoding the arguments, then each account's checks, release their slots when done.
    const checks = kept + Math.max(frame.argDecodeBytes(ix), ...ix.accounts.map((a) => frame.accountCheckBytes(a)));
    const body = frame.bodyBound(ix.body, kept, frame.exitBytes(ix));
    const overflow = checks > FRAME_SIZE
      ? { span: ix.span, bytes: checks, advice: 'split its arguments and accounts across instructions' }
      : body.overflow && { span: body.overflow.span ?? ix.span, bytes: body.overflow.bytes, advice: STATEMENT_ADVICE };
    return { name: camelCase(ix.name), bytes: Math.max(checks, body.peak), overflow };
  });
  const functions = program.functions.map((f): FrameReport => {
    // A helper function's own frame: the error line region, its parameters, the caller's block address.
    const kept = LINE_REGION + blockLayout(structs, f).size + 8 + (someExpr(f.body, (e) => e.kind === 'clock') ? CLOCK.size : 0);
    const body = frame.bodyBound(f.body, kept, 0);
    const overflow = body.overflow && { span: body.overflow.span ?? f.span, bytes: body.overflow.bytes, advice: STATEMENT_ADVICE };
    return { name: camelCase(f.name), bytes: body.peak, overflow };
  });
  return [...handlers, ...functions];
}

const STATEMENT_ADVICE = 'move some of the work into a helper function or another instruction, or log and emit shorter strings';

/**
 * Slots a handler keeps from its start to its end: a bump byte per PDA, the address of each argument after
 * the first string or vector, the Clock.
 */
function keptSlotBytes(ix: Instruction, structs: StructLookup): number {
  const pdas = ix.accounts.filter((a) => a.pda).length;
  const firstDynamic = ix.args.findIndex((a) => !isFixedSize(a.type, structs));
  const addressed = firstDynamic === -1 ? 0 : ix.args.length - firstDynamic;
  const clock = someExpr(ix.body, (e) => e.kind === 'clock') ? CLOCK.size : 0;
  const programData = ix.accounts.filter((a) => a.account.kind === 'programData').length * PROGRAM_DATA_IMAGE.size;
  return align8(pdas) + 8 * addressed + clock + programData;
}

const align8 = (n: number): number => Math.ceil(n / 8) * 8;

/** A PDA's seed slices (with the bump, program id and marker the check adds) and the address it derives. */
const seedCheckBytes = (seeds: readonly Seed[]): number => SOL_BYTES.size * (seeds.length + 3) + 32;
/** The SolSignerSeed slices of a PDA signer (its seeds and bump) and the SolSignerSeeds pointing at them. */
const signerBytes = (seeds: readonly SignerSeed[]): number => SOL_BYTES.size * (seeds.length + 1) + SOL_BYTES.size;
/** A CPI's instruction data, account metas and SolInstruction (invoke.ts). */
const cpiBytes = (dataLen: number, metas: number): number => align8(dataLen) + SOL_ACCOUNT_META.size * metas + SOL_INSTRUCTION.size;
/** InitializeMint2's data: tag, decimals, the authority and a COption<Pubkey> freeze authority. */
const INITIALIZE_MINT_DATA = 67;
/** create_account's call block on the handler's frame (createaccount.ts). */
const CREATE_ACCOUNT_BLOCK = 40;
/**
 * The most an `init` reserves besides its seeds: create_account's call block (createaccount.ts), the rent
 * read of init_if_needed, the largest SPL init CPI (InitializeMint2's 67 data bytes; the Associated Token
 * program's Create has 6 accounts), and an associated token address with its seeds.
 */
const INIT_BYTES = CREATE_ACCOUNT_BLOCK + 8 + RENT.size + cpiBytes(INITIALIZE_MINT_DATA, 6) + 32 + 3 * SOL_BYTES.size + 8;
/** The data of a token CPI: at most SetAuthority's tag, authority type and COption<Pubkey> (tokencpi.ts). */
const TOKEN_CPI_DATA = 35;
const TOKEN_CPI_ACCOUNTS = 4;

class FrameBound {
  constructor(
    private readonly program: Program,
    private readonly structs: StructLookup,
  ) {}

  /** The most the checks of one account reserve at once (each releases its slots when done). */
  accountCheckBytes(param: AccountParam): number {
    const seeds = param.pda?.seeds ?? [];
    const pda = param.pda ? seedCheckBytes(seeds) : 0;
    const init = param.init ? INIT_BYTES + 2 * signerBytes(seeds) : 0;
    const ata = param.associatedToken ? 32 + 3 * SOL_BYTES.size + 8 : 0;
    return pda + init + ata + this.stateDecodeBytes(param);
  }

  /** Decoding or encoding a state held in a heap image: the UTF-8 check's slot and each vector loop's. */
  private stateDecodeBytes(param: AccountParam): number {
    const fields = stateFields(this.program, param);
    return fields.length === 0 ? 0 : this.decodeBytes(fields.map((f) => f.type));
  }

  /** Decoding the instruction's arguments (borsh.ts). */
  argDecodeBytes(ix: Instruction): number {
    return this.decodeBytes(ix.args.map((a) => a.type));
  }

  private decodeBytes(types: readonly Type[]): number {
    return 8 + 16 * Math.max(0, ...types.map((t) => loopDepth(t, this.structs)));
  }

  /** What the exit reserves after the body: encoding the heap-image states back. */
  exitBytes(ix: Instruction): number {
    return Math.max(0, ...ix.accounts.map((a) => this.stateDecodeBytes(a)));
  }

  /**
   * The most a frame may hold while `body` runs and then the exit's `after` bytes, with `above` bytes
   * already in use; and the first statement at which that may exceed FRAME_SIZE (no statement when only
   * the exit does).
   */
  bodyBound(body: readonly Stmt[], above: number, after: number): { peak: number; overflow: { span: Span | null; bytes: number } | null } {
    let first: { span: Span; bytes: number } | null = null;
    const { locals, peak } = this.block(body, above, (s, bytes) => {
      first ??= { span: s.span, bytes };
    });
    const exit = above + locals + after;
    const overflow = first ?? (exit > FRAME_SIZE ? { span: null, bytes: exit } : null);
    return { peak: Math.max(peak, exit), overflow };
  }

  /**
   * Walks a block with `above` bytes in use, reporting each statement that may overflow. Out: the bytes
   * of the block's locals (kept to its end) and the most the frame holds while it runs.
   */
  private block(body: readonly Stmt[], above: number, overflow: (s: Stmt, bytes: number) => void): { locals: number; peak: number } {
    let locals = 0;
    let peak = above;
    for (const s of body) {
      const here = above + locals;
      let bytes: number;
      if (s.kind === 'if') {
        const cond = this.exprBytes(s.cond);
        if (here + cond > FRAME_SIZE) overflow(s, here + cond);
        const branches = [this.block(s.then, here + cond, overflow), this.block(s.else, here + cond, overflow)];
        bytes = Math.max(cond, ...branches.map((b) => b.peak - here));
      } else {
        bytes = this.statementBytes(s);
        if (here + bytes > FRAME_SIZE) overflow(s, here + bytes);
        // A `let` keeps its slot, and with it what its value's code reserved, to the end of the block.
        if (s.kind === 'let') locals += bytes;
      }
      peak = Math.max(peak, here + bytes);
    }
    return { locals, peak: Math.max(peak, above + locals) };
  }

  /** A local's slot (statements.ts): 8 bytes for a register value, 16 for a u128, the image otherwise. */
  private localBytes(t: Type): number {
    return Math.max(16, align8(imageSize(t, this.structs)));
  }

  private statementBytes(s: Stmt): number {
    switch (s.kind) {
      case 'assign': case 'require': case 'return':
        return this.exprsBytes(s.kind === 'require' ? [s.cond] : s.kind === 'assign' ? [s.value] : s.value ? [s.value] : []);
      case 'let':
        return this.localBytes(s.type) + this.exprBytes(s.value);
      case 'call':
        return this.callBytes(s.fn, s.args.length) + this.exprsBytes(s.args.flatMap((a) => (a.kind === 'value' ? [a.value] : [])));
      case 'emit':
        // built in the heap, one field's slots at a time
        if (eventBuiltInHeap(this.program, this.structs, s)) return Math.max(0, ...s.fields.map((e) => this.exprBytes(e)));
        // its image in the heap, one field's slots at a time; then the encoding's slots and its slice
        if (eventImageInHeap(this.program, this.structs, s)) {
          return Math.max(align8(eventBytes(this.program, this.structs, s)) + 8 + SOL_BYTES.size, ...s.fields.map((e) => this.exprBytes(e)));
        }
        // the event's buffer, a cursor after its first string, its SolBytes slice
        return align8(eventBytes(this.program, this.structs, s)) + 8 + SOL_BYTES.size + this.exprsBytes(s.fields);
      case 'log': {
        const values = s.parts.filter((p): p is Expr => typeof p !== 'string');
        // a negative 128-bit value is negated into a slot of its own
        const negatedBytes = (e: Expr): number => { const t = typeOf(e); return t.kind === 'int' && isSigned(t.name) && INT_BITS[t.name] === 128 ? 16 : 0; };
        // built in the heap, or with its values' slots there: its cursor, and one value's slots at a time
        if (logBuiltInHeap(this.program, s) || logSlotsInHeap(this.program, s)) return 8 + Math.max(0, ...values.map((e) => negatedBytes(e) + this.exprBytes(e)));
        // the line (its slot rounded up to 8 bytes, as the frame allocates) and its cursor
        return align8(logLineBytes(this.program, s)) + 8 + values.reduce((n, e) => n + negatedBytes(e) + this.exprBytes(e), 0);
      }
      case 'systemTransfer':
        return 8 + this.exprBytes(s.amount) + cpiBytes(SYSTEM_IX.transfer.size, 2) + (s.signerSeeds ? signerBytes(s.signerSeeds) : 0);
      case 'tokenCpi': {
        // InitializeMint2 carries 67 data bytes; the creation of its mint's account takes create_account's call block first.
        const data = s.fn === 'initializeMint' ? INITIALIZE_MINT_DATA : TOKEN_CPI_DATA;
        const create = s.createMint ? CREATE_ACCOUNT_BLOCK : 0;
        return this.exprsBytes(s.args) + create + cpiBytes(data, TOKEN_CPI_ACCOUNTS) + (s.signerSeeds ? signerBytes(s.signerSeeds) : 0);
      }
      case 'programCpi':
        // the discriminator, at most 32 bytes per argument (a Pubkey), a meta per account
        return this.exprsBytes(s.args) + cpiBytes(8 + 32 * s.args.length, s.accounts.length);
      case 'if':
        throw new Error('internal: an if statement is walked as a block');
    }
  }

  private exprsBytes(es: readonly Expr[]): number {
    return es.reduce((n, e) => n + this.exprBytes(e), 0);
  }

  /** The slots the code of every node of `e` may reserve; a statement releases them all when it ends. */
  private exprBytes(e: Expr): number {
    let bytes = 0;
    exprSome(e, (node) => {
      bytes += this.nodeBytes(node);
      return false;
    });
    return bytes;
  }

  /**
   * The most one node's own code reserves (expr.ts, int128ops.ts): 8 per value it may spill around an
   * operand, a 16-byte result slot for 128-bit values, the magnitudes and sign of signed 128-bit multiply,
   * divide and remainder, a helper call's argument block.
   */
  private nodeBytes(e: Expr): number {
    switch (e.kind) {
      case 'arith': case 'minmax': {
        if (INT_BITS[e.type.name] <= 64) return 8;
        if (e.kind === 'minmax' || e.op === 'add' || e.op === 'sub') return 24;
        return isSigned(e.type.name) ? 80 : 40;
      }
      case 'compare':
        return 8;
      case 'convert':
        return 16;
      case 'mulDiv':
        // a 128-bit mulDiv is a multiply and a divide
        return INT_BITS[e.type.name] <= 64 ? 32 : 2 * (isSigned(e.type.name) ? 80 : 40);
      case 'call':
        return this.callBytes(e.fn, e.args.length);
      default:
        return 0;
    }
  }

  /** A helper call's own slots (functions.ts): its computed register arguments, or its argument block. */
  private callBytes(fn: string, args: number): number {
    const f = this.program.functions.find((x) => x.name === fn);
    if (!f) return 0;
    return inRegisters(f) ? 8 * args : blockLayout(this.structs, f).size;
  }
}

/** How many vector loops decoding or encoding a value of `t` nests (each keeps at most two slots while it runs). */
function loopDepth(t: Type, structs: StructLookup): number {
  if (t.kind === 'vec') return 1 + loopDepth(t.elem, structs);
  if (t.kind === 'struct') return Math.max(0, ...structs(t.name).fields.map((f) => loopDepth(f.type, structs)));
  return 0;
}
