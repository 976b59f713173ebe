pub mod token_authority;

pub use token_authority::*;
