//! Submissions exported by KoboToolbox or ODK Central, turned into answers files. Pure: text in,
//! [`Answers`] out; the shell reads the export and writes the files.
//!
//! Three shapes are read, all made of the form's field names ([`super::form`]):
//!
//! - KoboToolbox CSV ("XML values and headers"): `;` or `,` between cells, group names in the
//!   headers joined by `/` (or the separator chosen on export) or left out, metadata columns
//!   `start`, `end`, `_uuid`, `_submission_time` and others starting with `_`;
//! - ODK Central CSV: `,`, group names joined by `-` (or left out with "Remove group names"),
//!   `SubmissionDate` first and `KEY`, `Status`, `FormVersion`... last;
//! - KoboToolbox JSON (the data API): a list of submissions, or an object whose `results` is one,
//!   each an object keyed by `group/field` paths.
//!
//! Each becomes a [`Table`]; [`Columns`] says which column is which field, and [`submission`]
//! makes one row an answers file, or says why it cannot.

mod table;

use indexmap::IndexMap;

use super::form::{Field, Form, answer_of_choice, names};
use crate::answers::{Answers, Entry, RubricRef, Stage};
pub use table::{Format, Row, Table, csv_in_zip, detect, is_zip, read_table};

/// Why an export cannot be read at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// The CSV cannot be read.
    #[error("csv")]
    Csv { line: Option<u64>, detail: String },
    /// The JSON cannot be read.
    #[error("json")]
    Json {
        line: usize,
        column: usize,
        detail: String,
    },
    /// JSON that is neither a list of submissions nor an object with `results`.
    #[error("no submissions")]
    NoSubmissions,
    /// A zip file that cannot be read.
    #[error("zip")]
    Zip { detail: String },
    /// A zip without one CSV that is plainly the form's: none, or several unrelated.
    #[error("zip csv")]
    ZipCsv { found: Vec<String> },
    /// The CSV in the zip is larger than `limit` bytes once unpacked.
    #[error("zip too large")]
    ZipTooLarge { name: String, limit: u64 },
    /// The CSV in the zip is not UTF-8.
    #[error("zip not utf-8")]
    ZipNotUtf8 { name: String },
    /// No column of a vet form: another form, or headers written as labels.
    #[error("not a vet form")]
    NotVetForm { missing: Vec<&'static str> },
}

/// Metadata the servers add that vet does not need: left out without a notice.
fn is_server_metadata(header: &str) -> bool {
    const ODK: [&str; 10] = [
        "SubmitterID",
        "SubmitterName",
        "AttachmentsPresent",
        "AttachmentsExpected",
        "ReviewState",
        "DeviceID",
        "Edits",
        "FormVersion",
        "instanceName",
        "deprecatedID",
    ];
    header.starts_with('_')
        || ODK.contains(&header)
        || ["meta", "formhub"]
            .iter()
            .any(|g| group_path(header, g).is_some())
}

/// What follows `group` and a separator in `header` (`meta/instanceID` gives `instanceID`): the
/// separator is anything that is not part of a name (`/`, ` > `, `:`) or a single `-` or `.`,
/// which names may also hold.
fn group_path<'h>(header: &'h str, group: &str) -> Option<&'h str> {
    let rest = header.strip_prefix(group)?;
    let name_at = rest.find(|c: char| c.is_alphanumeric() || c == '_')?;
    let sep = &rest[..name_at];
    let ok = matches!(sep, "-" | ".") || (!sep.is_empty() && !sep.contains(['-', '.']));
    ok.then(|| &rest[name_at..])
}

/// Which column of an export holds which field.
#[derive(Debug, Clone)]
pub struct Columns<'r> {
    fields: Vec<(usize, Field<'r>)>,
    /// The submission's id: `instanceID`, `_uuid`, `KEY`, in that order.
    ids: Vec<usize>,
    /// Dates, in the order they are tried: `start`, `end`, `_submission_time`, `SubmissionDate`.
    dates: Vec<usize>,
    /// ODK Central's `Status`: set when a submission could not be decrypted.
    status: Option<usize>,
    /// Headers that are neither the form's nor the servers'.
    pub unknown: Vec<String>,
}

impl<'r> Columns<'r> {
    /// Maps the headers of an export onto the form. Fails when the columns that every vet form
    /// has (partner, stage, rubric id and version) are not all there.
    pub fn new(form: &Form<'r>, headers: &[String]) -> Result<Columns<'r>, ImportError> {
        let fields = form.fields();
        let mut found: Vec<(usize, Field<'r>)> = Vec::new();
        let (mut ids, mut submitted, mut unknown, mut status) =
            (Vec::new(), Vec::new(), Vec::new(), None);
        let mut id_rank = Vec::new();
        for (i, h) in headers.iter().enumerate() {
            let h = h.as_str();
            let field = fields.iter().find(|(group, name, f)| {
                !found.iter().any(|(_, g)| g == f)
                    && (h == name || group.and_then(|g| group_path(h, g)) == Some(name.as_str()))
            });
            if let Some((_, _, f)) = field {
                found.push((i, *f));
                continue;
            }
            let leaf = group_path(h, "meta").unwrap_or(h);
            match leaf {
                "instanceID" => id_rank.push((0, i)),
                "_uuid" => id_rank.push((1, i)),
                "KEY" => id_rank.push((2, i)),
                "_submission_time" | "SubmissionDate" => submitted.push(i),
                "Status" => status = Some(i),
                _ if is_server_metadata(h) => {}
                _ => unknown.push(h.to_string()),
            }
        }
        id_rank.sort();
        ids.extend(id_rank.into_iter().map(|(_, i)| i));
        let has = |want: Field| found.iter().any(|(_, f)| *f == want);
        let missing: Vec<&'static str> = [
            (Field::Partner, names::PARTNER),
            (Field::Stage, names::STAGE),
            (Field::RubricId, names::RUBRIC_ID),
            (Field::RubricVersion, names::RUBRIC_VERSION),
        ]
        .into_iter()
        .filter(|(f, _)| !has(*f))
        .map(|(_, n)| n)
        .collect();
        if !missing.is_empty() {
            return Err(ImportError::NotVetForm { missing });
        }
        let mut dates: Vec<usize> = [Field::Start, Field::End]
            .iter()
            .filter_map(|want| found.iter().find(|(_, f)| f == want).map(|(i, _)| *i))
            .collect();
        dates.extend(submitted);
        Ok(Columns {
            fields: found,
            ids,
            dates,
            status,
            unknown,
        })
    }

    fn of(&self, want: Field) -> Option<usize> {
        self.fields
            .iter()
            .find(|(_, f)| *f == want)
            .map(|(i, _)| *i)
    }
}

/// A submission made an answers file.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub answers: Answers,
    /// The submission's id (`uuid:` left out), when the export gives it.
    pub id: Option<String>,
}

/// Why one submission cannot be imported. The others still are.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RowError {
    /// ODK Central could not decrypt it: its `Status` says why.
    #[error("not decrypted")]
    NotDecrypted { status: String },
    /// No rubric id or version: not made with a vet form.
    #[error("no rubric")]
    NoRubric,
    /// Made with the form of another rubric, or of another version of it.
    #[error("other form")]
    OtherForm { id: String, version: String },
    #[error("no partner")]
    NoPartner,
    #[error("bad stage")]
    BadStage { found: String },
    /// An answer that is not a choice of the answer scale.
    #[error("bad answer")]
    BadAnswer { question: String, found: String },
    /// None of the date columns holds a date.
    #[error("no date")]
    NoDate,
}

/// Makes one row an answers file for the form's rubric.
pub fn submission(form: &Form, columns: &Columns, row: &Row) -> Result<Imported, RowError> {
    let status = row.cell(columns.status);
    if !status.is_empty() {
        return Err(RowError::NotDecrypted {
            status: status.to_string(),
        });
    }
    let rubric = form.rubric;
    let (id, version) = (
        row.cell(columns.of(Field::RubricId)),
        row.cell(columns.of(Field::RubricVersion)),
    );
    if id.is_empty() && version.is_empty() {
        return Err(RowError::NoRubric);
    }
    if id != rubric.id || version != rubric.version {
        return Err(RowError::OtherForm {
            id: id.to_string(),
            version: version.to_string(),
        });
    }
    let partner = row.cell(columns.of(Field::Partner));
    if partner.is_empty() {
        return Err(RowError::NoPartner);
    }
    let stage = match row.cell(columns.of(Field::Stage)) {
        "before" => Stage::Before,
        "ongoing" => Stage::Ongoing,
        other => {
            return Err(RowError::BadStage {
                found: other.to_string(),
            });
        }
    };
    let date = columns
        .dates
        .iter()
        .find_map(|i| date_of(row.cell(Some(*i))))
        .ok_or(RowError::NoDate)?;
    let mut answers = IndexMap::new();
    for q in form.questions() {
        let value = row.cell(columns.of(Field::Answer(q)));
        if value.is_empty() {
            continue;
        }
        let answer = answer_of_choice(value).ok_or_else(|| RowError::BadAnswer {
            question: q.id.clone(),
            found: value.to_string(),
        })?;
        let note = row.cell(columns.of(Field::Note(q)));
        answers.insert(
            q.id.clone(),
            Entry {
                answer,
                note: (!note.is_empty()).then(|| note.to_string()),
                evidence: Vec::new(),
            },
        );
    }
    let role = row.cell(columns.of(Field::Role));
    let id = columns
        .ids
        .iter()
        .map(|i| row.cell(Some(*i)))
        .find(|s| !s.is_empty())
        .map(|s| s.strip_prefix("uuid:").unwrap_or(s).to_string());
    Ok(Imported {
        answers: Answers {
            rubric: RubricRef {
                id: rubric.id.clone(),
                version: rubric.version.clone(),
            },
            partner: partner.to_string(),
            date,
            stage,
            assessor: (!role.is_empty()).then(|| role.to_string()),
            notes: Default::default(),
            answers,
        },
        id,
    })
}

/// The date of a timestamp as the servers write it (`2026-03-14T10:22:33.123+01:00`,
/// `2026-03-14T09:22:33`, `2026-03-14`): the date where it was taken, as written.
fn date_of(value: &str) -> Option<jiff::civil::Date> {
    value.get(..10)?.parse().ok()
}

/// The answers file's name: the partner and the date as `vet interview` names them, then the
/// first 8 letters and digits of the submission's id, or the row's number when it has none.
pub fn file_name(imported: &Imported, row: usize) -> String {
    let base = crate::answers::default_file_name(&imported.answers.partner, imported.answers.date);
    let stem = base.strip_suffix(".yaml").unwrap_or(&base);
    let id: String = imported
        .id
        .as_deref()
        .unwrap_or("")
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .flat_map(|c| c.to_lowercase())
        .take(8)
        .collect();
    if id.is_empty() {
        format!("{stem}-row{row}.yaml")
    } else {
        format!("{stem}-{id}.yaml")
    }
}

#[cfg(test)]
mod tests;
