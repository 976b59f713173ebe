// Deploying a program into an in-process runtime through the BPF upgradeable loader, as `poseidon deploy` does on
// a cluster: buffer, writes, DeployWithMaxDataLen, so the program gets its ProgramData account and the runtime's
// payer becomes its upgrade authority. LiteSVM's addProgram and solana-bankrun's start/startAnchor load programs
// with the non-upgradeable loader, which leaves no ProgramData for a program that checks its upgrade authority.
// In: a Runtime, the ELF and the program id's keypair. Out: the program deployed (and its new code live), or an
// Error naming the step that failed, with the transaction's logs.
import type { Signer } from '@solana/web3.js';
import type { Runtime } from '../runtime/index.js';
import { executeDeployment, planDeployment } from './deploy.js';
import { runtimeConnection } from './runtime-connection.js';

export async function deployToRuntime(runtime: Runtime, so: Uint8Array, programKeypair: Signer): Promise<void> {
  const connection = runtimeConnection(runtime);
  const request = { so, programId: programKeypair.publicKey, wallet: runtime.payer };
  const planned = await planDeployment(connection, request);
  if (!planned.ok) throw new Error(`deploying ${programKeypair.publicKey.toBase58()}: ${planned.error}`);
  // Writes go one at a time: both runtimes execute transactions in order anyway.
  const deployed = await executeDeployment(connection, planned.plan, request, { programKeypair });
  if (!deployed.ok) throw new Error(`deploying ${programKeypair.publicKey.toBase58()}: ${deployed.error}\n${deployed.logs.join('\n')}`);
}
