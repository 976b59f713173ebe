// Elements of the fixed arrays of zero-copy accounts: `board.cells[i]`, read or assigned.
// In: an element access expression in an instruction body, and its scope. Out: the IR element (account, field
// path, index, element type), or null after a located diagnostic (not a FixedArray field of a zero-copy
// account, an index that is no unsigned integer of at most 64 bits, use inside a helper function).
import { ts } from './typescript.js';
import type { Expr, Type } from '../ir/types.js';
import { INT_BITS } from '../ir/types.js';
import { Messages } from '../diagnostics/messages.js';
import type { BodyEnv, Scope } from './scope.js';
import { typeText } from './types.js';
import { exprType, lowerUnchecked, walkFields } from './expressions.js';

export interface LoweredElement {
  account: string;
  path: string[];
  index: Expr;
  type: Type;
}

const U64: Type = { kind: 'int', name: 'u64' };

export function lowerElement(env: BodyEnv, scope: Scope, node: ts.ElementAccessExpression): LoweredElement | null {
  const { ctx } = env;
  const names: ts.Identifier[] = [];
  let root: ts.Expression = node.expression;
  while (ts.isPropertyAccessExpression(root) && ts.isIdentifier(root.name)) {
    names.unshift(root.name);
    root = root.expression;
  }
  const b = ts.isIdentifier(root) ? scope.lookup(root.text) : undefined;
  const arrayText = node.expression.getText(ctx.sourceFile);
  if (b?.kind !== 'account' || !b.state?.zeroCopy || names.length === 0) {
    ctx.error(Messages.ElementNotFixedArray, node.expression, arrayText);
    return null;
  }
  const walked = walkFields(env, b.state.name, b.state.fields, names);
  if (!walked) return null;
  if (walked.type.kind !== 'array') {
    ctx.error(Messages.ElementNotFixedArray, node.expression, arrayText);
    return null;
  }
  // A literal index is a u64 (Rust's usize on SBF); any other must already be an unsigned integer of 64 bits or fewer.
  const index = lowerUnchecked(env, scope, node.argumentExpression, U64);
  if (!index) return null;
  const indexType = exprType(index);
  if (indexType.kind !== 'int' || indexType.name.startsWith('i') || INT_BITS[indexType.name] > 64) {
    ctx.error(Messages.ElementIndexType, node.argumentExpression, node.argumentExpression.getText(ctx.sourceFile), typeText(indexType));
    return null;
  }
  return { account: b.param.name, path: walked.path, index, type: walked.type.elem };
}
