//! Fuzz target: any bytes as a rubric file, through what `vet --rubric FILE` does with one (parse,
//! validate) and, when it validates, scoring an example answers file against it. Nothing may
//! panic, hang or exhaust memory.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use vet::answers::Answers;
use vet::rubric::Rubric;

static ANSWERS: LazyLock<Answers> = LazyLock::new(|| {
    Answers::parse(include_str!("../../examples/good.yaml")).expect("the example loads")
});

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(rubric) = Rubric::parse(text) {
        if rubric.validate(text).is_empty() {
            let _ = ANSWERS.check(&rubric, text);
            let _ = vet::score::assess(&rubric, &ANSWERS);
        }
    }
});
