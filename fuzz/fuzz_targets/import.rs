//! Fuzz target: any bytes as a submissions export, through everything `vet import` does with one
//! short of writing files (the zip, the shape, the table, the columns, each row made answers and
//! written as YAML, read back). Nothing may panic, hang or exhaust memory.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use vet::answers::Answers;
use vet::rubric::Rubric;
use vet::survey::form::Form;
use vet::survey::import;

static RUBRIC: LazyLock<Rubric> =
    LazyLock::new(|| Rubric::embedded().expect("the embedded rubric loads"));

fuzz_target!(|data: &[u8]| {
    let form = Form::new(&RUBRIC, None).expect("the embedded rubric makes a form");
    let text = if import::is_zip(data) {
        match import::csv_in_zip(data, 1 << 20) {
            Ok((_, text)) => text,
            Err(_) => return,
        }
    } else {
        match std::str::from_utf8(data) {
            Ok(t) => t.to_string(),
            Err(_) => return,
        }
    };
    let Ok(table) = import::read_table(&text, import::detect(&text)) else {
        return;
    };
    let Ok(columns) = import::Columns::new(&form, &table.headers) else {
        return;
    };
    for row in &table.rows {
        if let Ok(imported) = import::submission(&form, &columns, row) {
            let _ = import::file_name(&imported, row.number);
            let yaml = imported.answers.to_yaml();
            Answers::parse(&yaml).expect("what vet import writes, vet score reads");
        }
    }
});
