// The standard small workloads of the Solana framework benchmarks (Typhoon's benches/program-bench: ping,
// log, create_account, transfer, unchecked_accounts, accounts; plus a counter increment and an SPL Token
// transfer signed by a PDA), each a DSL program of tests/bench/workloads/, built with and without the
// `no-log-ix-name` feature. In: nothing. Out: per workload its program, its measured call (a Scenario),
// the published figures of other frameworks under their conditions, and the ceilings issue 12 set.
import anchor from '@coral-xyz/anchor';
import { TOKEN_PROGRAM_ID } from '@solana/spl-token';
import { PublicKey } from '@solana/web3.js';
import { join } from 'node:path';
import { SYSTEM_PROGRAM_ID } from '../support/compiled.js';
import { ata, createMint, fundAta } from '../support/tokens.js';
import { fixedKeypair, pda, SOL, type Scenario } from './scenario.js';

export const WORKLOADS_DIR = join(import.meta.dirname, 'workloads');

/**
 * Figures published in exotic-markets-labs/typhoon, benches/BENCHMARK.md (commit a0e681e0), columns
 * `vanilla` (Pinocchio), `anchor` and `typhoon`: the transaction's compute units on LiteSVM 0.8, every
 * workload an instruction of one program of six with 1-byte discriminators; Anchor's with its
 * `Instruction:` log; `accounts` passes one account ten times and checks it as AccountLoader<Data>.
 */
export interface Published {
  pinocchio: number;
  anchor: number;
  typhoon: number;
}

export interface Workload {
  /** The file name in tests/bench/workloads, without `.ts`, and the benchmark's name for the call. */
  name: string;
  /** What is measured, for the report. */
  description: string;
  published: Published | null;
  /** Issue 12's ceiling with `no-log-ix-name` on LiteSVM (with the log: at most 103 more). */
  ceiling: number | null;
  scenario: Scenario;
}

/** A program-owned account holding `fields` after the state's discriminator. */
async function ownedAccount(bench: Parameters<Scenario['run']>[0], state: string, label: string, fields: number[]): Promise<PublicKey> {
  const def = bench.program.program.stateAccounts.find((a) => a.name === state);
  if (!def) throw new Error(`the workload no longer declares ${state}`);
  const key = fixedKeypair(label).publicKey;
  const data = Uint8Array.from([...def.discriminator, ...fields]);
  await bench.rt.setAccount(key, { lamports: await bench.rt.minimumBalance(data.length), data, owner: bench.program.programId });
  return key;
}

const tenKeys = (label: string): Record<string, PublicKey> =>
  Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`account${i + 1}`, fixedKeypair(`${label} ${i + 1}`).publicKey]));

export const WORKLOADS: Workload[] = [
  {
    name: 'ping', description: 'no accounts, no arguments, does nothing',
    published: { pinocchio: 11, anchor: 229, typhoon: 13 }, ceiling: 20,
    scenario: { run: async ({ program, measure }) => measure('ping', program.ix('ping', {})) },
  },
  {
    name: 'log', description: 'logs one constant string',
    published: { pinocchio: 117, anchor: 333, typhoon: 117 }, ceiling: 115,
    scenario: { run: async ({ program, measure }) => measure('log', program.ix('log', {})) },
  },
  {
    name: 'create_account', description: '`init` of a keypair account of 9 bytes via the system program, one byte stored',
    published: { pinocchio: 1_575, anchor: 3_759, typhoon: 1_445 }, ceiling: 1_420,
    scenario: {
      async run({ rt, program, measure }) {
        const admin = fixedKeypair('workload admin');
        const account = fixedKeypair('workload new account');
        await rt.airdrop(admin.publicKey, SOL);
        await measure('create_account', program.ix('createAccount', {
          admin: admin.publicKey, account: { pubkey: account.publicKey, isSigner: true, isWritable: true }, systemProgram: SYSTEM_PROGRAM_ID,
        }), [admin, account]);
      },
    },
  },
  {
    name: 'transfer', description: 'SOL transfer (0.001 SOL) via the system program to a new account',
    published: { pinocchio: 1_290, anchor: 2_444, typhoon: 1_304 }, ceiling: 1_260,
    scenario: {
      async run({ rt, program, measure }) {
        const payer = fixedKeypair('workload payer');
        await rt.airdrop(payer.publicKey, SOL);
        await measure('transfer', program.ix('transfer', {
          payer: payer.publicKey, account: fixedKeypair('workload receiver').publicKey, systemProgram: SYSTEM_PROGRAM_ID,
        }, { amount: new anchor.BN(1_000_000) }), [payer]);
      },
    },
  },
  {
    name: 'unchecked_accounts', description: 'ten unchecked accounts, never read',
    published: { pinocchio: 99, anchor: 1_766, typhoon: 101 }, ceiling: 99,
    scenario: { run: async ({ program, measure }) => measure('unchecked_accounts', program.ix('uncheckedAccounts', tenKeys('unchecked'))) },
  },
  {
    name: 'accounts', description: 'ten `Account<Data>`: owner, discriminator and length checked; one account passed ten times',
    published: { pinocchio: 323, anchor: 1_783, typhoon: 292 }, ceiling: 263,
    scenario: {
      async run(bench) {
        const account = await ownedAccount(bench, 'Data', 'workload data', [7]);
        const keys = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`account${i + 1}`, account]));
        await bench.measure('accounts', bench.program.ix('accounts', keys));
      },
    },
  },
  {
    name: 'counter', description: 'checked increment of a u64 in a program-owned account',
    published: null, ceiling: null,
    scenario: {
      async run(bench) {
        const counter = await ownedAccount(bench, 'Counter', 'workload counter', new Array<number>(8).fill(0));
        await bench.measure('increment', bench.program.ix('increment', { counter }));
      },
    },
  },
  {
    name: 'token_transfer', description: 'SPL Token transfer whose authority is a PDA (stored bump), signed with its seeds',
    published: null, ceiling: null,
    scenario: {
      async run(bench) {
        const { rt, program, measure } = bench;
        const authority = pda(['authority'], program.programId);
        const [, bump] = PublicKey.findProgramAddressSync([Buffer.from('authority')], program.programId);
        const config = await ownedAccount(bench, 'Config', 'workload config', [bump]);
        const mint = await createMint(rt);
        const from = await fundAta(rt, mint, authority, 1_000n);
        const receiver = fixedKeypair('workload token receiver').publicKey;
        await fundAta(rt, mint, receiver, 0n);
        await measure('transfer', program.ix('transfer', {
          config, authority, from, to: ata(mint, receiver), tokenProgram: TOKEN_PROGRAM_ID,
        }, { amount: new anchor.BN(10) }));
      },
    },
  },
];
