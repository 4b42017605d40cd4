//! vet's CSV: the one writer every CSV output goes through ([`write`](fn@write)), the format of
//! `vet score` (one row per answers file, for a spreadsheet that gathers many assessments) and of
//! `vet history` (one row per assessment, oldest first). Never localised; the header names are a
//! contract, like the JSON field names.
//!
//! Output is RFC 4180 (CRLF line ends, quotes where needed). A cell that a spreadsheet would take
//! for a formula (it begins with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with a
//! single quote, as OWASP recommends against CSV injection. Notes, documents seen and the assessor
//! are never in `vet score`'s CSV.

use crate::history::History;
use crate::rubric::Rubric;
use crate::scored::Scored;

/// The columns before the standards'.
const LEAD: [&str; 7] = [
    "file",
    "partner",
    "date",
    "stage",
    "rubric_id",
    "rubric_version",
    "classification",
];
/// The columns after the standards'.
const TAIL: [&str; 7] = [
    "red_flags",
    "suspected_red_flags",
    "refusals",
    "firm",
    "best",
    "worst",
    "decisive_questions",
];

/// The header: the fixed columns, and two per standard of the rubric (`<id>_score`,
/// `<id>_status`), in rubric order.
pub fn header(rubric: &Rubric) -> Vec<String> {
    LEAD.iter()
        .map(|c| c.to_string())
        .chain(
            rubric
                .standards
                .iter()
                .flat_map(|s| [format!("{}_score", s.id), format!("{}_status", s.id)]),
        )
        .chain(TAIL.iter().map(|c| c.to_string()))
        .collect()
}

/// A cell a spreadsheet will show as text, never run as a formula.
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

fn row(s: &Scored) -> Vec<String> {
    let a = &s.assessment;
    let mut row = vec![
        s.file.to_string(),
        s.answers.partner.clone(),
        s.answers.date.to_string(),
        s.answers.stage.token().to_string(),
        s.answers.rubric.id.clone(),
        s.answers.rubric.version.clone(),
        a.verdict.token().to_string(),
    ];
    for st in &a.standards {
        // Three decimals, rounded as in JSON; empty when nothing is known.
        row.push(super::json::score_cell(st.score));
        row.push(st.status.token().to_string());
    }
    row.push(a.red_flags.len().to_string());
    row.push(a.suspected.len().to_string());
    row.push(a.refusals.len().to_string());
    row.push(a.firm().to_string());
    row.push(a.best.token().to_string());
    row.push(a.worst.token().to_string());
    // Ids, space-separated, in the order to ask them.
    row.push(
        a.decisive
            .iter()
            .map(|d| d.id.as_str())
            .collect::<Vec<_>>()
            .join(" "),
    );
    row
}

/// CSV text of `records`, the header first: RFC 4180 with CRLF line ends, every cell
/// [neutralised](neutralise). Every CSV that vet prints is written here, so that none skips either.
pub fn write<R, C>(records: impl IntoIterator<Item = R>) -> String
where
    R: IntoIterator<Item = C>,
    C: AsRef<str>,
{
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing strings to a Vec cannot fail, and every caller gives records of one length; like
    // the JSON renderer, an impossible failure gives an empty text rather than a panic.
    let written = records
        .into_iter()
        .try_for_each(|r| w.write_record(r.into_iter().map(|c| neutralise(c.as_ref()))));
    match (written, w.into_inner()) {
        (Ok(()), Ok(bytes)) => String::from_utf8(bytes).unwrap_or_default(),
        _ => String::new(),
    }
}

/// The CSV text: a header and one row per scored file, every file scored with `rubric`.
pub fn render(rubric: &Rubric, scored: &[Scored]) -> String {
    write(std::iter::once(header(rubric)).chain(scored.iter().map(row)))
}

/// The CSV contract of `vet history`: a header, then one row per assessment, oldest first:
/// `file,date,partner,stage,rubric_version,classification,answered,questions_total`, then one
/// column per standard id with its score (3 decimals, empty when nothing is known). Written like
/// every CSV of vet: RFC 4180, CRLF, formulas neutralised.
pub fn history(rows: &[Scored], h: &History) -> String {
    let mut head: Vec<String> = [
        "file",
        "date",
        "partner",
        "stage",
        "rubric_version",
        "classification",
        "answered",
        "questions_total",
    ]
    .map(String::from)
    .to_vec();
    head.extend(h.standards.iter().map(|s| s.id.clone()));
    let records = h.order.iter().map(|&i| {
        let s = &rows[i];
        let a = &s.assessment;
        let mut record = vec![
            s.file.to_string(),
            s.answers.date.to_string(),
            s.answers.partner.clone(),
            s.answers.stage.token().to_string(),
            s.answers.rubric.version.clone(),
            a.verdict.token().to_string(),
            a.answered.to_string(),
            a.questions_total.to_string(),
        ];
        record.extend(
            a.standards
                .iter()
                .map(|st| super::json::score_cell(st.score)),
        );
        record
    });
    write(std::iter::once(head).chain(records))
}

/// The header line alone, for output written a file at a time.
pub fn header_text(rubric: &Rubric) -> String {
    write([header(rubric)])
}

/// One file's line alone, for output written a file at a time.
pub fn row_text(s: &Scored) -> String {
    write([row(s)])
}

#[cfg(test)]
mod tests {
    use super::{neutralise, write};

    #[test]
    fn written_csv_ends_lines_with_crlf_and_neutralises_every_cell() {
        let out = write([["a", "=1+1"], ["x,y", "@SUM(1)"]]);
        assert_eq!(out, "a,'=1+1\r\n\"x,y\",'@SUM(1)\r\n");
    }

    #[test]
    fn cells_that_would_run_as_formulas_are_prefixed_with_a_quote() {
        for hostile in ["=1+1", "+1", "-1", "@SUM(1)", "\tx", "\rx"] {
            assert_eq!(neutralise(hostile), format!("'{hostile}"));
        }
    }

    #[test]
    fn ordinary_cells_are_left_as_they_are() {
        for plain in ["Northfield", "2025-03-14", "0.750", "", "a=b", "'quoted"] {
            assert_eq!(neutralise(plain), plain);
        }
    }
}
