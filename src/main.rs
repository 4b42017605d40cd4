//! The `vet` binary: arguments in, exit status out. Everything else is in the library.

use std::process::ExitCode;

fn main() -> ExitCode {
    vet::run(std::env::args_os())
}
