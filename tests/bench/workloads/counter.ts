// Benchmark workload `counter`: increment a u64 in a program-owned account, checked arithmetic.
import { Account, Pubkey, Result, u64 } from "@solanaturbine/poseidon";

export default class CounterIncrementProgram {
  static PROGRAM_ID = new Pubkey("BgnXfHxKqox52YPDebRvtuhgFDFemxdKnJhPNaF7UNin");

  increment(counter: Counter): Result {
    counter.count = counter.count.add(1);
  }
}

export interface Counter extends Account {
  count: u64;
}
