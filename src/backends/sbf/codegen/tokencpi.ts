// `TokenProgram.<fn>(…)` → one SPL Token instruction through sol_invoke_signed_c. In: the IR statement
// (roles → account parameters, value arguments, optional PDA signer seeds). Out: the CPI, with the
// instruction data of src/ir/token.ts (tag ‖ little-endian args) and the metas in SPL's account order.
import type { Expr, Stmt } from '../../../ir/types.js';
import { MINT_SIZE, SET_AUTHORITY, TOKEN_FNS } from '../../../ir/token.js';
import { emitCreateAccount } from './createaccount.js';
import type { InstructionGen } from './context.js';
import { emitInvoke, type CpiMeta, type CpiSigner } from './invoke.js';
import type { ExprGen } from './expr.js';
import { RECORD } from './layout.js';
import { intSize, typeOf } from './values.js';

export function emitTokenCpi(g: InstructionGen, exprs: ExprGen, s: Stmt & { kind: 'tokenCpi' }): void {
  const role = (r: string): string => {
    const name = s.accounts[r];
    if (name === undefined) throw new Error(`internal: ${s.fn} without its ${r} account`);
    return name;
  };
  const signer = s.signerSeeds ? { seeds: s.signerSeeds } : undefined;
  if (s.fn === 'setAuthority') emitSetAuthority(g, exprs, s, role, signer);
  else if (s.fn === 'initializeMint') emitInitializeMint(g, exprs, s, role, signer);
  else emitPlainTokenCpi(g, exprs, s, role, signer);
}

/** InitializeMint2: tag ‖ decimals ‖ the authority's key ‖ COption<Pubkey> freeze authority (1 + 32 bytes). */
function emitInitializeMint(
  g: InstructionGen, exprs: ExprGen, s: Stmt & { kind: 'tokenCpi' }, role: (r: string) => string, signer: CpiSigner | undefined,
): void {
  const a = g.cg.asm;
  const spec = TOKEN_FNS.initializeMint;
  const [decimals, authority, freeze] = s.args;
  if (s.createMint) {
    // An account with no lamports does not exist yet: create it (82 bytes, owned by the Token program) first.
    const exists = a.newLabel(`${role('mint')}_exists`);
    g.loadRecord('r2', role('mint'));
    a.ldx(8, 'r3', 'r2', RECORD.lamports);
    a.jumpIf('jne', 'r3', 0, exists);
    emitCreateAccount(g, { account: role('mint'), payer: s.createMint.payer }, MINT_SIZE, 'token');
    a.bind(exists);
  }
  emitInvoke(g, {
    program: 'token', metas: [{ account: role('mint'), writable: true, signer: false }], dataLen: 67, signer,
    writeData: (d) => {
      a.st(1, 'r10', d, spec.tag);
      const v = exprs.value(decimals);
      a.stx(1, 'r10', d + 1, v);
      exprs.free(v);
      emitCopyKey(g, exprs, authority, d + 2);
      emitCOptionKey(g, exprs, freeze, d + 34);
    },
  });
}

/**
 * A COption<Pubkey> in instruction data at r10 + at: 0 and a zero key when absent, 1 and the key for a Pubkey,
 * and an optional argument's own tag and key (its value bytes are zero when it is None).
 */
function emitCOptionKey(g: InstructionGen, exprs: ExprGen, e: Expr | undefined, at: number): void {
  const a = g.cg.asm;
  if (!e) {
    a.st(1, 'r10', at, 0);
    for (let w = 0; w < 4; w++) a.st(8, 'r10', at + 1 + 8 * w, 0);
    return;
  }
  if (typeOf(e).kind !== 'option') {
    a.st(1, 'r10', at, 1);
    emitCopyKey(g, exprs, e, at + 1);
    return;
  }
  const r = exprs.value(e);
  a.ldx(1, 'r0', r, 0);
  a.stx(1, 'r10', at, 'r0');
  for (let w = 0; w < 4; w++) {
    a.ldx(8, 'r0', r, 1 + 8 * w);
    a.stx(8, 'r10', at + 1 + 8 * w, 'r0');
  }
  exprs.free(r);
}

/** SetAuthority: tag ‖ authority type ‖ COption<Pubkey> (1 + 32 bytes), the value arguments evaluated in place. */
function emitSetAuthority(
  g: InstructionGen, exprs: ExprGen, s: Stmt & { kind: 'tokenCpi' }, role: (r: string) => string, signer: CpiSigner | undefined,
): void {
  const a = g.cg.asm;
  const [kind, newAuthority] = s.args;
  const metas: CpiMeta[] = [
    { account: role(SET_AUTHORITY.accounts[1]), writable: true, signer: false },
    { account: role(SET_AUTHORITY.accounts[0]), writable: false, signer: true },
  ];
  emitInvoke(g, {
    program: 'token', metas, dataLen: 35, signer,
    writeData: (d) => {
      a.st(1, 'r10', d, SET_AUTHORITY.tag);
      const v = exprs.value(kind);
      a.stx(1, 'r10', d + 1, v);
      exprs.free(v);
      emitCOptionKey(g, exprs, newAuthority, d + 2);
    },
  });
}

/** Copies the pubkey value `e` to r10 + at. */
function emitCopyKey(g: InstructionGen, exprs: ExprGen, e: Expr, at: number): void {
  const a = g.cg.asm;
  const { at: [base, from], reg } = exprs.addressOf(e);
  for (let w = 0; w < 4; w++) {
    a.ldx(8, 'r0', base, from + 8 * w);
    a.stx(8, 'r10', at + 8 * w, 'r0');
  }
  exprs.free(reg);
}

/**
 * Every other token instruction: tag ‖ its value arguments ‖ (InitializeAccount3) the owner's key. The data
 * is written first, while the scratch registers are free, each value evaluated straight into its place.
 */
function emitPlainTokenCpi(
  g: InstructionGen, exprs: ExprGen, s: Stmt & { kind: 'tokenCpi' }, role: (r: string) => string, signer: CpiSigner | undefined,
): void {
  const a = g.cg.asm;
  const spec = TOKEN_FNS[s.fn as Exclude<typeof s.fn, 'setAuthority'>];
  const metas: CpiMeta[] = spec.metas.map((m) => ({ account: role(m.role), writable: m.writable, signer: m.signer }));
  const authorityKey = s.fn === 'initializeAccount';
  const sizes = s.args.map((e) => {
    const t = typeOf(e);
    return t.kind === 'int' ? intSize(t.name) : 32;
  });
  const dataLen = 1 + sizes.reduce((n, size) => n + size, 0) + (authorityKey ? 32 : 0);
  emitInvoke(g, {
    program: 'token', metas, dataLen, signer,
    writeData: (d) => {
      a.st(1, 'r10', d, spec.tag);
      let at = d + 1;
      s.args.forEach((e, i) => {
        if (typeOf(e).kind === 'pubkey') emitCopyKey(g, exprs, e, at);
        else {
          const v = exprs.value(e);
          a.stx(sizes[i] as 1 | 2 | 4 | 8, 'r10', at, v);
          exprs.free(v);
        }
        at += sizes[i];
      });
      if (authorityKey) {
        // InitializeAccount3 carries the new account's owner in its data.
        g.loadRecord('r2', role('authority'));
        for (let w = 0; w < 4; w++) {
          a.ldx(8, 'r0', 'r2', RECORD.key + 8 * w);
          a.stx(8, 'r10', at + 8 * w, 'r0');
        }
      }
    },
  });
}
