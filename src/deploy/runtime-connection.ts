// The DeployConnection over the in-process runtime layer (bankrun or litesvm): deploys and upgrades
// programs inside a test exactly as on a cluster. The runtime's payer is the only fee payer it has.
// In: a Runtime. Out: a DeployConnection whose failures carry the runtime's logs.

import type { PublicKey, Signer, TransactionInstruction } from '@solana/web3.js';
import type { Runtime, TxError } from '../runtime/index.js';
import { TransactionFailedError, type ChainAccount, type DeployConnection } from './connection.js';

/** Both runtimes charge Solana's default base fee (measured with tests/deploy/deploy.test.ts's exact-balance case). */
const LAMPORTS_PER_SIGNATURE = 5000n;

export function runtimeConnection(runtime: Runtime): DeployConnection {
  return {
    label: `in-process ${runtime.kind}`,
    async getAccount(address: PublicKey): Promise<ChainAccount | null> {
      const account = await runtime.getAccount(address);
      return account && { ...account, executable: account.executable ?? false };
    },
    async getBalance(address: PublicKey): Promise<bigint> {
      return (await runtime.getAccount(address))?.lamports ?? 0n;
    },
    minimumBalance: (dataLen) => runtime.minimumBalance(dataLen),
    feePerSignature: async () => LAMPORTS_PER_SIGNATURE,
    async send(ixs: TransactionInstruction[], signers: Signer[]): Promise<void> {
      const [feePayer, ...others] = signers;
      if (!feePayer?.publicKey.equals(runtime.payer.publicKey)) {
        throw new Error('internal: an in-process deploy must be paid by the runtime payer');
      }
      const result = await runtime.send(ixs, others);
      if (!result.ok) throw new TransactionFailedError(describeTxError(result.error), result.logs);
    },
    advanceSlot: () => runtime.advanceSlot(),
  };
}

function describeTxError(error: TxError | null): string {
  if (!error) return 'transaction failed';
  if (error.kind === 'transaction') return error.name;
  const detail = 'custom' in error.error ? `custom program error ${error.error.custom}` : error.error.name;
  return `instruction ${error.index}: ${detail}`;
}
