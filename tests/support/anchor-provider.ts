// An Anchor client Provider over the runtime layer, so an `@anchor-lang/core` (or `@coral-xyz/anchor`)
// Program drives a .so on LiteSVM and solana-bankrun alike. In: a Runtime. Out: a Provider whose
// connection answers the account reads the client makes (fetch, and account resolution through
// relations) and whose sendAndConfirm sends through the Runtime, the runtime's payer paying, and on
// failure throws web3's SendTransactionError with the logs, as a cluster's RPC does: `rpc()` then turns
// the AnchorError log line into an AnchorError.
import {
  SendTransactionError, type AccountInfo, type Connection, type PublicKey, type Signer, type Transaction, type VersionedTransaction,
} from '@solana/web3.js';
import type { Runtime } from '../../src/runtime/index.js';

/** The members of the clients' Provider interface a Program uses here (both clients declare the same shape). */
export interface RuntimeProvider {
  readonly connection: Connection;
  readonly publicKey: PublicKey;
  sendAndConfirm(tx: Transaction | VersionedTransaction, signers?: Signer[]): Promise<string>;
}

export function runtimeProvider(rt: Runtime): RuntimeProvider {
  const accountInfo = async (address: PublicKey): Promise<AccountInfo<Buffer> | null> => {
    const account = await rt.getAccount(address);
    if (!account) return null;
    return { lamports: Number(account.lamports), data: Buffer.from(account.data), owner: account.owner, executable: account.executable ?? false, rentEpoch: 0 };
  };
  const connection = {
    getAccountInfo: accountInfo,
    getAccountInfoAndContext: async (address: PublicKey) => ({ context: { slot: Number((await rt.getClock()).slot) }, value: await accountInfo(address) }),
    getMinimumBalanceForRentExemption: async (dataLength: number) => Number(await rt.minimumBalance(dataLength)),
  } as unknown as Connection;
  return {
    connection,
    publicKey: rt.payer.publicKey,
    async sendAndConfirm(tx, signers = []) {
      if (!('instructions' in tx)) throw new Error('internal: runtimeProvider sends legacy transactions only');
      const result = await rt.send(tx.instructions, signers);
      if (!result.ok) {
        const detail = result.error?.kind === 'instruction' && 'custom' in result.error.error
          ? `Error processing Instruction ${result.error.index}: custom program error: 0x${result.error.error.custom.toString(16)}`
          : JSON.stringify(result.error);
        throw new SendTransactionError({ action: 'send', signature: '', transactionMessage: detail, logs: result.logs });
      }
      return 'runtime';
    },
  };
}
