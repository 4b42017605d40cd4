//! Output formats of `vet score`. Each renderer returns a `String`; the caller writes it.

pub mod json;
pub mod markdown;
pub mod rubric;
pub mod table;
pub mod text;

use crate::answers::Answers;
use crate::score::Assessment;

/// A file that was loaded and scored, ready to render.
#[derive(Debug)]
pub struct Scored<'a> {
    /// The file as named on the command line.
    pub file: &'a str,
    pub answers: &'a Answers,
    pub assessment: Assessment,
}

/// The JSON contract: one object for one file, an array for several.
pub fn json(scored: &[Scored]) -> String {
    let reports: Vec<_> = scored
        .iter()
        .map(|s| json::JsonReport::new(s.file, s.answers, &s.assessment, false))
        .collect();
    let text = if let [one] = reports.as_slice() {
        serde_json::to_string_pretty(one)
    } else {
        serde_json::to_string_pretty(&reports)
    };
    text.map(|t| t + "\n").unwrap_or_default()
}

/// The part of [`json`]'s output for `total` files that belongs to the `index`th (from 0). Written in
/// order, the parts are byte for byte what [`json`] gives for the whole list, so `vet score` can write
/// each file as it is scored rather than hold every report at once.
pub fn json_part(s: &Scored, index: usize, total: usize) -> String {
    if total == 1 {
        return json(std::slice::from_ref(s));
    }
    let report = json::JsonReport::new(s.file, s.answers, &s.assessment, false);
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
    if index + 1 == total {
        out.push_str("\n]\n");
    }
    out
}

/// The part of [`yaml`]'s output for `total` files that belongs to the `index`th, as [`json_part`].
pub fn yaml_part(s: &Scored, _index: usize, total: usize) -> String {
    if total == 1 {
        return yaml(std::slice::from_ref(s));
    }
    // A block sequence is its items one after the other.
    let report = json::JsonReport::new(s.file, s.answers, &s.assessment, false);
    serde_yaml::to_string(&[report]).unwrap_or_default()
}

/// The same contract as [`json`], in YAML.
pub fn yaml(scored: &[Scored]) -> String {
    let reports: Vec<_> = scored
        .iter()
        .map(|s| json::JsonReport::new(s.file, s.answers, &s.assessment, false))
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
    use crate::rubric::Rubric;

    fn answers(name: &str) -> Answers {
        let path = format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"));
        Answers::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    #[test]
    fn parts_written_in_order_are_the_whole_output() {
        let rubric = Rubric::embedded().unwrap();
        let all: Vec<Answers> = ["good.yaml", "bad.yaml", "ugly.yaml", "inconclusive.yaml"]
            .iter()
            .map(|n| answers(n))
            .collect();
        let names = ["a \"quoted\"\nname", "b", "c", "d"];
        for total in 1..=all.len() {
            let scored: Vec<Scored> = all[..total]
                .iter()
                .zip(names)
                .map(|(a, file)| Scored {
                    file,
                    answers: a,
                    assessment: crate::score::assess(&rubric, a),
                })
                .collect();
            let parts = |f: fn(&Scored, usize, usize) -> String| -> String {
                scored
                    .iter()
                    .enumerate()
                    .map(|(i, s)| f(s, i, total))
                    .collect()
            };
            assert_eq!(parts(json_part), json(&scored), "json, {total} files");
            assert_eq!(parts(yaml_part), yaml(&scored), "yaml, {total} files");
        }
    }
}
