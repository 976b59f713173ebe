// The native runtime's host: the workspace's Anchor programs, compiled for this machine, registered as
// builtins in solana-program-test (with its real System, SPL Token and ATA programs), driven over stdio.
// One source for every flavor (the Solana line the programs' Anchor release links: sdk.rs names its types).
// In: one JSON command per line on stdin. Out: one JSON reply per line on stdout (the program's own
// stdout is captured into the transaction log, see logs.rs). Commands: reset (a new bank with the given
// crates at the given ids), setAccount, getAccount,
// blockhash, newBlockhash, send, simulate, getClock, setClock, rent, advanceSlot, warpToSlot. Numbers that may exceed 2^53
// travel as decimal strings, bytes as base64, keys as base58.

// solana-program-test 3.1 marks its API deprecated ahead of putting it behind a feature in 4.0.
#![allow(deprecated)]

mod account_data;
#[macro_use]
mod builtin;
mod logs;
mod programs;
mod sdk;

use std::io::{BufRead, Write};
use std::str::FromStr;

use base64::{engine::general_purpose::STANDARD as BASE64, Engine};
use serde_json::{json, Value};
use sdk::{
    AccountSharedData, Clock, InstructionError, ProgramTest, ProgramTestContext, Pubkey, ReadableAccount, TransactionError,
    VersionedTransaction, WritableAccount,
};

fn main() {
    let mut protocol = logs::capture_stdout();
    logs::record_panic_locations();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("tokio runtime");
    let mut context: Option<ProgramTestContext> = None;
    let mut stubs_installed = false;
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("stdin");
        let command: Value = serde_json::from_str(&line).expect("a JSON command");
        let reply = runtime.block_on(async {
            if command["op"] == "reset" {
                context = Some(start(&command["programs"]).await?);
                if !stubs_installed {
                    logs::install_ordered_log_stubs();
                    stubs_installed = true;
                }
                return Ok(json!({}));
            }
            let context = context.as_mut().ok_or("reset first")?;
            handle(context, &command).await
        });
        let reply = reply.unwrap_or_else(|message: String| json!({ "fatal": message }));
        writeln!(protocol, "{reply}").expect("stdout");
        protocol.flush().expect("stdout");
    }
}

/// A new bank with each `{ crate, id }` of `programs` registered as a builtin.
async fn start(programs: &Value) -> Result<ProgramTestContext, String> {
    let mut test = ProgramTest::default();
    // Never pick up a .so from BPF_OUT_DIR / SBF_OUT_DIR: this runtime runs the natively built Rust.
    test.prefer_bpf(false);
    for program in programs.as_array().ok_or("programs")? {
        programs::register(&mut test, program["crate"].as_str().ok_or("crate")?, key(&program["id"])?)?;
    }
    Ok(test.start_with_context().await)
}

fn key(value: &Value) -> Result<Pubkey, String> {
    Pubkey::from_str(value.as_str().ok_or("a base58 key")?).map_err(|e| e.to_string())
}

fn number(value: &Value) -> Result<u64, String> {
    value.as_str().ok_or("a decimal string")?.parse().map_err(|e: std::num::ParseIntError| e.to_string())
}

fn signed(value: &Value) -> Result<i64, String> {
    value.as_str().ok_or("a decimal string")?.parse().map_err(|e: std::num::ParseIntError| e.to_string())
}

fn bytes(value: &Value) -> Result<Vec<u8>, String> {
    BASE64.decode(value.as_str().ok_or("base64")?).map_err(|e| e.to_string())
}

async fn handle(context: &mut ProgramTestContext, command: &Value) -> Result<Value, String> {
    // BanksClient 1.18 takes `&mut self`, later ones `&self`.
    #[allow(unused_mut)]
    let mut client = context.banks_client.clone();
    match command["op"].as_str().unwrap_or_default() {
        "setAccount" => {
            let mut account = AccountSharedData::new(number(&command["lamports"])?, 0, &key(&command["owner"])?);
            account.set_data_from_slice(&bytes(&command["data"])?);
            account.set_executable(command["executable"].as_bool().unwrap_or(false));
            context.set_account(&key(&command["address"])?, &account);
            Ok(json!({}))
        }
        "getAccount" => {
            let account = client.get_account(key(&command["address"])?).await.map_err(|e| e.to_string())?;
            Ok(json!({ "account": account.filter(|a| a.lamports > 0).map(|a| json!({
                "lamports": a.lamports.to_string(),
                "data": BASE64.encode(a.data()),
                "owner": a.owner.to_string(),
                "executable": a.executable,
            })) }))
        }
        "blockhash" => {
            let hash = client.get_latest_blockhash().await.map_err(|e| e.to_string())?;
            Ok(json!({ "blockhash": hash.to_string() }))
        }
        "newBlockhash" => {
            let hash = context.get_new_latest_blockhash().await.map_err(|e| e.to_string())?;
            Ok(json!({ "blockhash": hash.to_string() }))
        }
        "send" => {
            let tx: VersionedTransaction = bincode::deserialize(&bytes(&command["tx"])?).map_err(|e| e.to_string())?;
            let outcome = client.process_transaction_with_metadata(tx).await.map_err(|e| e.to_string())?;
            let (logs, return_data) = match outcome.metadata {
                Some(metadata) => (metadata.log_messages, metadata.return_data),
                None => (Vec::new(), None),
            };
            let error = outcome.result.err();
            let mut reply = execution_json(logs, return_data.map(|r| (r.program_id, r.data)));
            reply["error"] = json!(error.as_ref().map(transaction_error));
            reply["failure"] = json!(error.as_ref().map(rpc_failure).transpose()?);
            Ok(reply)
        }
        // The in-process validator's preflight: the transaction run on the working bank, nothing committed.
        "simulate" => {
            let tx: VersionedTransaction = bincode::deserialize(&bytes(&command["tx"])?).map_err(|e| e.to_string())?;
            let outcome = client.simulate_transaction(tx).await.map_err(|e| e.to_string())?;
            let error = outcome.result.ok_or("the bank gave no simulation result")?.err();
            let (logs, return_data) = match outcome.simulation_details {
                Some(details) => (details.logs, details.return_data),
                None => (Vec::new(), None),
            };
            let mut reply = execution_json(logs, return_data.map(|r| (r.program_id, r.data)));
            reply["failure"] = json!(error.as_ref().map(rpc_failure).transpose()?);
            Ok(reply)
        }
        "getClock" => {
            let clock: Clock = client.get_sysvar().await.map_err(|e| e.to_string())?;
            Ok(clock_json(&clock))
        }
        "setClock" => {
            context.set_sysvar(&Clock {
                slot: number(&command["slot"])?,
                epoch_start_timestamp: signed(&command["epochStartTimestamp"])?,
                epoch: number(&command["epoch"])?,
                leader_schedule_epoch: number(&command["leaderScheduleEpoch"])?,
                unix_timestamp: signed(&command["unixTimestamp"])?,
            });
            Ok(json!({}))
        }
        "rent" => {
            let rent = client.get_rent().await.map_err(|e| e.to_string())?;
            Ok(json!({ "lamports": rent.minimum_balance(number(&command["length"])? as usize).to_string() }))
        }
        "advanceSlot" => {
            let clock: Clock = client.get_sysvar().await.map_err(|e| e.to_string())?;
            context.warp_to_slot(clock.slot + 1).map_err(|e| e.to_string())?;
            Ok(json!({}))
        }
        "warpToSlot" => {
            context.warp_to_slot(number(&command["slot"])?).map_err(|e| e.to_string())?;
            Ok(json!({}))
        }
        other => Err(format!("unknown op {other:?}")),
    }
}

/// What `send` and `simulate` both reply about the execution: its log, and the return data the last
/// program that set any left (none when empty, as the RPC reports it), from that program's id.
fn execution_json(logs: Vec<String>, return_data: Option<(Pubkey, Vec<u8>)>) -> Value {
    json!({
        "logs": logs,
        "returnData": return_data.filter(|(_, data)| !data.is_empty()).map(|(program_id, data)| json!({
            "programId": program_id.to_string(),
            "data": BASE64.encode(&data),
        })),
    })
}

fn clock_json(clock: &Clock) -> Value {
    json!({
        "slot": clock.slot.to_string(),
        "epochStartTimestamp": clock.epoch_start_timestamp.to_string(),
        "epoch": clock.epoch.to_string(),
        "leaderScheduleEpoch": clock.leader_schedule_epoch.to_string(),
        "unixTimestamp": clock.unix_timestamp.to_string(),
    })
}

/// The TxError shape of src/runtime/types.ts: Rust variant names, `Custom(n)` as `{ custom: n }`.
fn transaction_error(error: &TransactionError) -> Value {
    match error {
        TransactionError::InstructionError(index, InstructionError::Custom(code)) => {
            json!({ "kind": "instruction", "index": index, "error": { "custom": code } })
        }
        TransactionError::InstructionError(index, other) => {
            json!({ "kind": "instruction", "index": index, "error": { "name": variant_name(other) } })
        }
        other => json!({ "kind": "transaction", "name": variant_name(other) }),
    }
}

/// The error as the RPC reports it: its serde JSON (`err` fields) and its Display text (preflight messages).
fn rpc_failure(error: &TransactionError) -> Result<Value, String> {
    Ok(json!({ "json": serde_json::to_value(error).map_err(|e| e.to_string())?, "display": error.to_string() }))
}

/// `Foo` of `Foo`, `Foo(..)` and `Foo { .. }` as Debug prints them.
fn variant_name(value: &impl std::fmt::Debug) -> String {
    let text = format!("{value:?}");
    text.split(|c: char| c == '(' || c == ' ' || c == '{').next().unwrap_or_default().to_string()
}
