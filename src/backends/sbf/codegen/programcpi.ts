// `callee.ix(…)`: a CPI into another DSL program's instruction through sol_invoke_signed_c. In: the IR statement
// and the callee's summary (Program.callees). Out: the invoke, with the instruction data Anchor's client would
// build (the 8-byte discriminator, then each argument's little-endian bytes) and the metas in the callee's account
// order, with the privileges it asks for. A failing callee aborts the whole transaction with its error.
import type { CalleeInstruction, Stmt } from '../../../ir/types.js';
import type { InstructionGen } from './context.js';
import type { ExprGen } from './expr.js';
import { emitInvoke } from './invoke.js';
import { intSize, typeOf } from './values.js';
import { readU64 } from './words.js';

/** The bytes one argument takes in the instruction data (integers, Booleans and Pubkeys). */
export function cpiArgumentSize(ix: CalleeInstruction, index: number): number {
  const t = ix.args[index].type;
  if (t.kind === 'int') return intSize(t.name);
  if (t.kind === 'bool') return 1;
  if (t.kind === 'pubkey') return 32;
  throw new Error(`internal: a ${t.kind} CPI argument`);
}

export function calleeInstruction(g: InstructionGen, s: Stmt & { kind: 'programCpi' }): { programId: string; ix: CalleeInstruction } {
  const callee = g.cg.program.callees?.find((c) => c.name === s.callee);
  const ix = callee?.instructions.find((i) => i.name === s.instruction);
  if (!callee || !ix) throw new Error(`internal: no callee instruction ${s.callee}.${s.instruction}`);
  return { programId: callee.programId, ix };
}

export function emitProgramCpi(g: InstructionGen, exprs: ExprGen, s: Stmt & { kind: 'programCpi' }): void {
  const a = g.cg.asm;
  const { programId, ix } = calleeInstruction(g, s);
  const sizes = ix.args.map((_, i) => cpiArgumentSize(ix, i));
  const dataLen = 8 + sizes.reduce((n, size) => n + size, 0);
  emitInvoke(g, {
    program: { id: programId },
    metas: s.accounts,
    dataLen,
    writeData: (d) => {
      a.lddw('r0', readU64(Uint8Array.from(ix.discriminator), 0));
      a.stx(8, 'r10', d, 'r0');
      let at = d + 8;
      s.args.forEach((e, i) => {
        if (typeOf(e).kind === 'pubkey') {
          const { at: [base, from], reg } = exprs.addressOf(e);
          for (let w = 0; w < 4; w++) {
            a.ldx(8, 'r0', base, from + 8 * w);
            a.stx(8, 'r10', at + 8 * w, 'r0');
          }
          exprs.free(reg);
        } else {
          const v = exprs.value(e);
          a.stx(sizes[i] as 1 | 2 | 4 | 8, 'r10', at, v);
          exprs.free(v);
        }
        at += sizes[i];
      });
    },
  });
}
