// `TokenProgram.<fn>(…)` → one SPL Token instruction through sol_invoke_signed_c. In: the IR statement
// (roles → account parameters, value arguments, optional PDA signer seeds). Out: the CPI, with the
// instruction data of src/ir/token.ts (tag ‖ little-endian args) and the metas in SPL's account order.
import type { Stmt } from '../../../ir/types.js';
import { SET_AUTHORITY, TOKEN_FNS } from '../../../ir/token.js';
import type { InstructionGen } from './context.js';
import { emitInvoke, type CpiMeta } from './cpi.js';
import type { ExprGen } from './expr.js';
import { RECORD } from './layout.js';
import { intSize, typeOf } from './values.js';

export function emitTokenCpi(g: InstructionGen, exprs: ExprGen, s: Stmt & { kind: 'tokenCpi' }): void {
  const a = g.cg.asm;
  const role = (r: string): string => {
    const name = s.accounts[r];
    if (name === undefined) throw new Error(`internal: ${s.fn} without its ${r} account`);
    return name;
  };
  // Evaluate the value arguments into stack slots first: building the CPI uses the scratch registers.
  const values = s.args.map((e) => {
    const slot = g.cg.frame.alloc(32);
    const v = exprs.value(e);
    const t = typeOf(e);
    if (t.kind === 'pubkey') {
      for (let w = 0; w < 4; w++) {
        a.ldx(8, 'r0', v, 8 * w);
        a.stx(8, 'r10', slot + 8 * w, 'r0');
      }
    } else a.stx(8, 'r10', slot, v);
    exprs.free(v);
    return { slot, size: t.kind === 'int' ? intSize(t.name) : 32 };
  });
  const signer = s.signerSeeds ? { seeds: s.signerSeeds } : undefined;

  if (s.fn === 'setAuthority') {
    const [kind, newAuthority] = values;
    const metas: CpiMeta[] = [
      { account: role(SET_AUTHORITY.accounts[1]), writable: true, signer: false },
      { account: role(SET_AUTHORITY.accounts[0]), writable: false, signer: true },
    ];
    emitInvoke(g, {
      program: 'token', metas, dataLen: 35, signer,
      writeData: (d) => {
        a.st(1, 'r10', d, SET_AUTHORITY.tag);
        a.ldx(1, 'r0', 'r10', kind.slot);
        a.stx(1, 'r10', d + 1, 'r0');
        a.st(1, 'r10', d + 2, newAuthority ? 1 : 0);
        for (let w = 0; w < 4; w++) {
          if (newAuthority) a.ldx(8, 'r0', 'r10', newAuthority.slot + 8 * w);
          else a.mov('r0', 0);
          a.stx(8, 'r10', d + 3 + 8 * w, 'r0');
        }
      },
    });
    return;
  }

  const spec = TOKEN_FNS[s.fn];
  const metas: CpiMeta[] = spec.metas.map((m) => ({ account: role(m.role), writable: m.writable, signer: m.signer }));
  const authorityKey = s.fn === 'initializeAccount';
  const dataLen = 1 + values.reduce((n, v) => n + v.size, 0) + (authorityKey ? 32 : 0);
  emitInvoke(g, {
    program: 'token', metas, dataLen, signer,
    writeData: (d) => {
      a.st(1, 'r10', d, spec.tag);
      let at = d + 1;
      for (const v of values) {
        a.ldx(v.size as 1 | 2 | 4 | 8, 'r0', 'r10', v.slot);
        a.stx(v.size as 1 | 2 | 4 | 8, 'r10', at, 'r0');
        at += v.size;
      }
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
