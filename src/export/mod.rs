//! Output formats of `vet score`, `vet diff` and `vet history`. Each renderer returns a `String`;
//! the caller writes it.

pub mod csv;
pub mod diff;
pub mod document;
pub mod history;
pub mod html;
pub mod json;
pub mod markdown;
pub mod panel;
pub mod rubric;
pub mod table;
pub mod text;

pub use crate::scored::Scored;

/// The JSON contract: one object for one file, an array for several.
pub fn json(scored: &[Scored]) -> String {
    let reports: Vec<_> = scored
        .iter()
        .map(|s| json::JsonReport::new(s.file, s.answers, &s.assessment, s.redacted))
        .collect();
    let text = if let [one] = reports.as_slice() {
        serde_json::to_string_pretty(one)
    } else {
        serde_json::to_string_pretty(&reports)
    };
    text.map(|t| t + "\n").unwrap_or_default()
}

/// One report of the JSON array that [`json`] gives for several files, the `index`th (from 0),
/// with what comes before it; [`JSON_END`] closes the array. Written in order, the items and the end
/// are byte for byte what [`json`] gives for the whole list, so `vet score` can write each file as
/// it is scored rather than hold every report at once.
pub fn json_item(s: &Scored, index: usize) -> String {
    let report = json::JsonReport::new(s.file, s.answers, &s.assessment, s.redacted);
    let text = serde_json::to_string_pretty(&report).unwrap_or_default();
    // Inside the array every line is indented one level; JSON strings hold no raw newline.
    let mut out = String::from(if index == 0 { "[\n" } else { ",\n" });
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str("  ");
        out.push_str(line);
    }
    out
}

/// What closes the JSON array after the last [`json_item`].
pub const JSON_END: &str = "\n]\n";

/// One report of the YAML sequence that [`yaml`] gives for several files: a block sequence is its
/// items one after the other, so these, written in order, are what [`yaml`] gives.
pub fn yaml_item(s: &Scored) -> String {
    let report = json::JsonReport::new(s.file, s.answers, &s.assessment, s.redacted);
    serde_yaml::to_string(&[report]).unwrap_or_default()
}

/// The same contract as [`json`], in YAML.
pub fn yaml(scored: &[Scored]) -> String {
    let reports: Vec<_> = scored
        .iter()
        .map(|s| json::JsonReport::new(s.file, s.answers, &s.assessment, s.redacted))
        .collect();
    let text = if let [one] = reports.as_slice() {
        serde_yaml::to_string(one)
    } else {
        serde_yaml::to_string(&reports)
    };
    text.unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answers;
    use crate::rubric::Rubric;

    fn answers(name: &str) -> Answers {
        let path = format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"));
        Answers::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    #[test]
    fn items_written_in_order_are_the_whole_output_for_several_files() {
        let rubric = Rubric::embedded_1().unwrap();
        let all: Vec<Answers> = ["good.yaml", "bad.yaml", "ugly.yaml", "inconclusive.yaml"]
            .iter()
            .map(|n| answers(n))
            .collect();
        let names = ["a \"quoted\"\nname", "b", "c", "d"];
        for total in 2..=all.len() {
            let scored: Vec<Scored> = all[..total]
                .iter()
                .zip(names)
                .map(|(a, file)| Scored::new(&rubric, file, a))
                .collect();
            let items: String = scored
                .iter()
                .enumerate()
                .map(|(i, s)| json_item(s, i))
                .collect();
            assert_eq!(items + JSON_END, json(&scored), "json, {total} files");
            let items: String = scored.iter().map(yaml_item).collect();
            assert_eq!(items, yaml(&scored), "yaml, {total} files");
        }
    }
}
