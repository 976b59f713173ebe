#![allow(ambiguous_glob_reexports)]

pub mod change_mint_authority;
pub mod check_mint;
pub mod configure;
pub mod create_pda_mint;
pub mod create_token_mint;
pub mod ensure_mint;
pub mod new_mint;

pub use change_mint_authority::*;
pub use check_mint::*;
pub use configure::*;
pub use create_pda_mint::*;
pub use create_token_mint::*;
pub use ensure_mint::*;
pub use new_mint::*;
