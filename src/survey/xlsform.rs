//! The XLSForm of a rubric: the form's sheets (`survey`, `choices`, `settings`) as rows of text,
//! built without touching a file, and the workbook's bytes (rust_xlsxwriter). KoboToolbox and ODK
//! Central convert it with pyxform when it is uploaded.
//!
//! Labels and hints are given in every language of the rubric, in columns such as
//! `label::English (en)`: pyxform reads the language's tag between the parentheses. The texts of
//! the rubric come from the rubric; the few of the form itself (partner, stage, role, note, the
//! answer scale) from vet's locales, in English for a language vet does not speak.

use super::form::{Form, GroupKind, names, note_name, stage_choice, xpath_literal};
use crate::answers::{Answer, Stage};

/// One sheet: its name and its rows, the first being the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    pub name: &'static str,
    pub rows: Vec<Vec<String>>,
}

/// The texts of the form itself, by language tag and message id (`form-partner`).
pub type Texts<'a> = dyn Fn(&str, &str) -> String + 'a;

/// The message id of an answer's label on the form.
fn answer_message(answer: Answer) -> &'static str {
    match answer {
        Answer::Yes => "form-answer-yes",
        Answer::Partly => "form-answer-partly",
        Answer::No => "form-answer-no",
        Answer::DontKnow => "form-answer-dont-know",
        Answer::Refused => "form-answer-refused",
        Answer::NotApplicable => "form-answer-not-applicable",
    }
}

/// The message id of a stage's label on the form.
fn stage_message(stage: Stage) -> &'static str {
    match stage {
        Stage::Before => "form-stage-before",
        Stage::Ongoing => "form-stage-ongoing",
    }
}

/// The name of a language, in that language, for the column headers; the tag itself for a
/// language not listed.
pub fn language_name(tag: &str) -> &str {
    let primary = tag.split(['-', '_']).next().unwrap_or(tag);
    match primary.to_ascii_lowercase().as_str() {
        "en" => "English",
        "fr" => "Français",
        "es" => "Español",
        "pt" => "Português",
        "ru" => "Русский",
        "uk" => "Українська",
        "ar" => "العربية",
        "fa" => "فارسی",
        "zh" => "中文",
        "de" => "Deutsch",
        "it" => "Italiano",
        "nl" => "Nederlands",
        "pl" => "Polski",
        "ro" => "Română",
        "ka" => "ქართული",
        "sw" => "Kiswahili",
        "id" => "Bahasa Indonesia",
        "ms" => "Bahasa Melayu",
        "vi" => "Tiếng Việt",
        "th" => "ไทย",
        "hi" => "हिन्दी",
        "bn" => "বাংলা",
        "ne" => "नेपाली",
        "ur" => "اردو",
        "my" => "မြန်မာ",
        "km" => "ខ្មែរ",
        _ => tag,
    }
}

/// The language as XLSForm names it: `English (en)`.
pub fn language_label(tag: &str) -> String {
    format!("{} ({tag})", language_name(tag))
}

/// The three sheets of the form, with labels in every language of the rubric and
/// `default_language` set to `default_lang` (one of the rubric's languages).
pub fn sheets(form: &Form, texts: &Texts, default_lang: &str) -> Vec<Sheet> {
    let rubric = form.rubric;
    let langs = &rubric.languages;
    let per_lang =
        |f: &dyn Fn(&str) -> String| -> Vec<String> { langs.iter().map(|l| f(l)).collect() };
    let blank = || vec![String::new(); langs.len()];

    // survey: type, name, labels, hints, required, relevant, calculation.
    let mut header = vec!["type".to_string(), "name".to_string()];
    header.extend(
        langs
            .iter()
            .map(|l| format!("label::{}", language_label(l))),
    );
    header.extend(langs.iter().map(|l| format!("hint::{}", language_label(l))));
    header.extend(["required", "relevant", "calculation"].map(String::from));
    let mut survey = vec![header];
    let mut row = |kind: &str,
                   name: &str,
                   labels: Vec<String>,
                   hints: Vec<String>,
                   required: bool,
                   relevant: Option<String>,
                   calculation: Option<String>| {
        let mut r = vec![kind.to_string(), name.to_string()];
        r.extend(labels);
        r.extend(hints);
        r.push(if required {
            "yes".into()
        } else {
            String::new()
        });
        r.push(relevant.unwrap_or_default());
        r.push(calculation.unwrap_or_default());
        survey.push(r);
    };
    let msg = |id: &'static str| move |l: &str| texts(l, id);
    row("start", names::START, blank(), blank(), false, None, None);
    row("end", names::END, blank(), blank(), false, None, None);
    row(
        "calculate",
        names::RUBRIC_ID,
        blank(),
        blank(),
        false,
        None,
        Some(xpath_literal(&rubric.id)),
    );
    row(
        "calculate",
        names::RUBRIC_VERSION,
        blank(),
        blank(),
        false,
        None,
        Some(xpath_literal(&rubric.version)),
    );
    row(
        "text",
        names::PARTNER,
        per_lang(&msg("form-partner")),
        per_lang(&msg("form-partner-hint")),
        true,
        None,
        None,
    );
    match form.stage {
        None => row(
            &format!("select_one {}", names::STAGE_LIST),
            names::STAGE,
            per_lang(&msg("form-stage")),
            blank(),
            true,
            None,
            None,
        ),
        Some(s) => row(
            "calculate",
            names::STAGE,
            blank(),
            blank(),
            false,
            None,
            Some(xpath_literal(stage_choice(s))),
        ),
    }
    row(
        "text",
        names::ROLE,
        per_lang(&msg("form-role")),
        per_lang(&msg("form-role-hint")),
        false,
        None,
        None,
    );
    for g in &form.groups {
        let label = per_lang(&|l: &str| match g.kind {
            GroupKind::Standard(s) => rubric.text(&s.name, l).to_string(),
            GroupKind::RedFlags => texts(l, "form-red-flags"),
            GroupKind::Other => texts(l, "form-other-questions"),
        });
        row("begin_group", &g.name, label, blank(), false, None, None);
        for q in &g.questions {
            let hint = match &q.help {
                Some(h) => per_lang(&|l: &str| rubric.text(h, l).to_string()),
                None => blank(),
            };
            row(
                &format!("select_one {}", names::ANSWER_LIST),
                &q.id,
                per_lang(&|l: &str| rubric.text(&q.text, l).to_string()),
                hint,
                false,
                form.relevant(q),
                None,
            );
            row(
                "text",
                &note_name(&q.id),
                per_lang(&msg("form-note")),
                per_lang(&msg("form-note-hint")),
                false,
                Some(format!("${{{}}} != ''", q.id)),
                None,
            );
        }
        row("end_group", "", blank(), blank(), false, None, None);
    }

    // choices: list_name, name, labels.
    let mut header = vec!["list_name".to_string(), "name".to_string()];
    header.extend(
        langs
            .iter()
            .map(|l| format!("label::{}", language_label(l))),
    );
    let mut choices = vec![header];
    for a in Answer::ALL {
        let mut r = vec![
            names::ANSWER_LIST.to_string(),
            super::form::choice_name(a).to_string(),
        ];
        r.extend(per_lang(&|l: &str| texts(l, answer_message(a))));
        choices.push(r);
    }
    if form.stage.is_none() {
        for s in [Stage::Before, Stage::Ongoing] {
            let mut r = vec![names::STAGE_LIST.to_string(), stage_choice(s).to_string()];
            r.extend(per_lang(&|l: &str| texts(l, stage_message(s))));
            choices.push(r);
        }
    }

    // settings: one row. `version` is the rubric's semantic version, as text.
    let settings = vec![
        [
            "form_title",
            "form_id",
            "version",
            "default_language",
            "name",
        ]
        .map(String::from)
        .to_vec(),
        vec![
            rubric.text(&rubric.title, default_lang).to_string(),
            form.form_id(),
            rubric.version.clone(),
            language_label(default_lang),
            "data".to_string(),
        ],
    ];

    vec![
        Sheet {
            name: "survey",
            rows: survey,
        },
        Sheet {
            name: "choices",
            rows: choices,
        },
        Sheet {
            name: "settings",
            rows: settings,
        },
    ]
}

/// The workbook of `sheets`, as the bytes of an .xlsx file. Every cell is text.
pub fn to_xlsx(sheets: &[Sheet]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut book = rust_xlsxwriter::Workbook::new();
    for sheet in sheets {
        let ws = book.add_worksheet();
        ws.set_name(sheet.name)?;
        for (r, row) in sheet.rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if !cell.is_empty() {
                    ws.write_string(index(r), col(c), cell)?;
                }
            }
        }
        // Wide enough to read a question when the form is opened in a spreadsheet.
        let widths = sheet.rows.first().map_or(0, Vec::len);
        for c in 0..widths {
            let header = &sheet.rows[0][c];
            let width = if header.starts_with("label") || header.starts_with("hint") {
                50.0
            } else {
                18.0
            };
            ws.set_column_width(col(c), width)?;
        }
        ws.set_freeze_panes(1, 0)?;
    }
    book.save_to_buffer()
}

fn index(r: usize) -> u32 {
    u32::try_from(r).unwrap_or(u32::MAX)
}

fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::mini_rubric;

    fn texts(lang: &str, id: &str) -> String {
        format!("{lang}:{id}")
    }

    fn survey_rows(sheets: &[Sheet]) -> &[Vec<String>] {
        &sheets[0].rows
    }

    fn column(sheet: &Sheet, name: &str) -> usize {
        sheet.rows[0].iter().position(|h| h == name).unwrap()
    }

    #[test]
    fn every_question_has_an_answer_and_a_note_in_its_standards_group() {
        let rubric = mini_rubric();
        let form = Form::new(&rubric, None).unwrap();
        let sheets = sheets(&form, &texts, "en");
        let rows = survey_rows(&sheets);
        let names: Vec<(&str, &str)> = rows[1..]
            .iter()
            .map(|r| (r[0].as_str(), r[1].as_str()))
            .collect();
        assert_eq!(
            names[..7],
            [
                ("start", "start"),
                ("end", "end"),
                ("calculate", "rubric_id"),
                ("calculate", "rubric_version"),
                ("text", "partner"),
                ("select_one stage", "stage"),
                ("text", "role"),
            ]
        );
        assert_eq!(
            names[7..11],
            [
                ("begin_group", "s1"),
                ("select_one answer", "q1"),
                ("text", "q1_note"),
                ("select_one answer", "q2"),
            ]
        );
        assert_eq!(names.iter().filter(|(t, _)| *t == "end_group").count(), 2);
        let s = &sheets[0];
        let q4 = rows.iter().find(|r| r[1] == "q4").unwrap();
        assert_eq!(q4[column(s, "relevant")], "${stage} = 'before'");
        assert_eq!(
            q4[column(s, "label::Français (fr)")],
            "Quatre est-il vrai ?"
        );
        let note = rows.iter().find(|r| r[1] == "q4_note").unwrap();
        assert_eq!(note[column(s, "relevant")], "${q4} != ''");
        assert_eq!(note[column(s, "label::English (en)")], "en:form-note");
        let version = rows.iter().find(|r| r[1] == "rubric_version").unwrap();
        assert_eq!(version[column(s, "calculation")], "'1.2.0'");
    }

    #[test]
    fn settings_name_the_rubric_its_version_and_the_default_language() {
        let rubric = mini_rubric();
        let form = Form::new(&rubric, Some(Stage::Ongoing)).unwrap();
        let sheets = sheets(&form, &texts, "fr");
        assert_eq!(
            sheets[2].rows[1],
            [
                "Mini grille",
                "mini-ongoing",
                "1.2.0",
                "Français (fr)",
                "data"
            ]
        );
        // One stage: the stage is calculated, not asked, and has no choices.
        let stage = sheets[0].rows.iter().find(|r| r[1] == "stage").unwrap();
        assert_eq!(stage[0], "calculate");
        assert!(sheets[1].rows.iter().all(|r| r[0] != "stage"));
        assert!(sheets[0].rows.iter().all(|r| r[1] != "q4"));
    }

    #[test]
    fn choices_are_the_answer_scale_and_the_stages_labelled_in_every_language() {
        let rubric = mini_rubric();
        let form = Form::new(&rubric, None).unwrap();
        let sheets = sheets(&form, &texts, "en");
        let choices: Vec<(&str, &str, &str)> = sheets[1].rows[1..]
            .iter()
            .map(|r| (r[0].as_str(), r[1].as_str(), r[3].as_str()))
            .collect();
        assert_eq!(
            choices,
            [
                ("answer", "yes", "fr:form-answer-yes"),
                ("answer", "partly", "fr:form-answer-partly"),
                ("answer", "no", "fr:form-answer-no"),
                ("answer", "dont_know", "fr:form-answer-dont-know"),
                ("answer", "refused", "fr:form-answer-refused"),
                ("answer", "not_applicable", "fr:form-answer-not-applicable"),
                ("stage", "before", "fr:form-stage-before"),
                ("stage", "ongoing", "fr:form-stage-ongoing"),
            ]
        );
    }

    #[test]
    fn the_sheets_of_the_mini_rubric() {
        let rubric = mini_rubric();
        let form = Form::new(&rubric, None).unwrap();
        let text: String = sheets(&form, &texts, "en")
            .iter()
            .map(|s| {
                let rows: Vec<String> = s.rows.iter().map(|r| r.join(" | ")).collect();
                format!("## {}\n{}\n", s.name, rows.join("\n"))
            })
            .collect();
        insta::assert_snapshot!(text);
    }

    #[test]
    fn the_workbook_is_a_zip_file() {
        let rubric = mini_rubric();
        let form = Form::new(&rubric, None).unwrap();
        let bytes = to_xlsx(&sheets(&form, &texts, "en")).unwrap();
        assert!(bytes.starts_with(b"PK\x03\x04"));
    }

    #[test]
    fn languages_are_named_with_their_tag() {
        assert_eq!(language_label("fr"), "Français (fr)");
        assert_eq!(language_label("pt-BR"), "Português (pt-BR)");
        assert_eq!(language_label("xx"), "xx (xx)");
    }
}
