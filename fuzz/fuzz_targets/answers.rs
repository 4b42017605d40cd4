//! Fuzz target: any bytes as an answers file, through everything `vet score` does with one
//! (UTF-8 check, parse, check against the embedded rubric, score). Nothing may panic, hang or
//! exhaust memory.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use vet::answers::Answers;
use vet::rubric::Rubric;

static RUBRIC: LazyLock<Rubric> =
    LazyLock::new(|| Rubric::embedded().expect("the embedded rubric loads"));

fuzz_target!(|data: &[u8]| {
    // fsio refuses text that is not UTF-8 (with its place) before any parsing.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(answers) = Answers::parse(text) {
        let _ = answers.check(&RUBRIC, text);
        let _ = vet::score::assess(&RUBRIC, &answers);
    }
});
