// Makes a natively built Anchor program log exactly what its sBPF build logs, into the transaction's log.
// In: the program's stdout (where `msg!` prints off-chain: solana-msg calls println! when the target is
// not Solana), the syscall stubs solana-program-test installs, and the InvokeContext of the running
// builtin. Out: "Program log: <line>" and "Program data: <base64>" lines in the log collector, at the
// point of the program's execution where the sBPF build writes them (before each CPI, before each event,
// before the program returns), so nested CPI logs interleave as on chain. solana-program-test's
// builtin wrapper and CPI stub also log "invoke" and "success"/"failed" lines the runtime already logs;
// `without_duplicate_frame_lines` takes those copies out again. A program that panics ends as its sBPF
// build does (end_of_program): its lines so far, then what the panic handler of its Anchor release logs
// and the runtime's failure line, at the panic's location (recorded by `record_panic_locations`). A
// CPI that grows an account past MAX_PERMITTED_DATA_INCREASE gets the runtime's line the stub leaves out.

use std::cell::Cell;
use std::io::{Read, Write};
use std::os::fd::{FromRawFd, RawFd};

use crate::sdk::{
    retain_log_lines, set_syscall_stubs, stable_log, AccountInfo, Instruction, InstructionError, InvokeContext, ProgramError, ProgramResult, Pubkey,
    PubkeyError, SyscallStubs, MAX_PERMITTED_DATA_INCREASE,
};

thread_local! {
    /// The InvokeContext of the transaction being executed, set by `native_builtin!` on every entry.
    static INVOKE_CONTEXT: Cell<usize> = const { Cell::new(0) };
    /// Read end of the pipe that replaced stdout.
    static CAPTURED_STDOUT: Cell<RawFd> = const { Cell::new(-1) };
    /// Bytes read from the pipe after the last complete line.
    static PARTIAL_LINE: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    /// The first CPI of the running program that failed: the log length right after it, and its error.
    static FAILED_CPI: std::cell::RefCell<Option<(usize, InstructionError)>> = const { std::cell::RefCell::new(None) };
    /// The error a program that just returned failed with when no ProgramError can carry it (a CPI
    /// refused with PrivilegeEscalation, say, or a panic's abort): `native_builtin!` returns it to the
    /// runtime instead.
    static UNCARRIED_ERROR: std::cell::RefCell<Option<Box<dyn std::error::Error>>> = const { std::cell::RefCell::new(None) };
    /// The file, line and column of the last panic on this thread (`record_panic_locations`).
    static PANIC_LOCATION: std::cell::RefCell<Option<(String, u32, u32)>> = const { std::cell::RefCell::new(None) };
}

/// How the panic handler of the program's Anchor release reports a panic on chain (anchor-version.ts,
/// panicsThroughSolPanic; native-host.ts names it per program).
#[derive(Clone, Copy)]
pub enum PanicHandler {
    /// solana-program-entrypoint 3 (Anchor 1.x): the message only when it formats no value, then the
    /// `sol_panic_` syscall: "SBF program Panicked in <file> at <line>:<col>" (SyscallError::Panic).
    SolPanic,
    /// solana-program 1.18 and 2.x (Anchor 0.29–0.32): `msg!("{}", info)`, one entry "panicked at
    /// <file>:<line>:<col>:" + newline + the message, then the platform std's abort: "SBF program panicked".
    LogAndAbort,
}

/// Keeps each panic's location for `aborted` (a caught panic's payload holds only its message), then lets
/// the hook that was installed before report it as it did.
pub fn record_panic_locations() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let location = info.location().map(|l| (l.file().to_string(), l.line(), l.column()));
        PANIC_LOCATION.with(|cell| *cell.borrow_mut() = location);
        previous(info)
    }));
}

/// The path rustc was given for a program's source file, as `anchor build` gives it: relative to the
/// workspace root. The host's workspace lays the programs out where the Anchor workspace has them
/// (programs/<name>/...), so a path under the host's root is that path.
fn workspace_path(file: &str) -> &str {
    file.strip_prefix(concat!(env!("CARGO_MANIFEST_DIR"), "/")).unwrap_or(file)
}

pub fn set_invoke_context(context: *mut InvokeContext) {
    INVOKE_CONTEXT.with(|cell| cell.set(context as usize));
}

fn with_invoke_context(f: impl FnOnce(&mut InvokeContext)) {
    let pointer = INVOKE_CONTEXT.with(Cell::get);
    if pointer != 0 {
        // SAFETY: set on entry to the builtin from the live InvokeContext of this transaction, which
        // outlives every stub call the program makes while it runs (solana-program-test does the same).
        f(unsafe { &mut *(pointer as *mut InvokeContext) });
    }
}

/// Points fd 1 at a pipe (so `println!` from programs can be read back) and returns a File on the
/// original stdout for the protocol.
pub fn capture_stdout() -> std::fs::File {
    unsafe {
        let protocol = libc::dup(1);
        let mut fds = [0; 2];
        assert_eq!(libc::pipe(fds.as_mut_ptr()), 0, "pipe");
        // A large pipe: a program that logs more than the buffer before a drain point would block.
        libc::fcntl(fds[1], libc::F_SETPIPE_SZ, 1 << 20);
        libc::fcntl(fds[0], libc::F_SETFL, libc::O_NONBLOCK);
        libc::dup2(fds[1], 1);
        libc::close(fds[1]);
        CAPTURED_STDOUT.with(|cell| cell.set(fds[0]));
        std::fs::File::from_raw_fd(protocol)
    }
}

/// Moves every complete line the program printed so far into the log as "Program log: <line>".
pub fn drain_program_output() {
    let _ = std::io::stdout().flush();
    let fd = CAPTURED_STDOUT.with(Cell::get);
    if fd < 0 {
        return;
    }
    let mut pipe = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    let mut chunk = [0u8; 8192];
    PARTIAL_LINE.with(|partial| {
        let mut partial = partial.borrow_mut();
        while let Ok(n) = pipe.read(&mut chunk) {
            if n == 0 {
                break;
            }
            partial.extend_from_slice(&chunk[..n]);
        }
        while let Some(end) = partial.iter().position(|&b| b == b'\n') {
            let line: Vec<u8> = partial.drain(..=end).collect();
            let text = String::from_utf8_lossy(&line[..line.len() - 1]).into_owned();
            with_invoke_context(|context| {
                stable_log::program_log(&context.get_log_collector(), &text)
            });
        }
    });
}

/// On chain a failed CPI ends the transaction inside the call; natively the program gets the error
/// back and goes on (Anchor then logs "ProgramError occurred…", or the program panics on it). So when
/// the program returns or panics after a CPI failed, what it logged since is dropped and the CPI's error
/// is the program's result (kept for `take_uncarried_error` when it is no ProgramError). `outcome` is
/// the program's result, or the payload of its panic (see `aborted`).
pub fn end_of_program(outcome: std::thread::Result<ProgramResult>, handler: PanicHandler) -> ProgramResult {
    drain_program_output();
    let Some((length, error)) = FAILED_CPI.with(|failed| failed.borrow_mut().take()) else {
        return outcome.unwrap_or_else(|payload| Err(aborted(payload.as_ref(), handler)));
    };
    with_invoke_context(|context| {
        if let Some(collector) = context.get_log_collector() {
            retain_log_lines(&mut collector.borrow_mut(), |index, _| index < length);
        }
    });
    // A ProgramError carries the error only when it converts back to the same one (MissingAccount
    // would come back as NotEnoughAccountKeys).
    match ProgramError::try_from(error.clone()) {
        Ok(carrier) if InstructionError::from(u64::from(carrier.clone())) == error => Err(carrier),
        _ => Err(uncarried(Box::new(error))),
    }
}

/// Keeps `error` for `native_builtin!`, which returns it to the runtime in place of the ProgramError
/// the program returns (never seen).
fn uncarried(error: Box<dyn std::error::Error>) -> ProgramError {
    UNCARRIED_ERROR.with(|uncarried| *uncarried.borrow_mut() = Some(error));
    ProgramError::Custom(0)
}

/// The error of the program that just returned, when end_of_program could not return it as a ProgramError.
pub fn take_uncarried_error() -> Option<Box<dyn std::error::Error>> {
    UNCARRIED_ERROR.with(|uncarried| uncarried.borrow_mut().take())
}

/// The failure of an sBPF program that aborts: the runtime logs "Program <id> failed: <text>" and the
/// instruction fails with ProgramFailedToComplete (any error that is no InstructionError does). The texts
/// are those of SyscallError's `Abort` and `BadSeeds` (agave-syscalls 3.x, solana-bpf-loader-program's
/// syscalls module before: no path that one sdk.rs could name).
#[derive(Debug)]
struct Abort(String);

impl std::fmt::Display for Abort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Abort {}

/// The panic of the off-chain `find_program_address` (solana-program 1.18, solana-pubkey 2, solana-address)
/// when its seeds are refused: over 32 bytes, or too many.
const REFUSED_BUMP_SEARCH: &str = "Unable to find a viable program address bump seed";

/// How a program that panicked ends on chain, where its last line logged (drained before) stays: as its
/// release's panic handler reports the panic (PanicHandler), at the location the native build panicked
/// at (the same lib.rs, so the same line and column). Off-chain `find_program_address` panics where on
/// chain its syscall refuses the seeds and aborts the program without a log line:
/// SyscallError::BadSeeds(MaxSeedLengthExceeded).
fn aborted(payload: &(dyn std::any::Any + Send), handler: PanicHandler) -> ProgramError {
    let message = panic_message(payload);
    if message == REFUSED_BUMP_SEARCH {
        return uncarried(Box::new(Abort(format!("Could not create program address with signer seeds: {}", PubkeyError::MaxSeedLengthExceeded))));
    }
    let location = PANIC_LOCATION.with(|cell| cell.borrow_mut().take());
    let log = |line: &str| with_invoke_context(|context| stable_log::program_log(&context.get_log_collector(), line));
    let end = match (handler, location) {
        (PanicHandler::SolPanic, location) => {
            // `message().as_str()` is Some exactly when std's payload is a &str, not a formatted String.
            if payload.downcast_ref::<&str>().is_some() {
                log(message);
            }
            match location {
                Some((file, line, column)) => format!("SBF program Panicked in {} at {line}:{column}", workspace_path(&file)),
                None => "SBF program panicked".into(),
            }
        }
        (PanicHandler::LogAndAbort, Some((file, line, column))) => {
            log(&format!("panicked at {}:{line}:{column}:\n{message}", workspace_path(&file)));
            "SBF program panicked".into()
        }
        (PanicHandler::LogAndAbort, None) => {
            log(&format!("panicked:\n{message}"));
            "SBF program panicked".into()
        }
    };
    uncarried(Box::new(Abort(end)))
}

/// A panic's message: its payload is a String when formatted, a &str when not.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> &str {
    payload.downcast_ref::<String>().map(String::as_str).or_else(|| payload.downcast_ref::<&str>().copied()).unwrap_or_default()
}

/// solana-program-test's CPI stub panics when the runtime refuses a CPI with an InstructionError that
/// no ProgramError carries (`unwrap()` on prepare_next_instruction, `panic!("{}", err)` after
/// process_instruction): the panic message names the error by its Debug or Display text. The variants
/// come from InstructionError's own serde encoding (bincode: a u32 variant index), so none is missed.
fn instruction_error_of_panic(payload: &(dyn std::any::Any + Send)) -> InstructionError {
    let message = panic_message(payload);
    (0u32..256)
        .filter_map(|index| bincode::deserialize::<InstructionError>(&index.to_le_bytes()).ok())
        .find(|error| {
            let debug = format!("{error:?}");
            message == error.to_string() || message == debug || message.ends_with(&format!(": {debug}"))
        })
        .unwrap_or(InstructionError::ProgramFailedToComplete)
}

/// The transaction's last log line.
fn last_log_line() -> Option<String> {
    let mut last = None;
    with_invoke_context(|context| last = context.get_log_collector().and_then(|c| c.borrow().get_recorded_content().last().cloned()));
    last
}

/// How many lines the transaction's log holds.
fn log_length() -> usize {
    let mut length = 0;
    with_invoke_context(|context| length = context.get_log_collector().map_or(0, |c| c.borrow().get_recorded_content().len()));
    length
}

/// Runs `call` (which logs one extra "Program <id> invoke [n]" line first, and on success, or always when
/// `failure_logged_twice`, one extra last line "Program <id> success" / "Program <id> failed: …") and
/// removes those two copies from the log.
pub fn without_duplicate_frame_lines<T, E>(failure_logged_twice: bool, call: impl FnOnce() -> Result<T, E>) -> Result<T, E> {
    let mut start = None;
    with_invoke_context(|context| start = context.get_log_collector().map(|c| c.borrow().get_recorded_content().len()));
    let result = call();
    with_invoke_context(|context| {
        let (Some(collector), Some(start)) = (context.get_log_collector(), start) else { return };
        let mut collector = collector.borrow_mut();
        let lines = collector.get_recorded_content();
        let ends_frame = |line: &str| line.starts_with("Program ") && (line.ends_with(" success") || line.contains(" failed: "));
        let last = lines.len().checked_sub(1);
        let drop_last = (result.is_ok() || failure_logged_twice) && lines.len() > start + 1 && lines.last().is_some_and(|line| ends_frame(line));
        let drop_first = lines.get(start).is_some_and(|line| line.starts_with("Program ") && line.contains(" invoke ["));
        if drop_last || drop_first {
            retain_log_lines(&mut collector, |index, _| !(drop_first && index == start) && !(drop_last && Some(index) == last));
        }
    });
    result
}

/// solana-program-test's stubs, with events logged as on chain and program output drained before CPIs.
struct OrderedLogStubs {
    inner: Box<dyn SyscallStubs>,
}

impl SyscallStubs for OrderedLogStubs {
    fn sol_log(&self, message: &str) {
        drain_program_output();
        self.inner.sol_log(message)
    }
    fn sol_log_data(&self, fields: &[&[u8]]) {
        drain_program_output();
        with_invoke_context(|context| {
            stable_log::program_data(&context.get_log_collector(), fields)
        });
    }
    fn sol_invoke_signed(&self, instruction: &Instruction, account_infos: &[AccountInfo], signers_seeds: &[&[&[u8]]]) -> ProgramResult {
        drain_program_output();
        let result = without_duplicate_frame_lines(false, || {
            let logged_before = log_length();
            let call = || self.inner.sol_invoke_signed(instruction, account_infos, signers_seeds);
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(call)) {
                Ok(result) => result.map_err(|error| {
                    let error = InstructionError::from(u64::from(error));
                    // After the callee succeeded, the stub grows the caller's AccountInfo with `resize`,
                    // which refuses more than MAX_PERMITTED_DATA_INCREASE silently; the runtime's CPI logs it.
                    let callee_succeeded = format!("Program {} success", instruction.program_id);
                    if error == InstructionError::InvalidRealloc && last_log_line().as_deref() == Some(callee_succeeded.as_str()) {
                        let line = format!("Account data size realloc limited to {MAX_PERMITTED_DATA_INCREASE} in inner instructions");
                        with_invoke_context(|context| {
                            if let Some(collector) = context.get_log_collector() {
                                collector.borrow_mut().log(&line);
                            }
                        });
                    }
                    error
                }),
                Err(payload) => {
                    let error = instruction_error_of_panic(payload.as_ref());
                    // The stub panics on an account of the instruction that has no AccountInfo without
                    // logging it (having logged only its "invoke" line); the runtime's CPI logs it.
                    if error == InstructionError::MissingAccount && log_length() == logged_before + 1 {
                        let known = |key: &Pubkey| account_infos.iter().any(|info| info.key == key);
                        if let Some(meta) = instruction.accounts.iter().find(|meta| !known(&meta.pubkey)) {
                            let line = format!("Instruction references an unknown account {}", meta.pubkey);
                            with_invoke_context(|context| {
                                if let Some(collector) = context.get_log_collector() {
                                    collector.borrow_mut().log(&line);
                                }
                            });
                        }
                    }
                    Err(error)
                }
            }
        });
        let Err(error) = result else { return Ok(()) };
        let length = log_length();
        FAILED_CPI.with(|failed| {
            failed.borrow_mut().get_or_insert((length, error.clone()));
        });
        // What the program sees does not matter: end_of_program makes the CPI's error its result.
        Err(ProgramError::try_from(error).unwrap_or(ProgramError::Custom(0)))
    }
    crate::forwarded_stubs!();
}

/// Wraps the stubs solana-program-test installed when its first bank was set up; call once after that.
pub fn install_ordered_log_stubs() {
    let inner = set_syscall_stubs(Box::new(OrderedLogStubs { inner: Box::new(NoStubs) }));
    set_syscall_stubs(Box::new(OrderedLogStubs { inner }));
}

/// Placeholder for the instant between taking program-test's stubs out and putting the wrapper in.
struct NoStubs;
impl SyscallStubs for NoStubs {}
