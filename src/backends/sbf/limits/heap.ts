// The heap a handler's string and vector images take, checked on the IR before code generation: the image
// of every state account and argument that holds strings or vectors lives in the 32 KiB heap
// (codegen/handler.ts), at offsets the code generator plans (codegen/frame.ts). In: an IR Program. Out: a
// diagnostic at each instruction whose images do not fit; the sum is exact.
import { dslError, type Diagnostic } from '../../../diagnostics/diagnostic.js';
import { Messages } from '../../../diagnostics/messages.js';
import { isFixedSize, structLookup, type StructLookup } from '../../../ir/layout.js';
import { camelCase } from '../../../ir/names.js';
import type { AccountParam, FieldDef, Instruction, Program } from '../../../ir/types.js';
import { HEAP_SIZE } from '../codegen/layout.js';
import { imageSize } from '../codegen/values.js';

export function checkHeap(program: Program): Diagnostic[] {
  const structs = structLookup(program);
  return program.instructions.flatMap((ix) => {
    const bytes = heapBytes(program, ix, structs);
    return bytes > HEAP_SIZE ? [dslError(Messages.SbfHeap, ix.span, camelCase(ix.name), bytes, HEAP_SIZE)] : [];
  });
}

/** Heap images of one handler: its state accounts and arguments holding strings or vectors, 8-aligned. */
function heapBytes(program: Program, ix: Instruction, structs: StructLookup): number {
  const images = [
    ...ix.accounts.flatMap((a) => {
      const fields = stateFields(program, a);
      return fields.every((f) => isFixedSize(f.type, structs)) ? [] : [fields.reduce((n, f) => n + imageSize(f.type, structs), 0)];
    }),
    ...ix.args.flatMap((arg) => (isFixedSize(arg.type, structs) ? [] : [imageSize(arg.type, structs)])),
  ];
  return images.reduce((used, size) => Math.ceil(used / 8) * 8 + size, 0);
}

/** The fields of a state account parameter (none for other kinds of account). */
export function stateFields(program: Program, param: AccountParam): readonly FieldDef[] {
  const kind = param.account;
  return kind.kind === 'state' ? (program.stateAccounts.find((d) => d.name === kind.type)?.fields ?? []) : [];
}
