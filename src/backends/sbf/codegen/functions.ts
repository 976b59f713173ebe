// DSL helper functions as internal routines. In: a FunctionDef and its call sites. Out: one routine per
// function (emitted on its first call) and the call sequence.
//
// Calling conventions. A function of at most five parameters, each an account or a register-type value,
// returning a register-type value or nothing, takes its parameters in r1–r5 (an account as the address of
// its input record) and returns its value in r1; the routine stores r1–r5 in its own frame, so that
// parameters sit at fixed offsets like a handler's record table and arguments. Any other function gets an
// argument block on the caller's frame — one 8-byte input-record address per account parameter, each
// value parameter in its image layout (values.ts), then room for the result — with r1 = the block; the
// routine copies the block into its frame and writes its result into the caller's block. Either way the
// routine returns r0 = 0; a failure inside logs through the shared error exit, whose `exit` returns the
// error code to the caller; every call site passes a non-zero r0 straight on (`exit`), up to the entrypoint.
import type { Label } from '../assembler.js';
import type { Reg } from '../isa.js';
import type { CallArg, FunctionDef, Instruction, Type } from '../../../ir/types.js';
import { exprSome, someExpr } from '../../../ir/walk.js';
import type { StructLookup } from '../../../ir/layout.js';
import { InstructionGen, mostUsedAccount, type Codegen } from './context.js';
import { LINE_REGION } from './errors.js';
import { isDirectLoad, type ExprGen } from './expr.js';
import { StackFrame } from './frame.js';
import { CLOCK } from './layout.js';
import { emitStatements, storeValue } from './statements.js';
import { isRegisterType, imageSize } from './values.js';

interface BlockLayout {
  /** Offset of each parameter in the block. */
  offsets: number[];
  returnOffset: number;
  size: number;
}

export function blockLayout(structs: StructLookup, f: FunctionDef): BlockLayout {
  const offsets: number[] = [];
  let at = 0;
  for (const p of f.params) {
    offsets.push(at);
    at += p.kind === 'account' ? 8 : Math.ceil(Math.max(8, imageSize(p.type, structs)) / 8) * 8;
  }
  const returnOffset = at;
  const returnSize = f.returns ? Math.max(8, imageSize(f.returns, structs)) : 0;
  return { offsets, returnOffset, size: Math.ceil((returnOffset + returnSize) / 8) * 8 };
}

const PARAMETER_REGISTERS: readonly Reg[] = ['r1', 'r2', 'r3', 'r4', 'r5'];

/** Whether `f` takes its parameters in r1–r5 and returns its value in r1 (see the header). */
export function inRegisters(f: FunctionDef): boolean {
  return f.params.length <= PARAMETER_REGISTERS.length
    && f.params.every((p) => p.kind === 'account' || isRegisterType(p.type))
    && (f.returns === null || isRegisterType(f.returns));
}

/**
 * A call of helper function `fn`: passes the arguments, calls, passes a failure on. Returns the register
 * with the result (a value, or the address of it in the block), or null for a void function.
 */
export function emitCall(g: InstructionGen, exprs: ExprGen, fn: string, args: readonly CallArg[]): Reg | null {
  const cg = g.cg;
  const a = cg.asm;
  const f = cg.program.functions.find((x) => x.name === fn);
  if (!f) throw new Error(`internal: call of unknown function ${fn}`);
  if (inRegisters(f)) {
    passInRegisters(g, exprs, args);
    a.call(functionRoutine(cg, f));
    a.jumpIf('jne', 'r0', 0, cg.passFailureOn());
    if (!f.returns) return null;
    const r = exprs.alloc();
    a.mov(r, 'r1');
    return r;
  }
  const layout = blockLayout(cg.structs, f);
  const block = cg.frame.alloc(layout.size);
  args.forEach((arg, i) => {
    const at = block + layout.offsets[i];
    if (arg.kind === 'account') {
      g.loadRecord('r1', arg.account);
      a.stx(8, 'r10', at, 'r1');
      return;
    }
    const p = f.params[i];
    if (p.kind !== 'value') throw new Error(`internal: ${fn} parameter ${i} is not a value`);
    const v = exprs.value(arg.value);
    storeValue(g, 'r10', at, p.type, v);
    exprs.free(v);
  });
  a.mov('r1', 'r10');
  a.add('r1', block);
  a.call(functionRoutine(cg, f));
  a.jumpIf('jne', 'r0', 0, cg.passFailureOn());
  if (!f.returns) return null;
  const r = exprs.alloc();
  if (isRegisterType(f.returns)) exprs.loadScalar(r, 'r10', block + layout.returnOffset, f.returns);
  else {
    a.mov(r, 'r10');
    a.add(r, block + layout.returnOffset);
  }
  return r;
}

/**
 * Loads the arguments into r1–r5. Values that need computing go first, in order, each into a stack slot
 * (computing one may call routines that use r1–r5); then the direct loads and record addresses, which
 * cannot fail, straight into their registers. Reading later is unobservable unless a computed argument
 * calls a helper function (which may write state): then every value argument is computed in order.
 */
function passInRegisters(g: InstructionGen, exprs: ExprGen, args: readonly CallArg[]): void {
  const a = g.cg.asm;
  const values = args.flatMap((arg) => (arg.kind === 'value' ? [arg.value] : []));
  const inOrder = values.some((v) => exprSome(v, (e) => e.kind === 'call'));
  const computed = args.map((arg) => {
    if (arg.kind === 'account' || (!inOrder && isDirectLoad(arg.value))) return null;
    const v = exprs.value(arg.value);
    const slot = g.cg.frame.alloc(8);
    a.stx(8, 'r10', slot, v);
    exprs.free(v);
    return slot;
  });
  args.forEach((arg, i) => {
    const r = PARAMETER_REGISTERS[i];
    const slot = computed[i];
    if (arg.kind === 'account') g.loadRecord(r, arg.account);
    else if (slot !== null) a.ldx(8, r, 'r10', slot);
    else exprs.loadInto(r, arg.value);
  });
}

function functionRoutine(cg: Codegen, f: FunctionDef): Label {
  return cg.helper(`fn_${f.name}`, () => emitFunction(cg, f));
}

function emitFunction(cg: Codegen, f: FunctionDef): void {
  const a = cg.asm;
  const handlerFrame = cg.frame;
  const handlerRecords = cg.keptRecords;
  cg.frame = new StackFrame();
  cg.keptRecords = new Map();
  cg.frame.alloc(LINE_REGION); // the error exit builds its line at the top of whatever frame it runs in
  const layout = blockLayout(cg.structs, f);
  // A synthetic instruction gives the body the handler machinery (locals, labels, origins).
  const ix: Instruction = { name: `fn_${f.name}`, discriminator: [], args: [], accounts: [], body: f.body, span: f.span };
  const g = new InstructionGen(cg, ix, 0);
  const params = cg.frame.alloc(layout.size);
  const states = f.params.flatMap((p) => (p.kind === 'account' && p.account.kind === 'state' ? [p.name] : []));
  const kept = mostUsedAccount(f.body, states);
  if (inRegisters(f)) {
    g.fn = { returns: f.returns, result: { kind: 'register' } };
    f.params.forEach((p, i) => {
      if (p.name === kept) g.keepRecord(kept, PARAMETER_REGISTERS[i]);
      else a.stx(8, 'r10', params + layout.offsets[i], PARAMETER_REGISTERS[i]);
    });
  } else {
    const blockSlot = cg.frame.alloc(8);
    g.fn = { returns: f.returns, result: { kind: 'block', slot: blockSlot, returnOffset: layout.returnOffset } };
    // Copy the caller's block (r1) into this frame: parameters at fixed offsets.
    a.stx(8, 'r10', blockSlot, 'r1');
    for (let at = 0; at < layout.returnOffset; at += 8) {
      a.ldx(8, 'r2', 'r1', at);
      a.stx(8, 'r10', params + at, 'r2');
    }
  }
  f.params.forEach((p, i) => {
    const at = params + layout.offsets[i];
    if (p.kind === 'value') {
      g.args.set(p.name, { name: p.name, type: p.type, address: { kind: 'frame', offset: at } });
      return;
    }
    const view: Parameters<typeof g.accounts.set>[1] = {
      param: { name: p.name, account: p.account, mut: p.mut, signer: false, hasOne: [], implicit: false, span: f.span },
      index: -1,
      recordSlot: at,
    };
    if (p.account.kind === 'state') {
      const def = cg.state(p.account.type);
      if (!g.isFixedState(def)) throw new Error(`internal: ${p.name} of ${f.name} holds strings or vectors and passed the sBPF limits check`);
      view.state = { def, image: { kind: 'inPlace' } };
    }
    g.accounts.set(p.name, view);
  });
  if (kept !== null && !inRegisters(f)) g.keepRecord(kept);
  if (someExpr(f.body, (e) => e.kind === 'clock')) {
    g.clock = cg.frame.alloc(CLOCK.size);
    a.mov('r1', 'r10');
    a.add('r1', g.clock);
    a.syscall('sol_get_clock_sysvar');
  }
  emitStatements(g, f.body);
  a.bind(g.exitLabel);
  a.mov('r0', 0);
  a.exit();
  cg.frame = handlerFrame;
  cg.keptRecords = handlerRecords;
}

/** `return value` inside a helper function: the value goes into r1 (the routine's exit keeps it) or the caller's block. */
export function emitFunctionReturn(g: InstructionGen, exprs: ExprGen, value: Reg, type: Type): void {
  const result = g.fn?.result;
  if (!result) throw new Error('internal: a return value outside a helper function');
  if (result.kind === 'register') {
    g.cg.asm.mov('r1', value);
    return;
  }
  const base = exprs.alloc();
  g.cg.asm.ldx(8, base, 'r10', result.slot);
  storeValue(g, base, result.returnOffset, type, value);
  exprs.free(base);
}
