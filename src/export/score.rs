//! `vet score`'s output for any number of files, written a file at a time: each format's framing
//! (the JSON array, the CSV header, blank lines between terminal and Markdown reports, the one HTML
//! page) is decided here, so the command only writes what [`ScoreWriter`] gives it.
//!
//! Nothing is held but the HTML page's documents: memory does not grow with the number of files
//! for any other format.

use super::model::score::Document;
use super::style::Style;
use super::words::Words;
use super::{csv, html, json, markdown, table};
use crate::cli::ScoreFormat;
use crate::i18n::L10n;
use crate::rubric::Rubric;
use crate::scored::Scored;

/// Frames the reports of `vet score` in one format: [`start`](Self::start), then
/// [`item`](Self::item) for each scored file in order, then [`finish`](Self::finish). Written one
/// after the other, the texts are the whole output.
#[derive(Debug)]
pub struct ScoreWriter<'l> {
    format: ScoreFormat,
    /// Several files were asked for: JSON and YAML make a list, even of one report or none.
    several: bool,
    style: Style,
    l10n: &'l L10n,
    written: usize,
    /// The HTML page is one document: its articles are kept until the end.
    pages: Vec<Document>,
}

impl<'l> ScoreWriter<'l> {
    /// A writer of `format`, for one file or `several`, worded in `l10n`; `style` is the
    /// terminal's (tables only).
    pub fn new(format: ScoreFormat, several: bool, style: Style, l10n: &'l L10n) -> Self {
        ScoreWriter {
            format,
            several,
            style,
            l10n,
            written: 0,
            pages: Vec::new(),
        }
    }

    /// What comes before the first report: the CSV header, whose columns are the standards of the
    /// rubric `rubric` gives; nothing for the other formats, which never ask for it (reading the
    /// current rubric costs a run on an older file a third of its time).
    pub fn start<'r>(&self, rubric: impl FnOnce() -> &'r Rubric) -> String {
        match self.format {
            ScoreFormat::Csv => csv::header_text(rubric()),
            _ => String::new(),
        }
    }

    /// The report on `s`, scored with `rubric`, and what separates it from the one before.
    pub fn item(&mut self, s: &Scored, rubric: &Rubric) -> String {
        let words = Words::new(rubric, self.l10n);
        let index = self.written;
        self.written += 1;
        let separated = |text: String| {
            if index == 0 {
                text
            } else {
                "\n".to_string() + &text
            }
        };
        match self.format {
            ScoreFormat::Json if self.several => json::array_item(s, index),
            ScoreFormat::Json => json::reports(std::slice::from_ref(s)),
            ScoreFormat::Yaml if self.several => json::yaml_item(s),
            ScoreFormat::Yaml => json::reports_yaml(std::slice::from_ref(s)),
            ScoreFormat::Table => separated(table::score::render(s, &words, self.style)),
            ScoreFormat::Markdown => separated(markdown::render(s, &words)),
            ScoreFormat::Csv => csv::row_text(s),
            ScoreFormat::Html => {
                self.pages.push(Document::new(s, &words));
                String::new()
            }
        }
    }

    /// How many reports were given so far.
    pub fn written(&self) -> usize {
        self.written
    }

    /// What closes the output: the end of the JSON list (an empty list when no file could be
    /// scored), the HTML page; nothing for the other formats.
    pub fn finish(self) -> String {
        match self.format {
            ScoreFormat::Json if self.several && self.written == 0 => json::reports(&[]),
            ScoreFormat::Json if self.several => json::ARRAY_END.to_string(),
            ScoreFormat::Yaml if self.several && self.written == 0 => json::reports_yaml(&[]),
            ScoreFormat::Html if self.written > 0 => html::render(&self.pages, self.l10n),
            _ => String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answers;
    use crate::i18n::Lang;

    const FORMATS: [ScoreFormat; 6] = [
        ScoreFormat::Table,
        ScoreFormat::Json,
        ScoreFormat::Yaml,
        ScoreFormat::Markdown,
        ScoreFormat::Html,
        ScoreFormat::Csv,
    ];

    fn answers(name: &str) -> Answers {
        let path = format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"));
        Answers::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    #[test]
    fn only_csv_asks_for_the_rubric_before_the_first_report() {
        // Reading the current rubric is a third of a run on an older file: the other formats must
        // not ask for it.
        let l10n = L10n::new(Lang::En);
        for format in FORMATS {
            let w = ScoreWriter::new(format, true, Style::plain(100), &l10n);
            let mut asked = false;
            let rubric = Rubric::embedded_1().unwrap();
            let head = w.start(|| {
                asked = true;
                &rubric
            });
            assert_eq!(asked, format == ScoreFormat::Csv, "{format:?}");
            assert_eq!(head.is_empty(), format != ScoreFormat::Csv, "{format:?}");
        }
    }

    /// Everything `ScoreWriter` gives for `scored`, in order.
    fn streamed(format: ScoreFormat, several: bool, scored: &[Scored], l10n: &L10n) -> String {
        let rubric = Rubric::embedded_1().unwrap();
        let mut w = ScoreWriter::new(format, several, Style::plain(100), l10n);
        let mut out = w.start(|| &rubric);
        for s in scored {
            out.push_str(&w.item(s, &rubric));
        }
        assert_eq!(w.written(), scored.len());
        out + &w.finish()
    }

    /// The whole output for `scored` at once, as each format's renderer gives it: one report for
    /// one file, a list for several.
    fn whole(format: ScoreFormat, scored: &[Scored], l10n: &L10n) -> String {
        let rubric = Rubric::embedded_1().unwrap();
        let words = Words::new(&rubric, l10n);
        match format {
            ScoreFormat::Json => json::reports(scored),
            ScoreFormat::Yaml => json::reports_yaml(scored),
            ScoreFormat::Csv => csv::render(&rubric, scored),
            ScoreFormat::Html if scored.is_empty() => String::new(),
            ScoreFormat::Html => {
                let docs: Vec<Document> = scored.iter().map(|s| Document::new(s, &words)).collect();
                html::render(&docs, l10n)
            }
            ScoreFormat::Table => scored
                .iter()
                .map(|s| table::score::render(s, &words, Style::plain(100)))
                .collect::<Vec<_>>()
                .join("\n"),
            ScoreFormat::Markdown => scored
                .iter()
                .map(|s| markdown::render(s, &words))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    #[test]
    fn reports_written_a_file_at_a_time_are_the_whole_output_in_every_format() {
        let rubric = Rubric::embedded_1().unwrap();
        let l10n = L10n::new(Lang::En);
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
            for format in FORMATS {
                assert_eq!(
                    streamed(format, true, &scored, &l10n),
                    whole(format, &scored, &l10n),
                    "{format:?}, {total} files"
                );
            }
        }
    }

    #[test]
    fn one_file_alone_is_one_report_not_a_list() {
        let rubric = Rubric::embedded_1().unwrap();
        let l10n = L10n::new(Lang::En);
        let good = answers("good.yaml");
        let scored = [Scored::new(&rubric, "good.yaml", &good)];
        for format in FORMATS {
            assert_eq!(
                streamed(format, false, &scored, &l10n),
                whole(format, &scored, &l10n),
                "{format:?}"
            );
        }
        assert!(streamed(ScoreFormat::Json, false, &scored, &l10n).starts_with('{'));
        assert!(streamed(ScoreFormat::Json, true, &scored, &l10n).starts_with("[\n  {"));
    }

    #[test]
    fn several_files_of_which_none_could_be_scored_still_make_an_empty_list_and_one_header() {
        let rubric = Rubric::embedded_1().unwrap();
        let l10n = L10n::new(Lang::En);
        assert_eq!(streamed(ScoreFormat::Json, true, &[], &l10n), "[]\n");
        assert_eq!(streamed(ScoreFormat::Yaml, true, &[], &l10n), "[]\n");
        assert_eq!(
            streamed(ScoreFormat::Csv, true, &[], &l10n),
            csv::header_text(&rubric)
        );
        for format in [ScoreFormat::Table, ScoreFormat::Markdown, ScoreFormat::Html] {
            assert_eq!(streamed(format, true, &[], &l10n), "", "{format:?}");
        }
    }
}
