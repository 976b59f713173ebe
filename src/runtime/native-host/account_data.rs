// Account data where a natively built Anchor program can cast it. In: the AccountInfos solana-program-test
// deserializes for a builtin, laid out as the SBF ABI lays them out: each account's data 8-aligned. Out:
// AccountInfos for the program whose data starts 8 bytes past a 16-byte boundary, and, when it returns, their
// data and length copied back into solana-program-test's (`Realigned::write_back`).
// Why: Anchor's AccountLoader casts a zero-copy account's struct (at 8, after the discriminator) with
// bytemuck, which panics on an address not aligned for the struct. u128 is 8-aligned on SBF, where the ABI's
// 8 suffices, and 16-aligned on x86-64, where an 8-aligned struct of u128s fails to load. Data elsewhere is
// moved to a buffer laid out as the serialized one: its length in the 8 bytes before it (where `resize`
// writes it) and room to grow by MAX_PERMITTED_DATA_INCREASE after it. Duplicate AccountInfos of one
// account share one buffer, as they share one slice on chain. Lamports, owner and flags stay solana-program-test's.

use std::cell::RefCell;
use std::rc::Rc;

use crate::sdk::{AccountInfo, MAX_PERMITTED_DATA_INCREASE};

/// The accounts a program runs with, and what to copy back when it returns.
pub struct Realigned<'info> {
    /// A leaked copy of the slice, since Anchor's `entry` wants the slice to live as long as the accounts.
    pub accounts: &'info [AccountInfo<'info>],
    /// Each moved account: solana-program-test's data, the program's, and the buffer holding the program's.
    moved: Vec<(Rc<RefCell<&'info mut [u8]>>, Rc<RefCell<&'info mut [u8]>>, Vec<u128>)>,
}

/// Whether `data` starts 8 bytes past a 16-byte boundary.
fn struct_aligned(data: &[u8]) -> bool {
    data.as_ptr() as usize % 16 == 8
}

pub fn realign<'info>(accounts: &[AccountInfo<'info>]) -> Realigned<'info> {
    let mut moved: Vec<(Rc<RefCell<&'info mut [u8]>>, Rc<RefCell<&'info mut [u8]>>, Vec<u128>)> = Vec::new();
    let mut infos = Vec::with_capacity(accounts.len());
    for info in accounts {
        if struct_aligned(&info.data.borrow()) {
            infos.push(info.clone());
            continue;
        }
        if let Some((_, data, _)) = moved.iter().find(|(original, _, _)| Rc::ptr_eq(original, &info.data)) {
            infos.push(AccountInfo { data: data.clone(), ..info.clone() });
            continue;
        }
        let length = info.data_len();
        // u128 is 16-aligned on this machine: the length at 0..8, the data from 8.
        let mut buffer = vec![0u128; (8 + length + MAX_PERMITTED_DATA_INCREASE).div_ceil(16)];
        let data: &'info mut [u8] = unsafe {
            // SAFETY: the buffer is kept in `moved` until write_back, after the program returned; its heap
            // block does not move when the Vec does.
            let bytes = buffer.as_mut_ptr() as *mut u8;
            *(bytes as *mut u64) = length as u64;
            std::slice::from_raw_parts_mut(bytes.add(8), length)
        };
        data.copy_from_slice(&info.data.borrow());
        let data = Rc::new(RefCell::new(data));
        infos.push(AccountInfo { data: data.clone(), ..info.clone() });
        moved.push((info.data.clone(), data, buffer));
    }
    Realigned { accounts: Box::leak(infos.into_boxed_slice()), moved }
}

impl Realigned<'_> {
    /// Copies each moved account's data back, with its length as the program left it (`resize` keeps that
    /// within MAX_PERMITTED_DATA_INCREASE of the length serialized beside the key, the room solana-program-test's
    /// buffer has), then frees the buffers: the program's AccountInfos are not used after it returns.
    pub fn write_back(self) {
        for (original, data, _buffer) in &self.moved {
            let data = data.borrow();
            let mut original = original.borrow_mut();
            unsafe {
                // SAFETY: what AccountInfo::resize does: solana-program-test serialized the length in the 8
                // bytes before the data and left MAX_PERMITTED_DATA_INCREASE bytes after it.
                let start = original.as_mut_ptr();
                *(start.offset(-8) as *mut u64) = data.len() as u64;
                *original = std::slice::from_raw_parts_mut(start, data.len());
            }
            original.copy_from_slice(&data);
        }
    }
}
