// The heap a handler's images take, checked on the IR before code generation: the image of every state
// account and argument that holds strings or vectors lives in the 32 KiB heap (codegen/heap.ts), at offsets
// the code generator plans (codegen/frame.ts). In: an IR Program. Out: a diagnostic at each instruction
// whose images do not fit, and at each log line or event built in the heap scratch (codegen/logging.ts)
// that could never fit there (for an event holding strings, its image and discriminator; for a log line
// holding strings, its values' slots); the sums are exact. What strings and vectors hold has no bound
// (their images are views), so the copies of account data and the scratch they take are measured at run
// time.
import { dslError, type Diagnostic } from '../../../diagnostics/diagnostic.js';
import { Messages } from '../../../diagnostics/messages.js';
import { structLookup } from '../../../ir/layout.js';
import { camelCase } from '../../../ir/names.js';
import type { AccountParam, FieldDef, Program } from '../../../ir/types.js';
import { walkStatements } from '../../../ir/walk.js';
import { HEAP_SIZE } from '../codegen/layout.js';
import { HEAP_END, scratchStart, staticHeapBytes } from '../codegen/heap.js';
import { eventBuiltInHeap, eventImageInHeap, fixedEventBytes, heapEventImageBytes, heapLogBytes, heapLogSlotBytes, logBuiltInHeap, logSlotsInHeap } from '../codegen/logging.js';

export function checkHeap(program: Program): Diagnostic[] {
  const structs = structLookup(program);
  const images = program.instructions.flatMap((ix) => {
    const bytes = staticHeapBytes(program, ix, structs);
    return bytes > HEAP_SIZE ? [dslError(Messages.SbfHeap, ix.span, camelCase(ix.name), bytes, HEAP_SIZE)] : [];
  });
  // With the images over the heap, the scratch has no room to measure.
  if (images.length > 0) return images;
  const room = Number(HEAP_END - scratchStart(program, structs));
  const bodies = [...program.instructions, ...program.functions];
  const buffers = bodies.flatMap(({ name, body }) => [...walkStatements(body)].flatMap((s) => {
    let built: { what: string; bytes: number } | null = null;
    if (s.kind === 'log' && logBuiltInHeap(program, s)) built = { what: 'a log line', bytes: heapLogBytes(s) };
    if (s.kind === 'log' && logSlotsInHeap(program, s)) built = { what: "the values' slots of a log line", bytes: heapLogSlotBytes(s) };
    if (s.kind === 'emit' && eventBuiltInHeap(program, structs, s)) {
      const def = program.events.find((e) => e.name === s.event)!;
      built = { what: `event '${def.name}'`, bytes: fixedEventBytes(def, structs) };
    }
    if (s.kind === 'emit' && eventImageInHeap(program, structs, s)) {
      const def = program.events.find((e) => e.name === s.event)!;
      built = { what: `the image and discriminator of event '${def.name}'`, bytes: heapEventImageBytes(def, structs) };
    }
    return built && built.bytes > room ? [dslError(Messages.SbfHeapBuffer, s.span, camelCase(name), built.what, built.bytes, room)] : [];
  }));
  return [...images, ...buffers];
}

/** The fields of a state account parameter (none for other kinds of account). */
export function stateFields(program: Program, param: AccountParam): readonly FieldDef[] {
  const kind = param.account;
  return kind.kind === 'state' ? (program.stateAccounts.find((d) => d.name === kind.type)?.fields ?? []) : [];
}
