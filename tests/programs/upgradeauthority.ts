// Shared execution-test program: settings that only the program's upgrade authority may write, found through the
// program's own ProgramData account (BPF upgradeable loader). Its PROGRAM_ID is the public key of a keypair the
// tests derive (sha256 of "poseidon-sbf test program: upgradeauthority" as the seed), so they can deploy it.
// Exercises: a ProgramData account, derive([MyProgram.PROGRAM_ID]) (seeds::program = the loader), reading its
// upgrade authority (the zero key when it has none) and its slot, in a require, an assignment and a log line.
import { Account, ProgramData, Pubkey, Result, Signer, require, u64, u8 } from "@solanaturbine/poseidon";

export default class UpgradeAuthorityProgram {
  static PROGRAM_ID = new Pubkey("GnstYWe4RekKoqxAhQiBuVXrET3Y7BPnSNheciH4WQAn");

  configure(admin: Signer, programData: ProgramData, settings: Settings, fee: u64): Result {
    programData.derive([UpgradeAuthorityProgram.PROGRAM_ID]);
    settings.derive(["settings"]).initIfNeeded(admin);
    require(programData.upgradeAuthorityAddress.eq(admin.key), SettingsError.NotUpgradeAuthority);
    settings.fee = fee;
    settings.deployedSlot = programData.slot;
    settings.bump = settings.getBump();
    console.log("configured by", programData.upgradeAuthorityAddress, "at slot", programData.slot);
  }
}

export interface Settings extends Account {
  fee: u64;
  deployedSlot: u64;
  bump: u8;
}

export enum SettingsError {
  NotUpgradeAuthority = "Only the program's upgrade authority may configure it",
}
