// Registers an Anchor program's `entry` as a solana-program-test builtin.
// In: the program crate's name and how its release's panic handler reports a panic (logs::PanicHandler).
// Out: a `fn` solana-program-test can call (`native_entry!`) and the builtin that runs it
// (`native_builtin!`), which also records the InvokeContext for logs.rs and returns a refused CPI's error
// that no ProgramError carries, or a panic's abort (logs::take_uncarried_error).
// Anchor's `entry` takes `&'info [AccountInfo<'info>]` while a builtin gets the slice for a shorter
// lifetime than its accounts; a leaked copy of the slice lives as long as the accounts do (a few
// hundred bytes per instruction, for the life of a test process), and the id and data are only
// borrowed for the call. The copy's account data is where Anchor's zero-copy loader can cast it
// (account_data.rs).

#[macro_export]
macro_rules! native_entry {
    ($name:ident, $program:ident, $panic_handler:expr) => {
        fn $name<'id, 'slice, 'info, 'data>(
            program_id: &'id $crate::sdk::Pubkey,
            accounts: &'slice [$crate::sdk::AccountInfo<'info>],
            data: &'data [u8],
        ) -> $crate::sdk::ProgramResult {
            let realigned = $crate::account_data::realign(accounts);
            let accounts = realigned.accounts;
            // SAFETY: the id and the data outlive this call, and `entry` keeps no reference past it.
            let program_id: &'info $crate::sdk::Pubkey = unsafe { &*(program_id as *const $crate::sdk::Pubkey) };
            let data: &'info [u8] = unsafe { std::slice::from_raw_parts(data.as_ptr(), data.len()) };
            let run = || $program::entry(program_id, accounts, data);
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(run));
            realigned.write_back();
            $crate::logs::end_of_program(outcome, $panic_handler)
        }
    };
}

#[macro_export]
macro_rules! native_builtin {
    ($entry:expr) => {
        |vm, _arg0, _arg1, _arg2, _arg3, _arg4| {
            // The same steps as solana-program-test's `processor!`, plus recording the InvokeContext.
            let vm = unsafe {
                &mut *((vm as *mut u64).offset(-($crate::sdk::program_test::get_runtime_environment_key() as isize))
                    as *mut $crate::sdk::program_test::EbpfVm<$crate::sdk::program_test::InvokeContext>)
            };
            $crate::logs::set_invoke_context(&mut *vm.context_object_pointer as *mut _);
            let context = &mut *vm.context_object_pointer;
            let result = $crate::logs::without_duplicate_frame_lines(true, || {
                $crate::sdk::program_test::invoke_builtin_function($entry, context)
            });
            let result = match $crate::logs::take_uncarried_error() {
                Some(error) => Err(error),
                None => result,
            };
            vm.program_result = result.map_err(|err| $crate::sdk::program_test::EbpfError::SyscallError(err)).into();
        }
    };
}
