// The names the Solana 2.x and 3.x lines give what the host uses (Anchor 0.31, 0.32: solana-program-test 2.3;
// Anchor 1.x: 3.1), so main.rs, builtin.rs and logs.rs are one source for every flavor. In: the split Solana
// crates of either line, the log collector renamed `log_collector` (native-flavors.ts). Out: the types,
// `retain_log_lines` (logs.rs takes the copies solana-program-test logs out) and `forwarded_stubs!`, the
// syscall stubs logs.rs's wrapper passes to solana-program-test's unchanged.

pub use solana_account::{AccountSharedData, ReadableAccount, WritableAccount};
pub use solana_account_info::{AccountInfo, MAX_PERMITTED_DATA_INCREASE};
pub use solana_clock::Clock;
pub use solana_instruction::{error::InstructionError, Instruction};
pub use solana_program_error::{ProgramError, ProgramResult};
pub use solana_program_runtime::stable_log;
pub use solana_program_test as program_test;
pub use solana_program_test::{InvokeContext, ProgramTest, ProgramTestContext};
pub use solana_pubkey::{Pubkey, PubkeyError};
pub use log_collector::LogCollector;
pub use solana_sysvar::program_stubs::{set_syscall_stubs, SyscallStubs};
pub use solana_transaction::versioned::VersionedTransaction;
pub use solana_transaction_error::TransactionError;

/// Keeps the log lines `keep` accepts (by index), as if only those had been logged.
pub fn retain_log_lines(collector: &mut LogCollector, mut keep: impl FnMut(usize, &str) -> bool) {
    let mut index = 0;
    let mut removed = 0;
    collector.messages.retain(|line| {
        let kept = keep(index, line);
        index += 1;
        if !kept {
            removed += line.len();
        }
        kept
    });
    collector.bytes_written = collector.bytes_written.saturating_sub(removed);
}

#[macro_export]
macro_rules! forwarded_stubs {
    () => {
        fn sol_get_clock_sysvar(&self, var_addr: *mut u8) -> u64 {
            self.inner.sol_get_clock_sysvar(var_addr)
        }
        fn sol_get_epoch_schedule_sysvar(&self, var_addr: *mut u8) -> u64 {
            self.inner.sol_get_epoch_schedule_sysvar(var_addr)
        }
        fn sol_get_fees_sysvar(&self, var_addr: *mut u8) -> u64 {
            self.inner.sol_get_fees_sysvar(var_addr)
        }
        fn sol_get_rent_sysvar(&self, var_addr: *mut u8) -> u64 {
            self.inner.sol_get_rent_sysvar(var_addr)
        }
        fn sol_get_epoch_rewards_sysvar(&self, var_addr: *mut u8) -> u64 {
            self.inner.sol_get_epoch_rewards_sysvar(var_addr)
        }
        fn sol_get_last_restart_slot(&self, var_addr: *mut u8) -> u64 {
            self.inner.sol_get_last_restart_slot(var_addr)
        }
        fn sol_get_sysvar(&self, sysvar_id_addr: *const u8, var_addr: *mut u8, offset: u64, length: u64) -> u64 {
            self.inner.sol_get_sysvar(sysvar_id_addr, var_addr, offset, length)
        }
        fn sol_get_return_data(&self) -> Option<($crate::sdk::Pubkey, Vec<u8>)> {
            self.inner.sol_get_return_data()
        }
        fn sol_set_return_data(&self, data: &[u8]) {
            self.inner.sol_set_return_data(data)
        }
        fn sol_get_stack_height(&self) -> u64 {
            self.inner.sol_get_stack_height()
        }
        fn sol_remaining_compute_units(&self) -> u64 {
            self.inner.sol_remaining_compute_units()
        }
        fn sol_log_compute_units(&self) {
            self.inner.sol_log_compute_units()
        }
        fn sol_get_epoch_stake(&self, vote_address: *const u8) -> u64 {
            self.inner.sol_get_epoch_stake(vote_address)
        }
        fn sol_get_processed_sibling_instruction(&self, index: usize) -> Option<$crate::sdk::Instruction> {
            self.inner.sol_get_processed_sibling_instruction(index)
        }
    };
}
