pub mod vote_board;

pub use vote_board::*;
