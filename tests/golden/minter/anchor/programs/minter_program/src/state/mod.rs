pub mod minter_config;

pub use minter_config::*;
