// Empty on purpose: this crate only exists so Cargo.lock resolves anchor-lang's dependency graph.
