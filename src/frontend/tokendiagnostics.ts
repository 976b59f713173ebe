// TypeScript's "argument is not assignable" errors inside token calls → the DSL's own explanation.
// In: the node TypeScript rejected, inside `TokenProgram.<fn>(…)` or a Mint/TokenAccount/AssociatedTokenAccount
// `derive`. Out: a PS diagnostic naming the role the argument fills and what the role needs (a Mint, a
// token account, an account key…), or undefined when the node is not such an argument.
import { ts } from './typescript.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { dslError } from '../diagnostics/diagnostic.js';
import { Messages } from '../diagnostics/messages.js';
import { TOKEN_FNS } from '../ir/token.js';
import type { LowerContext } from './context.js';
import { typeText } from './types.js';

/** What one parameter of a token call accepts. */
type Need =
  | { kind: 'account'; role: string; text: string }
  | { kind: 'value'; type: string }
  | { kind: 'seeds' }
  | { kind: 'decimals' }
  | { kind: 'authorityType' };

const MINT_NEED = 'a Mint';
const HOLDER_NEED = 'a token account (TokenAccount or AssociatedTokenAccount)';
/** Roles whose account holds tokens, in TOKEN_FNS. */
const HOLDER_ROLES: ReadonlySet<string> = new Set(['from', 'to', 'source', 'account']);

const account = (role: string, text: string): Need => ({ kind: 'account', role, text });
const KEY_NEED = 'an account key (`acc.key`)';
const SEEDS: Need = { kind: 'seeds' };

/** The parameters of each token-kind `derive`, by DSL class and method. */
const DERIVE_PARAMS: Readonly<Record<string, Readonly<Record<string, readonly Need[]>>>> = {
  TokenAccount: {
    derive: [SEEDS, account('mint', 'a Mint (or its key)'), account('authority', KEY_NEED)],
    deriveWithBump: [SEEDS, account('mint', 'a Mint (or its key)'), account('authority', KEY_NEED), { kind: 'value', type: 'u8' }],
  },
  AssociatedTokenAccount: { derive: [account('mint', 'a Mint (or its key)'), account('authority', KEY_NEED)] },
  Mint: { derive: [SEEDS, account('authority', KEY_NEED), { kind: 'decimals' }, account('freeze authority', KEY_NEED)] },
};

function tokenProgramParams(method: string): readonly Need[] | undefined {
  if (method === 'setAuthority') {
    return [account('current authority', 'an account'), account('account', `${HOLDER_NEED} or a Mint`), { kind: 'authorityType' }, { kind: 'value', type: 'Pubkey' }, SEEDS];
  }
  if (method === 'initializeMint') {
    const key = 'an account or a Pubkey';
    return [account('mint', MINT_NEED), { kind: 'value', type: 'u8' }, account('authority', key), account('freeze authority', key), SEEDS];
  }
  if (!Object.hasOwn(TOKEN_FNS, method)) return undefined;
  const spec = TOKEN_FNS[method as keyof typeof TOKEN_FNS];
  return [
    ...spec.accounts.map((role) => account(role, role === 'mint' ? MINT_NEED : HOLDER_ROLES.has(role) ? HOLDER_NEED : 'an account')),
    ...spec.args.map((a): Need => ({ kind: 'value', type: typeText(a.type) })),
    SEEDS,
  ];
}

export function tokenArgumentProblem(ctx: LowerContext, node: ts.Node): Diagnostic | undefined {
  const found = callArgument(node);
  if (!found || !ts.isPropertyAccessExpression(found.call.expression)) return undefined;
  const { call, index, arg } = found;
  const callee = call.expression as ts.PropertyAccessExpression;
  const owner = callee.expression;
  const method = callee.name.text;
  const params = ctx.dslName(owner) === 'TokenProgram'
    ? tokenProgramParams(method)
    : DERIVE_PARAMS[ctx.dslTypeName(ctx.checker.getTypeAtLocation(owner)) ?? '']?.[method];
  const need = params?.[index];
  if (!need) return undefined;
  const span = ctx.span(arg);
  const argText = arg.getText(ctx.sourceFile);
  const actual = ctx.checker.typeToString(ctx.checker.getTypeAtLocation(arg));
  switch (need.kind) {
    case 'account': return dslError(Messages.TokenArgumentKind, span, callee.getText(ctx.sourceFile), need.text, need.role, argText, actual);
    case 'value': return dslError(Messages.TypeMismatch, span, need.type, actual);
    case 'seeds': return dslError(Messages.SeedsNotArray, span);
    case 'decimals': return dslError(Messages.MintDecimals, span, argText);
    case 'authorityType': return dslError(Messages.AuthorityTypeNotMember, span);
  }
}

/** The call argument that holds `node`, with its position. */
function callArgument(node: ts.Node): { call: ts.CallExpression; index: number; arg: ts.Expression } | undefined {
  for (let n: ts.Node = node; n.parent; n = n.parent) {
    const parent = n.parent;
    if (ts.isCallExpression(parent)) {
      const index = parent.arguments.indexOf(n as ts.Expression);
      return index >= 0 ? { call: parent, index, arg: n as ts.Expression } : undefined;
    }
  }
  return undefined;
}
