#![allow(ambiguous_glob_reexports)]

pub mod close_note;
pub mod create_new_account;
pub mod create_shared_mint;
pub mod create_token_mint;
pub mod init_rent_vault;
pub mod open_note;
pub mod pay_out;
pub mod touch;

pub use close_note::*;
pub use create_new_account::*;
pub use create_shared_mint::*;
pub use create_token_mint::*;
pub use init_rent_vault::*;
pub use open_note::*;
pub use pay_out::*;
pub use touch::*;
