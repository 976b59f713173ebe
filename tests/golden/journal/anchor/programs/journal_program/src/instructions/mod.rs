#![allow(ambiguous_glob_reexports)]

pub mod create_entry;
pub mod delete_entry;
pub mod update_entry;

pub use create_entry::*;
pub use delete_entry::*;
pub use update_entry::*;
