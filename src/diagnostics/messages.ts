// THE catalogue of DSL diagnostics: every message the compiler can report, with a stable code.
// In: nothing. Out: templates (`{0}`, `{1}` … filled by fillTemplate). Codes never change meaning;
// new messages get new codes. TypeScript's own errors keep their TS codes (see diagnostic.ts `prefix`).
// 1xxx program shape · 2xxx types · 3xxx accounts & constraints · 4xxx statements · 5xxx expressions ·
// 6xxx backends.

export interface MessageTemplate {
  code: number;
  text: string;
}

const m = (code: number, text: string): MessageTemplate => ({ code, text });

export const Messages = {
  // ── program shape ──
  MissingProgramClass: m(1001, 'No program class: write `export default class MyProgram { static PROGRAM_ID = new Pubkey("…"); … }`'),
  MissingProgramId: m(1002, "Program class '{0}' has no `static PROGRAM_ID = new Pubkey(\"…\")`"),
  InvalidProgramId: m(1004, "'{0}' is not a valid program id: {1}"),
  UnsupportedClass: m(1005, "Class '{0}' is not supported: the program class is the only class a program may declare"),
  DuplicateInstruction: m(1006, "Duplicate instruction '{0}'"),
  UnsupportedClassMember: m(1007, 'Unsupported class member: the program class holds `static PROGRAM_ID` and instruction methods only'),
  UnsupportedTopLevel: m(1008, 'Unsupported top-level declaration: {0}'),
  MultiplePrograms: m(1009, "A file holds one program class; '{0}' is a second one"),
  ProgramIdNotLiteral: m(1010, 'PROGRAM_ID must be `new Pubkey("<base58>")` with a string literal'),
  NameCollision: m(1011, "'{0}' and '{1}' both become '{2}' in Rust"),
  // 1012 is retired: it refused every import from another package; 1041 and 1042 say which ones matter.
  DuplicateErrorName: m(1013, "Duplicate error name '{0}'"),
  ErrorMessageNotLiteral: m(1014, "Error '{0}' needs a string message: `{0} = \"…\"`"),
  UnsupportedFunction: m(1015, "Function '{0}' is not supported here: declare helper functions at the top level of the program file"),
  UnsupportedMethodModifier: m(1016, "Instruction '{0}' cannot be {1}"),
  CannotReadFile: m(1017, "Cannot read '{0}': {1}"),
  RustKeyword: m(1018, "'{0}' is a Rust keyword; choose another name"),
  UnsupportedFunctionForm: m(1019, "Function '{0}' must be a plain `function {0}(…): T { … }`: no async, generator, overload or type parameter"),
  RecursiveCall: m(1020, "Function '{0}' cannot call itself: recursion is not supported"),
  ForwardCall: m(1021, "Function '{0}' cannot call '{1}', which is declared after it: declare '{1}' first"),
  InvalidRustName: m(1022, "'{0}' cannot be a Rust name: use ASCII letters, digits and '_' (and not '_' alone)"),
  ClientNameCollision: m(1023, "'{0}' and '{1}' both become '{2}' in Anchor's TypeScript client, which camelCases IDL names"),
  ReservedName: m(1024, "'{0}' is taken by {1}, which the generated Anchor crate uses; choose another name"),
  RustKeywordInIdl: m(1025, "'{0}' is a Rust keyword: Anchor would name it 'r#{0}' in the IDL and its client; choose another name"),
  ReservedCrateName: m(1026, "Program class '{0}' names the crate '{1}', which is {2}; choose another name"),
  InstructionStructName: m(1027, "Instruction '{0}' becomes Anchor's struct instruction::{1}, which would hide {2} there; choose another name"),
  NestedTooDeep: m(1028, 'Nested more than {0} syntax nodes deep here (about 400 chained calls): TypeScript checks nesting recursively and would run out of stack; split it into named parts (`const`) or helper functions'),
  SourceTooLarge: m(1029, 'The program source is {0} characters long; the compiler reads at most {1} and stops here: split the program into programs that call each other (CPI)'),
  // Poseidon projects found in the corpus of public ones (1040–1049)
  UnusedForeignImport: m(1041, "Import from '{0}' is ignored: nothing in the program uses it, and a program can use only what \"@solanaturbine/poseidon\" declares and what its own file defines (Poseidon ignored it too)"),
  ForeignNameUsed: m(1042, "'{0}' comes from '{1}': a program can use only what \"@solanaturbine/poseidon\" declares, what its own file defines, and another DSL program's class as the type of a `Program<Callee>` account"),
  ReservedProgramId: m(1040, "PROGRAM_ID {0} is the address of {1}: a program can never be deployed there; give it the public key of its own keypair (`poseidon sync` writes one in)"),

  // ── types ──
  UnsupportedType: m(2001, "Type '{0}' is not supported here"),
  StrNeedsLength: m(2002, 'Str needs its maximum byte length as a numeric literal: Str<32>'),
  VecNeedsLength: m(2003, 'Vec needs an element type and a maximum length as a numeric literal: Vec<u64, 10>'),
  AnyType: m(2004, "'{0}' is not allowed: every value needs a DSL type (u64, Pubkey, Str<N>, …)"),
  StateNotExported: m(2005, "State account interface '{0}' must be exported"),
  UnknownAccountType: m(2006, "'{0}' is not an account type: use Signer, UncheckedAccount, SystemAccount, AccountInfo, Mint, TokenAccount, AssociatedTokenAccount or an exported interface extending Account"),
  RecursiveStruct: m(2007, "Struct '{0}' contains itself"),
  InvalidLength: m(2008, "Length {0} is not a positive integer"),
  MissingParamType: m(2009, "Parameter '{0}' needs a type annotation"),
  UnsupportedInterface: m(2010, "Interface '{0}' may extend only Account or Event"),
  InvalidFieldDeclaration: m(2012, 'Only plain `name: Type` fields are supported here'),
  MissingReturnType: m(2013, "Function '{0}' needs a return type: `: void` or a value type"),
  FunctionAccountParam: m(2014, "Parameter '{0}' of function '{1}' cannot be of type {2}: a function takes state accounts, token accounts, mints and values; pass '{0}.key' if it needs the key"),
  FunctionValueType: m(2015, "'{0}' cannot be a function parameter or result: use an integer type, Boolean, Pubkey or a struct"),
  StringNeedsLength: m(2016, "'{0}' has no maximum length: write {1}<N> with N a numeric literal, e.g. {1}<32> (an account is sized for its longest value)"),
  AccountTooLarge: m(2017, "Account '{0}' takes {1} bytes at its longest (its 8-byte discriminator included); a Solana account holds at most 10,485,760 bytes (10 MiB)"),

  // ── accounts & constraints ──
  DeriveOnSigner: m(3001, "Signer '{0}' cannot be derived: a PDA never signs a transaction; use UncheckedAccount or SystemAccount"),
  InitWithoutPayer: m(3002, "init of '{0}' needs a payer: `.{1}(payer)` with a Signer parameter"),
  PayerNotSigner: m(3003, "Payer '{0}' must be a Signer"),
  UnsupportedSeed: m(3004, 'Unsupported seed: use a string literal, `acc.key`, `arg.toBytes()`, `acc.field.toBytes()` or a u8 bump field'),
  DuplicateConstraint: m(3005, "'{0}' is applied to '{1}' more than once"),
  ConstraintNotTopLevel: m(3006, "Account constraint '{0}' must be a top-level statement of the instruction"),
  NotAnAccount: m(3007, "'{0}' is not an account parameter of this instruction"),
  HasOneMissingField: m(3008, "has([{0}]) needs a Pubkey field '{0}' in '{1}'"),
  GetBumpWithoutDerive: m(3009, "'{0}.getBump()' needs '{0}' to be a PDA (derive or deriveWithBump)"),
  InitNotState: m(3010, "'{0}' cannot be created with {1}: only state accounts (interfaces extending Account), token accounts and mints can"),
  SeedsNotArray: m(3011, 'Seeds must be an array literal'),
  UnsupportedConstraint: m(3012, "Unsupported account call '{0}'"),
  SeedTooLong: m(3013, 'A seed is at most 32 bytes; this one is {0}'),
  TooManySeeds: m(3014, 'A PDA has at most 16 seeds (bump included); this one has {0}'),
  BumpNotU8: m(3015, 'A bump is a u8; found {0}'),
  AccountNotValue: m(3016, "Account '{0}' is not a value; use '{0}.key'"),
  ConstraintOnSigner: m(3017, "'{1}' is not available on Signer '{0}'"),
  CloseSelf: m(3018, "'{0}' cannot be closed into itself"),
  CloseNotState: m(3019, "'{0}' cannot be closed: only state accounts (interfaces extending Account) can"),
  HasOnNonState: m(3020, "has([...]) needs a state account (an interface extending Account); '{0}' is not one"),
  TokenCloseNotAllowed: m(3021, "Token account '{0}' cannot use close(): the token program owns it; close it with TokenProgram.closeAccount({0}, destination, authority)"),
  MintCloseNotAllowed: m(3022, "Mint '{0}' cannot be closed: SPL Token mints are never closed"),
  TokenInitWithoutDerive: m(3023, "'{0}' is created with {1} but has no {2}: chain `{0}.derive({3})` first"),
  NotAMint: m(3024, "'{0}' is not a Mint: the mint of {1} must be a Mint parameter (`mint` or `mint.key`)"),
  AuthorityNotAccount: m(3025, "The {1} of {2} must be the key of an account parameter (`acc.key`); '{0}' is not one"),
  MintDecimals: m(3026, 'Mint decimals must be a number literal from 0 to 255 or a u8 instruction argument; found {0}'),
  AssociatedTokenBump: m(3027, "'{0}.getBump()' is not available: an associated token account's address belongs to the Associated Token program"),
  TokenArgumentKind: m(3028, "{0} needs {1} as its {2}; '{3}' has type {4}"),
  ConstraintInFunction: m(3029, "Account constraint '{0}' cannot be used in function '{1}': constraints belong to the instruction that receives the account"),
  BumpInFunction: m(3030, "'{0}.getBump()' is not available in function '{1}': pass the bump in as a u8 parameter"),
  CallAccountArgument: m(3031, "'{0}' needs an account parameter of type {1} for '{2}'; '{3}' is not one"),
  DuplicateAccountArgument: m(3032, "'{0}' is passed to '{1}' more than once and '{1}' writes it: pass each written account once"),
  KeyInFunction: m(3033, "'{0}.key' is not available in function '{1}': pass '{0}.key' in as a Pubkey parameter"),
  HelperCallInConstraint: m(3034, "Function '{0}' cannot be called in an account constraint: constraints are checked before the instruction body runs"),
  InitPayerAmbiguous: m(3035, "init of '{0}' has no payer and the instruction has {2} Signer parameters ({3}): write `.{1}(payer)`"),
  ConstraintEntry: m(3036, 'Poseidon emitted no check for an entry of constraints([…]): write the check as require(condition, XError.Name) in the body, or with has([…])'),
  MintInitWithoutParams: m(3037, "Mint '{0}' is created with {1}, but its derive gives no authority and decimals: write `{0}.derive(seeds, authority, decimals)`"),
  MintDeriveWithoutDecimals: m(3038, "'{0}.derive' names an authority but no decimals: write `{0}.derive(seeds, authority, decimals)`"),

  // ── statements ──
  LoopNotSupported: m(4001, 'Loops are not supported: an instruction runs within a fixed compute budget'),
  UnsupportedStatement: m(4002, 'Unsupported statement: {0}'),
  AssignToArg: m(4003, "Cannot assign to argument '{0}': copy it into a local with `let`"),
  AssignToReadonlyAccount: m(4004, "Cannot write '{0}': only fields of state accounts (interfaces extending Account) can be written"),
  UnsupportedCall: m(4005, "Unsupported call '{0}'"),
  RequireNeedsError: m(4006, 'require needs an error member as its second argument: require(cond, XError.Name)'),
  EmitNeedsEvent: m(4007, 'emit needs an event type and an object literal: emit<E>({ … }) where E is an exported interface extending Event'),
  LogFormatNotLiteral: m(4008, 'console.log needs a string literal as its first argument'),
  ReturnValue: m(4009, 'Instructions return nothing: write `return;`'),
  UnsupportedAssignTarget: m(4010, 'Only a state account field or a local variable can be assigned'),
  UselessExpression: m(4011, 'This expression does nothing'),
  VarNotSupported: m(4012, 'Use `const` or `let` instead of `var`'),
  DestructuringNotSupported: m(4013, 'Destructuring is not supported; declare one name per variable'),
  UninitializedLocal: m(4014, "Local '{0}' needs an initial value"),
  ShadowedName: m(4016, "'{0}' is already a parameter or local of this instruction"),
  UnloggableValue: m(4018, 'A {0} cannot be logged; log an integer, Boolean, Pubkey or Str'),
  TokenFieldWrite: m(4019, "Cannot write '{0}': token accounts and mints change only through TokenProgram calls"),
  AuthorityTypeNotMember: m(4020, 'The authority type must be written as a member of AuthorityType: AuthorityType.MintTokens, .FreezeAccount, .AccountOwner or .CloseAccount'),
  CpiInFunction: m(4021, "{0} cannot be called in function '{1}': a CPI needs the instruction's program accounts; make it in the instruction"),
  MissingReturn: m(4022, "Function '{0}' must return a {1} on every path"),
  VoidCallValue: m(4023, "'{0}' returns nothing; call it as a statement"),
  ArgInFunction: m(4024, "'{0}' is a parameter of instruction '{1}', not of function '{2}': pass it in as a parameter"),
  IgnoredReturnValue: m(4025, 'An instruction returns nothing: this value is ignored and not evaluated (Poseidon ignored it too)'),
  IncrementInExpression: m(4026, "'{0}' changes its operand: write it as a statement of its own"),
  WritableNotTrue: m(4040, "'{0}.is_writable' can only be set to true, which makes '{0}' writable (Anchor `mut`) as Poseidon did; an instruction cannot make an account read-only"),

  // ── expressions ──
  LiteralOutOfRange: m(5002, '{0} is out of range for {1} ({2} to {3})'),
  LiteralNotInteger: m(5003, '{0} is not an integer'),
  UntypedLiteral: m(5004, 'Cannot tell the integer type of {0}; write `new u64({0})` (or the type you mean)'),
  TypeMismatch: m(5005, 'Expected {0}, found {1}'),
  UnsupportedExpression: m(5006, 'Unsupported expression: {0}'),
  StringTooLong: m(5007, 'String is {0} bytes; {1} holds at most {2}'),
  IntMix: m(5009, 'Cannot mix {0} and {1}; convert one side with .to{2}()'),
  ToBytesOutsideSeeds: m(5010, 'toBytes() is only allowed in PDA seeds'),
  ConstructorNeedsLiteral: m(5011, 'new {0}(…) needs an integer literal; convert values with .to{1}()'),
  UnknownStructField: m(5012, "Struct '{0}' has no field '{1}'"),
  MissingStructField: m(5013, "Field '{0}' of '{1}' is missing"),
  UnsupportedAccountProperty: m(5014, "'{0}' is not readable; an account exposes '.key' and its state fields"),
  InvalidPubkey: m(5015, "'{0}' is not a valid public key: {1}"),
  StructLocalFieldRead: m(5016, "Reading a field of the struct local '{0}' is not supported; read it from the argument or account the value came from"),
  StringConcatenation: m(5017, "'+' with a string would concatenate text, which a program cannot build; log values with console.log(`… ${x}`)"),
  OperatorOperands: m(5018, "Operator '{0}' needs integer operands of one type (=== and !== also compare Pubkeys); found {1} and {2}"),
  UnaryMinus: m(5019, "Unary '-' is not supported on {0}; write `0 - x`, which fails on overflow like .sub()"),
  TypeAssertion: m(5020, "'as {0}' changes no value at run time, and this value is {1}: convert it with .to{2}()"),

  // ── optional arguments and mints the instruction initializes ──
  // ── CPIs into other DSL programs (`import Callee from "./callee"`, `callee: Program<Callee>`) ──
  ProgramTypeArgument: m(2040, "Program<{0}> needs another DSL program's class, imported from its file: `import Callee from \"./callee\"`, then a parameter `callee: Program<Callee>`"),
  CalleeCycle: m(2041, "'{0}' imports '{1}', which imports it back: DSL programs calling each other by CPI may not import each other in a cycle"),
  CalleeDoesNotCompile: m(2042, "'{0}' (from {1}) does not compile: {2} error(s), the first: {3}"),
  ZeroCopyFieldType: m(2044, "Field '{0}' of zero-copy account '{1}' is {2}: a zero-copy account (bytemuck's Pod) holds integers, Pubkeys and FixedArrays of them; use an `Account` for Booleans, strings, vectors and structs"),
  FixedArrayOutsideZeroCopy: m(2045, "'{0}' can only be the type of a field of a zero-copy account (an interface extending ZeroCopyAccount), whose elements are read and written in place"),
  ZeroCopyPadding: m(2046, "Zero-copy account '{0}' would have {1} byte(s) of padding {2} in its repr(C) layout, which bytemuck's Pod (Anchor's zero_copy) refuses: order the fields by alignment, largest first, or add explicit fields (u128 aligns to 16 bytes on x86-64 and 8 on SBF; both must lay out alike)"),
  FixedArrayNeedsLength: m(2047, 'FixedArray needs an element type and a positive length literal, e.g. `FixedArray<u64, 1000>`'),
  WholeFixedArray: m(2049, "'{0}' is a FixedArray, read and written one element at a time (`{0}[i]`), never whole: it may be megabytes, more than any stack or heap holds"),
  ZeroCopyFunctionArgument: m(2048, "Zero-copy account '{1}' cannot be passed to function '{0}': read and write its fields in the instruction, or pass the values the function needs"),
  InitTooLarge: m(2043, "'{0}' is created by a CPI to the System program, where an account may grow by at most 10,240 bytes; its {1} bytes make every call of this instruction fail (InvalidRealloc), in Anchor's program as in this one"),
  CpiSignerNeeded: m(4042, "{0}.{1} needs '{2}' to sign: pass a Signer parameter of this instruction"),
  CpiArgumentType: m(4043, "{0}.{1} takes '{2}' as {3}: a CPI into another DSL program passes integers, Booleans and Pubkeys only"),
  OptionalField: m(2030, "Field '{0}' cannot be optional: accounts, structs and events hold every field; only an instruction argument can be optional (`x?: T`)"),
  OptionalNotArgument: m(2031, "'{0}' cannot be optional here: only an instruction argument can be (`x?: T` or `x: T | undefined`)"),
  MintFreezeOptional: m(3050, "The freeze authority of '{0}.derive' cannot be the optional '{1}': Anchor's mint::freeze_authority always sets one. Pass a key, or create the mint without it and call TokenProgram.initializeMint({0}, …, {1})"),
  MintKeyNotKey: m(3051, "The {1} of '{2}' must be an account key (`acc.key`) or a Pubkey instruction argument; '{0}' is not one"),
  ZeroNotZeroCopy: m(3061, "'{0}.zero()' needs a zero-copy account (an interface extending ZeroCopyAccount), which the client created and this instruction initializes"),
  ZeroWithInit: m(3062, "'{0}' cannot be both created (`init`) and initialized from a client-created account (`zero`): choose one"),
  ElementIndexType: m(3063, "The index '{0}' must be an unsigned integer of at most 64 bits (u8 … u64, as Rust's usize), not {1}"),
  ElementNotFixedArray: m(3064, "'{0}' cannot be indexed: only a FixedArray field of a zero-copy account can be (`acc.cells[i]`)"),
  ZeroCopyCpiAccount: m(3065, "Zero-copy account '{0}' cannot be passed to {1}: Anchor's handler keeps its data borrowed (AccountLoader's load/load_mut) for the whole instruction, which the CPI's own borrow of the account conflicts with (AccountBorrowFailed where the CPI writes it); make the CPI in an instruction that takes '{0}' as an UncheckedAccount, or keep the data in an `Account`"),
  MintCreationPayer: m(3060, "TokenProgram.initializeMint creates '{0}' when its account does not exist yet, paid by the instruction's only Signer parameter; this instruction has {1}: name the payer with `{0}.initIfNeeded(payer)`"),
  MintInitializedHere: m(3052, "'{0}' is initialized by TokenProgram.initializeMint in this instruction, so it is not a mint when the instruction starts: {1}"),
  OptionalBoolTest: m(5030, "'{0}' is an optional Boolean, so `{0}` as a condition is false for Some(false): test `{0} !== undefined`"),
  OptionalValueUse: m(5031, "'{0}' may be undefined here: test it first (`if ({0}) { … }`), or pass it where an optional value is taken (the freeze authority of TokenProgram.initializeMint, the new authority of TokenProgram.setAuthority)"),
  NarrowingNotFollowed: m(5032, "The compiler cannot follow how '{0}' was narrowed here: test it alone, `if ({0}) { … }` or `if ({0} !== undefined) { … }`, and use it inside that block"),

  // ── backends ── (the sBPF backend's limits, checked before code generation: src/backends/sbf/limits/)
  // 6001 is retired: it was every refusal of the sBPF backend, in free text.
  ZeroCopySeed: m(6010, "'{0}' reads zero-copy account '{1}' in a seed or bump: the Anchor program reads an AccountLoader's data only once loaded, which seeds cannot; pass the value as an argument, or keep it in an `Account`"),
  SbfZeroCopyRelease: m(6011, "The sBPF program reads zero-copy account '{0}' as anchor-lang 1.2's AccountLoader does (an account shorter than the struct fails with 3003); anchor-lang {1} panics there instead, which this backend does not reproduce: target anchor-lang 1.2 (the default)"),
  SbfStructLiteral: m(6002, "The sBPF backend cannot build a struct value yet: this '{0}' literal must come from an argument or an account field instead"),
  SbfEventField: m(6003, "The sBPF backend cannot emit '{0}' yet: its field '{1}' is {2}; event fields may be numbers, Booleans, Pubkeys, strings, and structs and arrays without strings or vectors"),
  SbfFunctionStateAccount: m(6004, "The sBPF backend cannot pass '{1}' to function '{0}' yet: '{2}' holds strings or vectors; pass the fields the function needs as values"),
  SbfStackFrame: m(6005, "'{0}' may need {1} bytes of stack here, more than the {2} bytes of an sBPF stack frame: {3}"),
  SbfHeap: m(6006, "Instruction '{0}' needs {1} bytes of heap for the images of its arguments and accounts holding strings or vectors, more than the {2} bytes of the sBPF heap: split them across instructions"),
  SbfErrorLine: m(6007, "The sBPF program logs an error in a line of at most {0} bytes; the line for {1} would be {2} bytes: shorten {3}"),
  SbfHeapBuffer: m(6008, "'{0}' needs {2} bytes of heap here for {1}, more than the {3} bytes the sBPF heap has free after the images of arguments and accounts: log or emit fewer values"),
  SbfProgramSize: m(6009, "The sBPF program would be {0} bytes, more than the {1} a program account holds (10 MiB less the loader's 45-byte header); its largest instruction, '{2}', takes {3} bytes of code: split the program in two, or its largest instructions into smaller ones"),
} as const satisfies Record<string, MessageTemplate>;

export function fillTemplate(t: MessageTemplate, args: readonly (string | number)[]): string {
  return t.text.replace(/\{(\d+)\}/g, (whole, i: string) => {
    const v = args[Number(i)];
    if (v === undefined) throw new Error(`internal: message ${t.code} is missing argument {${i}}`);
    return String(v);
  });
}
