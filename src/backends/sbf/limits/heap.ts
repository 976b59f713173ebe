// The heap a handler's images take, checked on the IR before code generation: the image of every state
// account and argument that holds strings or vectors lives in the 32 KiB heap (codegen/heap.ts), at offsets
// the code generator plans (codegen/frame.ts). In: an IR Program. Out: a diagnostic at each instruction
// whose images do not fit; the sum is exact. What strings and vectors hold has no bound (their images are
// views), so the copies of account data and the scratch of events and log lines are measured at run time.
import { dslError, type Diagnostic } from '../../../diagnostics/diagnostic.js';
import { Messages } from '../../../diagnostics/messages.js';
import { structLookup } from '../../../ir/layout.js';
import { camelCase } from '../../../ir/names.js';
import type { AccountParam, FieldDef, Program } from '../../../ir/types.js';
import { HEAP_SIZE } from '../codegen/layout.js';
import { staticHeapBytes } from '../codegen/heap.js';

export function checkHeap(program: Program): Diagnostic[] {
  const structs = structLookup(program);
  return program.instructions.flatMap((ix) => {
    const bytes = staticHeapBytes(program, ix, structs);
    return bytes > HEAP_SIZE ? [dslError(Messages.SbfHeap, ix.span, camelCase(ix.name), bytes, HEAP_SIZE)] : [];
  });
}

/** The fields of a state account parameter (none for other kinds of account). */
export function stateFields(program: Program, param: AccountParam): readonly FieldDef[] {
  const kind = param.account;
  return kind.kind === 'state' ? (program.stateAccounts.find((d) => d.name === kind.type)?.fields ?? []) : [];
}
