// The Solana 1.18 line's names for what the host uses (Anchor 0.29, 0.30: solana-program-test 1.18), so
// main.rs, builtin.rs and logs.rs are one source for every flavor. In: solana-sdk 1.18 and
// solana-program-runtime 1.18. Out: the types, `retain_log_lines` (logs.rs takes the copies
// solana-program-test logs out) and `forwarded_stubs!`, the syscall stubs logs.rs's wrapper passes to
// solana-program-test's unchanged.

use std::rc::Rc;

pub use solana_program_runtime::log_collector::LogCollector;
pub use solana_program_runtime::stable_log;
pub use solana_program_test as program_test;
pub use solana_program_test::{InvokeContext, ProgramTest, ProgramTestContext};
pub use solana_sdk::account::{AccountSharedData, ReadableAccount, WritableAccount};
pub use solana_sdk::account_info::AccountInfo;
pub use solana_sdk::clock::Clock;
pub use solana_sdk::entrypoint::{ProgramResult, MAX_PERMITTED_DATA_INCREASE};
pub use solana_sdk::instruction::{Instruction, InstructionError};
pub use solana_sdk::program_error::ProgramError;
pub use solana_sdk::program_stubs::{set_syscall_stubs, SyscallStubs};
pub use solana_sdk::pubkey::{Pubkey, PubkeyError};
pub use solana_sdk::transaction::{TransactionError, VersionedTransaction};

/// The byte limit solana-runtime 1.18's `process_transaction_with_metadata` gives each transaction's log.
const LOG_BYTES_LIMIT: usize = 1000 * 1000;

/// Keeps the log lines `keep` accepts (by index), as if only those had been logged. 1.18's collector
/// keeps its lines private, so it is rebuilt from the kept ones.
pub fn retain_log_lines(collector: &mut LogCollector, mut keep: impl FnMut(usize, &str) -> bool) {
    let lines = std::mem::take(collector).into_messages();
    let fresh = LogCollector::new_ref_with_limit(Some(LOG_BYTES_LIMIT));
    for (index, line) in lines.iter().enumerate() {
        if keep(index, line) {
            fresh.borrow_mut().log(line);
        }
    }
    *collector = Rc::try_unwrap(fresh).map(std::cell::RefCell::into_inner).unwrap_or_default();
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
        fn sol_get_processed_sibling_instruction(&self, index: usize) -> Option<$crate::sdk::Instruction> {
            self.inner.sol_get_processed_sibling_instruction(index)
        }
    };
}
