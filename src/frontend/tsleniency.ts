// The TypeScript errors that are DSL spellings, not mistakes: Poseidon never type-checked, and programs written for it
// return values from instructions (`return { success: true }` in a `(): Result` method). Poseidon ignored the value;
// the compiler does too, with a warning (statements.ts). (Operators on integers need no leniency: the declarations
// type the integers as branded numbers, see src/dsl/poseidon.d.ts.)
// In: one TypeScript diagnostic of the user's file and the node it points at. Out: whether the compiler drops it.
import { ts } from './typescript.js';

/** "Type X is not assignable to type Y": here, a value returned where the method's type says `void`. */
const NOT_ASSIGNABLE = 2322;
/** "Not all code paths return a value": a value returned on one path of an instruction only. */
const NOT_ALL_PATHS_RETURN = 7030;

export function isDslSpelling(d: ts.Diagnostic, node: ts.Node): boolean {
  if (d.code === NOT_ASSIGNABLE) return isInstructionReturn(node);
  if (d.code === NOT_ALL_PATHS_RETURN) return node.parent !== undefined && isInstructionMethod(node.parent);
  return false;
}

/** `return value;` directly in an instruction (a method of the program class): TypeScript reports it at `return`. */
function isInstructionReturn(node: ts.Node): boolean {
  const ret = node.parent;
  if (node.kind !== ts.SyntaxKind.ReturnKeyword || !ret || !ts.isReturnStatement(ret)) return false;
  for (let n: ts.Node = ret; n.parent; n = n.parent) {
    if (ts.isFunctionLike(n)) return isInstructionMethod(n);
  }
  return false;
}

function isInstructionMethod(n: ts.Node): boolean {
  return ts.isMethodDeclaration(n) && ts.isClassDeclaration(n.parent) && ts.isSourceFile(n.parent.parent);
}
