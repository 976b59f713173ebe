// The .so behaves as the Anchor release it targets, on both runtimes: what docs/anchor-contract.md describes for
// 0.30–0.32 and what changed in 1.x (read from the anchor-lang / anchor-syn sources of each release).
// The same test programs are built for the default release (1.2) and for the one a Poseidon project may pin.
//   1.x: duplicate mutable accounts rejected (2040); token::mint / token::authority failures name the
//        account and log both keys; `init` of a funded account is one CreateAccountAllowPrefund; the IDL
//        instruction tag is one more unknown discriminator (101).
//   0.30 and 0.29: data shorter than 8 bytes is 100 InstructionMissing; 100, 3001 and 3002 have their old
//        messages. 0.29: no 4102 (a conversion out of range overflows).
import anchor from '@coral-xyz/anchor';
import { TOKEN_PROGRAM_ID } from '@solana/spl-token';
import { Keypair, PublicKey, TransactionInstruction } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { anchorErrorLine, errorCode, type Runtime, type TxResult } from '../../src/runtime/index.js';
import { createRuntime, RUNTIME_KINDS } from '../support/runtimes.js';
import { compileTestProgram, SYSTEM_PROGRAM_ID, type CompiledProgram } from '../support/compiled.js';
import { createMint, fundAta, tokenBalance } from '../support/tokens.js';

const { BN } = anchor;
const SYSTEM = SYSTEM_PROGRAM_ID.toBase58();
/** The IDL-management instruction tag Anchor up to 0.32 routes to its built-in IDL instructions. */
const IDL_IX_TAG = Buffer.from([64, 244, 188, 120, 167, 233, 105, 10]);

// Compiled once, before the tests run: (program, release) → build.
const BUILDS = [
  ['tokenops.ts', undefined], ['tokenops.ts', '0.32.1'], ['counter.ts', undefined], ['counter.ts', '0.32.1'],
  ['counter.ts', '0.31.1'], ['counter.ts', '0.30.1'], ['counter.ts', '0.29.0'], ['ledger.ts', undefined], ['ledger.ts', '0.29.0'],
] as const;
for (const [file, version] of BUILDS) compileTestProgram(file, version);

const runtimeFor = (p: CompiledProgram, kind: (typeof RUNTIME_KINDS)[number]) =>
  createRuntime(kind, { programs: [{ programId: p.programId, so: p.so, name: p.program.name }] });
const programLogs = (r: TxResult) => r.logs.filter((l) => l.startsWith('Program log: '));

describe.each(RUNTIME_KINDS)('Anchor releases on %s', (kind) => {
  // Natively each release builds against the solana-program-test of its own Solana line
  // (src/runtime/native-flavors.ts: 1.2 under 3.1, 0.31 and 0.32 under 2.3, 0.29 and 0.30 under 1.18).
  describe('duplicate mutable token accounts: TokenProgram.transfer from an account into itself', () => {
    const selfTransfer = async (anchorVersion?: string) => {
      const ops = compileTestProgram('tokenops.ts', anchorVersion);
      const rt = await runtimeFor(ops, kind);
      const owner = Keypair.generate();
      await rt.airdrop(owner.publicKey, 1_000_000_000n);
      const account = await fundAta(rt, await createMint(rt), owner.publicKey, 100n);
      const ix = ops.ix('transfer', { owner: owner.publicKey, from: account, to: account, tokenProgram: TOKEN_PROGRAM_ID }, { amount: new BN(40) });
      return { r: await rt.send([ix], [owner]), balance: () => tokenBalance(rt, account) };
    };

    it('1.2: rejected with 2040, caused by `to`, before the token program is called', async () => {
      const { r, balance } = await selfTransfer();
      expect(errorCode(r)).toBe(2040);
      expect(programLogs(r)).toEqual([
        'Program log: Instruction: Transfer',
        'Program log: AnchorError caused by account: to. Error Code: ConstraintDuplicateMutableAccount. Error Number: 2040. Error Message: A duplicate mutable account constraint was violated.',
      ]);
      expect(await balance()).toBe(100n);
    });

    it('0.32: accepted; the token program moves the tokens onto the same account', async () => {
      const { r, balance } = await selfTransfer('0.32.1');
      expect(r.error).toBeNull();
      expect(r.logs).toContain(`Program ${TOKEN_PROGRAM_ID.toBase58()} success`);
      expect(await balance()).toBe(100n);
    });
  });

  it('0.32: a failed token::mint check is "AnchorError occurred", without the account or the keys (1.x: tokenops.test.ts)', async () => {
    const ops = compileTestProgram('tokenops.ts', '0.32.1');
    const rt = await runtimeFor(ops, kind);
    const admin = Keypair.generate();
    await rt.airdrop(admin.publicKey, 1_000_000_000n);
    const pda = (seed: string) => PublicKey.findProgramAddressSync([Buffer.from(seed)], ops.programId)[0];
    const [authority, mint, vault] = [pda('authority'), pda('mint'), pda('vault')];
    const programs = { systemProgram: SYSTEM_PROGRAM_ID, tokenProgram: TOKEN_PROGRAM_ID };
    expect((await rt.send([ops.ix('initialize', { admin: admin.publicKey, authority, mint, vault, ...programs })], [admin])).error).toBeNull();
    const to = await fundAta(rt, mint, admin.publicKey, 0n);
    const other = await createMint(rt);
    const r = await rt.send([ops.ix('pdaTransferChecked', { admin: admin.publicKey, authority, mint: other, vault, to, ...programs }, { amount: new BN(1), decimals: 6 })], [admin]);
    expect(errorCode(r)).toBe(2014);
    expect(programLogs(r).slice(1)).toEqual(['Program log: AnchorError occurred. Error Code: ConstraintTokenMint. Error Number: 2014. Error Message: A token mint constraint was violated.']);
  });

  describe('init of an account that already holds lamports (someone sent some to the counter PDA)', () => {
    const initPrefunded = async (anchorVersion?: string) => {
      const counter = compileTestProgram('counter.ts', anchorVersion);
      const rt = await runtimeFor(counter, kind);
      const owner = Keypair.generate();
      await rt.airdrop(owner.publicKey, 1_000_000_000n);
      const [pda] = PublicKey.findProgramAddressSync([Buffer.from('counter'), owner.publicKey.toBuffer()], counter.programId);
      await rt.airdrop(pda, 1_000n);
      const r = await rt.send([counter.ix('initialize', { authority: owner.publicKey, counter: pda, systemProgram: SYSTEM_PROGRAM_ID })], [owner]);
      return { r, account: await rt.getAccount(pda), minimum: await rt.minimumBalance(49), rt };
    };
    const systemCalls = (r: TxResult) => r.logs.filter((l) => l === `Program ${SYSTEM} invoke [2]`).length;

    // Not on native: solana-program-test 3.1's System program (Agave 3.1) predates CreateAccountAllowPrefund
    // too, where litesvm runs it; a runtime difference, not a backend one (as in counter.test.ts).
    it.skipIf(kind === 'native')('1.2: one CreateAccountAllowPrefund call, which LiteSVM runs and bankrun (Solana 1.18) does not know', async () => {
      const { r, account, minimum } = await initPrefunded();
      expect(systemCalls(r)).toBe(1);
      if (kind === 'litesvm') {
        expect(r.error).toBeNull();
        expect(account!.lamports).toBe(minimum);
        expect(account!.data.length).toBe(49);
      } else {
        expect(r.error).toEqual({ kind: 'instruction', index: 0, error: { name: 'InvalidInstructionData' } });
        expect(r.logs).toContain(`Program ${SYSTEM} failed: invalid instruction data`);
        expect(account).toEqual({ lamports: 1_000n, data: new Uint8Array(0), owner: SYSTEM_PROGRAM_ID, executable: false });
      }
    });

    it('0.32: Transfer (the top-up), Allocate and Assign, on both runtimes', async () => {
      const { r, account, minimum } = await initPrefunded('0.32.1');
      expect(r.error).toBeNull();
      expect(systemCalls(r)).toBe(3);
      expect([account!.lamports, account!.data.length]).toEqual([minimum, 49]);
    });
  });

  describe('the IDL instruction tag', () => {
    it('1.2: no IDL instructions without `#[program(legacy_idl)]`: 101 InstructionFallbackNotFound', async () => {
      const counter = compileTestProgram('counter.ts');
      const rt = await runtimeFor(counter, kind);
      const r = await rt.send([new TransactionInstruction({ programId: counter.programId, keys: [], data: Buffer.concat([IDL_IX_TAG, Buffer.from([0])]) })]);
      expect(errorCode(r)).toBe(101);
      expect(anchorErrorLine(r.logs)).toBe('Program log: AnchorError occurred. Error Code: InstructionFallbackNotFound. Error Number: 101. Error Message: Fallback functions are not supported.');
    });
  });

  describe('instruction data shorter than a discriminator', () => {
    const shortData = async (anchorVersion?: string) => {
      const counter = compileTestProgram('counter.ts', anchorVersion);
      const rt = await runtimeFor(counter, kind);
      return rt.send([new TransactionInstruction({ programId: counter.programId, keys: [], data: Buffer.from([1, 2, 3]) })]);
    };

    it.each([['1.2', undefined], ['0.32', '0.32.1'], ['0.31', '0.31.1']])('%s: 101 InstructionFallbackNotFound', async (_, version) => {
      const r = await shortData(version);
      expect(errorCode(r)).toBe(101);
      expect(anchorErrorLine(r.logs)).toBe('Program log: AnchorError occurred. Error Code: InstructionFallbackNotFound. Error Number: 101. Error Message: Fallback functions are not supported.');
    });

    it.each(['0.30.1', '0.29.0'])('%s: 100 InstructionMissing, with the message of that release', async (version) => {
      const r = await shortData(version);
      expect(errorCode(r)).toBe(100);
      expect(anchorErrorLine(r.logs)).toBe('Program log: AnchorError occurred. Error Code: InstructionMissing. Error Number: 100. Error Message: 8 byte instruction identifier not provided.');
    });
  });

  describe('a counter whose discriminator was tampered with', () => {
    const tampered = async (anchorVersion?: string) => {
      const counter = compileTestProgram('counter.ts', anchorVersion);
      const rt = await runtimeFor(counter, kind);
      const owner = Keypair.generate();
      await rt.airdrop(owner.publicKey, 1_000_000_000n);
      const [pda] = PublicKey.findProgramAddressSync([Buffer.from('counter'), owner.publicKey.toBuffer()], counter.programId);
      await rt.send([counter.ix('initialize', { authority: owner.publicKey, counter: pda, systemProgram: SYSTEM_PROGRAM_ID })], [owner]);
      const state = (await rt.getAccount(pda))!;
      const data = Uint8Array.from(state.data);
      data[0] ^= 0xff;
      await rt.setAccount(pda, { ...state, data });
      return rt.send([counter.ix('increment', { authority: owner.publicKey, counter: pda })], [owner]);
    };

    it('1.2: 3002 "Account discriminator did not match what was expected"', async () => {
      expect(anchorErrorLine((await tampered()).logs)).toBe('Program log: AnchorError caused by account: counter. Error Code: AccountDiscriminatorMismatch. Error Number: 3002. Error Message: Account discriminator did not match what was expected.');
    });

    it('0.30: 3002 with the 0.30 message "8 byte discriminator did not match what was expected"', async () => {
      expect(anchorErrorLine((await tampered('0.30.1')).logs)).toBe('Program log: AnchorError caused by account: counter. Error Code: AccountDiscriminatorMismatch. Error Number: 3002. Error Message: 8 byte discriminator did not match what was expected.');
    });
  });

  describe('a u128 → u64 conversion out of range (ledger.shrink with volume = 2^64)', () => {
    const overflowingShrink = async (anchorVersion?: string) => {
      const ledger = compileTestProgram('ledger.ts', anchorVersion);
      const rt: Runtime = await runtimeFor(ledger, kind);
      const [owner, account] = [Keypair.generate(), Keypair.generate()];
      await rt.airdrop(owner.publicKey, 1_000_000_000n);
      const limits = { max_entry: new BN(5_000_000), fee_bps: new BN(100) };
      await rt.send([ledger.ix('open', { owner: owner.publicKey, ledger: account.publicKey, systemProgram: SYSTEM_PROGRAM_ID }, { limits })], [owner, account]);
      const state = (await rt.getAccount(account.publicKey))!;
      const data = Uint8Array.from(state.data);
      new DataView(data.buffer).setBigUint64(65 + 8, 1n, true);
      await rt.setAccount(account.publicKey, { ...state, data });
      return rt.send([ledger.ix('shrink', { owner: owner.publicKey, ledger: account.publicKey }, { factor: 1 })], [owner]);
    };

    it('1.2: 4102 InvalidNumericConversion', async () => {
      expect(errorCode(await overflowingShrink())).toBe(4102);
    });

    it('0.29 (which has no 4102): ArithmeticOverflow, as the Rust for 0.29 maps it', async () => {
      const r = await overflowingShrink('0.29.0');
      expect(errorCode(r)).toBe('ArithmeticOverflow');
      expect(r.logs).toContain('Program log: ProgramError occurred. Error Code: ArithmeticOverflow. Error Number: 103079215104. Error Message: Program arithmetic overflowed.');
    });
  });
});
