// Anchor's framework errors (anchor-lang 0.32.1 lang/src/error.rs, plus the 1.x ones our programs can return)
// and the Solana builtin program errors our programs return. In: nothing. Out: name → {code, message}
// tables that both backends use, so the sBPF binary logs and returns exactly what the Anchor Rust program
// would; anchorError (anchor-version.ts) gives a code and message as a given release has them.

/** Anchor framework error codes with their exact messages. */
export const ANCHOR_ERRORS = {
  InstructionMissing: { code: 100, message: "Instruction discriminator not provided" },
  InstructionFallbackNotFound: { code: 101, message: "Fallback functions are not supported" },
  InstructionDidNotDeserialize: { code: 102, message: "The program could not deserialize the given instruction" },
  InstructionDidNotSerialize: { code: 103, message: "The program could not serialize the given instruction" },
  IdlInstructionStub: { code: 1000, message: "The program was compiled without idl instructions" },
  IdlInstructionInvalidProgram: { code: 1001, message: "Invalid program given to the IDL instruction" },
  IdlAccountNotEmpty: { code: 1002, message: "IDL account must be empty in order to resize, try closing first" },
  EventInstructionStub: { code: 1500, message: "The program was compiled without `event-cpi` feature" },
  ConstraintMut: { code: 2000, message: "A mut constraint was violated" },
  ConstraintHasOne: { code: 2001, message: "A has one constraint was violated" },
  ConstraintSigner: { code: 2002, message: "A signer constraint was violated" },
  ConstraintRaw: { code: 2003, message: "A raw constraint was violated" },
  ConstraintOwner: { code: 2004, message: "An owner constraint was violated" },
  ConstraintRentExempt: { code: 2005, message: "A rent exemption constraint was violated" },
  ConstraintSeeds: { code: 2006, message: "A seeds constraint was violated" },
  ConstraintExecutable: { code: 2007, message: "An executable constraint was violated" },
  ConstraintState: { code: 2008, message: "Deprecated Error, feel free to replace with something else" },
  ConstraintAssociated: { code: 2009, message: "An associated constraint was violated" },
  ConstraintAssociatedInit: { code: 2010, message: "An associated init constraint was violated" },
  ConstraintClose: { code: 2011, message: "A close constraint was violated" },
  ConstraintAddress: { code: 2012, message: "An address constraint was violated" },
  ConstraintZero: { code: 2013, message: "Expected zero account discriminant" },
  ConstraintTokenMint: { code: 2014, message: "A token mint constraint was violated" },
  ConstraintTokenOwner: { code: 2015, message: "A token owner constraint was violated" },
  ConstraintMintMintAuthority: { code: 2016, message: "A mint mint authority constraint was violated" },
  ConstraintMintFreezeAuthority: { code: 2017, message: "A mint freeze authority constraint was violated" },
  ConstraintMintDecimals: { code: 2018, message: "A mint decimals constraint was violated" },
  ConstraintSpace: { code: 2019, message: "A space constraint was violated" },
  ConstraintAccountIsNone: { code: 2020, message: "A required account for the constraint is None" },
  ConstraintTokenTokenProgram: { code: 2021, message: "A token account token program constraint was violated" },
  ConstraintMintTokenProgram: { code: 2022, message: "A mint token program constraint was violated" },
  ConstraintAssociatedTokenTokenProgram: { code: 2023, message: "An associated token account token program constraint was violated" },
  ConstraintMintGroupPointerExtension: { code: 2024, message: "A group pointer extension constraint was violated" },
  ConstraintMintGroupPointerExtensionAuthority: { code: 2025, message: "A group pointer extension authority constraint was violated" },
  ConstraintMintGroupPointerExtensionGroupAddress: { code: 2026, message: "A group pointer extension group address constraint was violated" },
  ConstraintMintGroupMemberPointerExtension: { code: 2027, message: "A group member pointer extension constraint was violated" },
  ConstraintMintGroupMemberPointerExtensionAuthority: { code: 2028, message: "A group member pointer extension authority constraint was violated" },
  ConstraintMintGroupMemberPointerExtensionMemberAddress: { code: 2029, message: "A group member pointer extension group address constraint was violated" },
  ConstraintMintMetadataPointerExtension: { code: 2030, message: "A metadata pointer extension constraint was violated" },
  ConstraintMintMetadataPointerExtensionAuthority: { code: 2031, message: "A metadata pointer extension authority constraint was violated" },
  ConstraintMintMetadataPointerExtensionMetadataAddress: { code: 2032, message: "A metadata pointer extension metadata address constraint was violated" },
  ConstraintMintCloseAuthorityExtension: { code: 2033, message: "A close authority constraint was violated" },
  ConstraintMintCloseAuthorityExtensionAuthority: { code: 2034, message: "A close authority extension authority constraint was violated" },
  ConstraintMintPermanentDelegateExtension: { code: 2035, message: "A permanent delegate extension constraint was violated" },
  ConstraintMintPermanentDelegateExtensionDelegate: { code: 2036, message: "A permanent delegate extension delegate constraint was violated" },
  ConstraintMintTransferHookExtension: { code: 2037, message: "A transfer hook extension constraint was violated" },
  ConstraintMintTransferHookExtensionAuthority: { code: 2038, message: "A transfer hook extension authority constraint was violated" },
  ConstraintMintTransferHookExtensionProgramId: { code: 2039, message: "A transfer hook extension transfer hook program id constraint was violated" },
  /** 1.0+ (anchor-lang-error 1.2.2). */
  ConstraintDuplicateMutableAccount: { code: 2040, message: "A duplicate mutable account constraint was violated" },
  RequireViolated: { code: 2500, message: "A require expression was violated" },
  RequireEqViolated: { code: 2501, message: "A require_eq expression was violated" },
  RequireKeysEqViolated: { code: 2502, message: "A require_keys_eq expression was violated" },
  RequireNeqViolated: { code: 2503, message: "A require_neq expression was violated" },
  RequireKeysNeqViolated: { code: 2504, message: "A require_keys_neq expression was violated" },
  RequireGtViolated: { code: 2505, message: "A require_gt expression was violated" },
  RequireGteViolated: { code: 2506, message: "A require_gte expression was violated" },
  AccountDiscriminatorAlreadySet: { code: 3000, message: "The account discriminator was already set on this account" },
  AccountDiscriminatorNotFound: { code: 3001, message: "No discriminator was found on the account" },
  AccountDiscriminatorMismatch: { code: 3002, message: "Account discriminator did not match what was expected" },
  AccountDidNotDeserialize: { code: 3003, message: "Failed to deserialize the account" },
  AccountDidNotSerialize: { code: 3004, message: "Failed to serialize the account" },
  AccountNotEnoughKeys: { code: 3005, message: "Not enough account keys given to the instruction" },
  AccountNotMutable: { code: 3006, message: "The given account is not mutable" },
  AccountOwnedByWrongProgram: { code: 3007, message: "The given account is owned by a different program than expected" },
  InvalidProgramId: { code: 3008, message: "Program ID was not as expected" },
  InvalidProgramExecutable: { code: 3009, message: "Program account is not executable" },
  AccountNotSigner: { code: 3010, message: "The given account did not sign" },
  AccountNotSystemOwned: { code: 3011, message: "The given account is not owned by the system program" },
  AccountNotInitialized: { code: 3012, message: "The program expected this account to be already initialized" },
  AccountNotProgramData: { code: 3013, message: "The given account is not a program data account" },
  AccountNotAssociatedTokenAccount: { code: 3014, message: "The given account is not the associated token account" },
  AccountSysvarMismatch: { code: 3015, message: "The given public key does not match the required sysvar" },
  AccountReallocExceedsLimit: { code: 3016, message: "The account reallocation exceeds the MAX_PERMITTED_DATA_INCREASE limit" },
  AccountDuplicateReallocs: { code: 3017, message: "The account was duplicated for more than one reallocation" },
  DeclaredProgramIdMismatch: { code: 4100, message: "The declared program id does not match the actual program id" },
  TryingToInitPayerAsProgramAccount: { code: 4101, message: "You cannot/should not initialize the payer account as a program account" },
  InvalidNumericConversion: { code: 4102, message: "Error during numeric conversion" },
  Deprecated: { code: 5000, message: "The API being used is deprecated and should no longer be used" },
} as const;

export type AnchorErrorName = keyof typeof ANCHOR_ERRORS;

/**
 * Solana builtin errors (solana_program::program_error), returned as `(index << 32)` in r0.
 * Checked arithmetic fails with ArithmeticOverflow in both backends
 * (Rust: `checked_add(..).ok_or(ProgramError::ArithmeticOverflow)?`).
 */
export const BUILTIN_ERRORS = {
  InvalidAccountData: { index: 4, message: "An account's data contents was invalid" },
  UninitializedAccount: { index: 10, message: "An attempt to operate on an account that hasn't been initialized" },
  UnsupportedSysvar: { index: 17, message: "Unsupported sysvar" },
  ArithmeticOverflow: { index: 24, message: "Program arithmetic overflowed" },
} as const;

export const builtinErrorCode = (name: keyof typeof BUILTIN_ERRORS): bigint => BigInt(BUILTIN_ERRORS[name].index) << 32n;
