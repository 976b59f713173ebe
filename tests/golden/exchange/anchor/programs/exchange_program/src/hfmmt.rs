use anchor_lang::prelude::*;
use anchor_lang::solana_program::instruction::Instruction;
use anchor_lang::solana_program::program::invoke;

/// Hfmmt, which this program calls by CPI.
pub const ID: Pubkey = pubkey!("9ZRHZRqEVociMgNbYtEgFjY88fPt24tMctYxSknzXM9a");

pub mod program {
    use super::*;

    /// The type of the `Program<'info, Hfmmt>` account that CPIs into it go through.
    #[derive(Clone)]
    pub struct Hfmmt;

    impl anchor_lang::Id for Hfmmt {
        fn id() -> Pubkey {
            ID
        }
    }
}

pub mod cpi {
    use super::*;

    /// `check_priority`: accounts owner, maker; arguments min_tier.
    pub fn check_priority<'info>(
        program: AccountInfo<'info>,
        owner: AccountInfo<'info>,
        maker: AccountInfo<'info>,
        min_tier: u8,
    ) -> Result<()> {
        let mut bytes = vec![104, 93, 179, 198, 156, 197, 247, 151];
        bytes.extend_from_slice(&min_tier.to_le_bytes());
        let metas = vec![
            AccountMeta::new_readonly(*owner.key, false),
            AccountMeta::new_readonly(*maker.key, false),
        ];
        invoke(
            &Instruction {
                program_id: ID,
                accounts: metas,
                data: bytes,
            },
            &[owner, maker, program],
        )?;
        Ok(())
    }
}
