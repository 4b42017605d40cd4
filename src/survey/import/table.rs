//! An export read into a [`Table`] of text: its shape guessed ([`detect`]), a CSV taken out of a
//! ZIP, the separator of a KoboToolbox CSV found, a KoboToolbox JSON flattened to `group/field`
//! columns.

use indexmap::IndexMap;

use super::ImportError;

/// The shape of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    KoboCsv,
    OdkCsv,
    KoboJson,
}

/// Guesses the shape of an export from its text: JSON when it opens with `{` or `[`, ODK Central
/// CSV when the first column is `SubmissionDate`, else KoboToolbox CSV.
pub fn detect(text: &str) -> Format {
    let text = text.trim_start_matches('\u{feff}').trim_start();
    if text.starts_with(['{', '[']) {
        return Format::KoboJson;
    }
    let first = text.lines().next().unwrap_or("");
    if first.trim_start_matches('"').starts_with("SubmissionDate") {
        Format::OdkCsv
    } else {
        Format::KoboCsv
    }
}

/// Whether `bytes` open like a zip file (ODK Central downloads its CSV in one).
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// The form's CSV in a zip as ODK Central downloads it, with its name: the only CSV, or, when
/// repeat tables are beside it (`form-repeat.csv`), the one whose name the others extend. At most
/// `limit` bytes are unpacked.
pub fn csv_in_zip(bytes: &[u8], limit: u64) -> Result<(String, String), ImportError> {
    use std::io::Read;
    let zip_error = |e: zip::result::ZipError| ImportError::Zip {
        detail: e.to_string(),
    };
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(zip_error)?;
    let names: Vec<String> = archive
        .file_names()
        .filter_map(Result::ok)
        .filter(|n| n.to_ascii_lowercase().ends_with(".csv"))
        .map(|n| n.to_string())
        .collect();
    let stem = |n: &str| n[..n.len() - ".csv".len()].to_string();
    let root = names
        .iter()
        .find(|n| {
            let prefix = format!("{}-", stem(n));
            names.iter().all(|o| o == *n || o.starts_with(&prefix))
        })
        .cloned()
        .ok_or_else(|| ImportError::ZipCsv {
            found: names.clone(),
        })?;
    let too_large = || ImportError::ZipTooLarge {
        name: root.clone(),
        limit,
    };
    let entry = archive.by_name(&root).map_err(zip_error)?;
    if entry.size() > limit {
        return Err(too_large());
    }
    let mut out = Vec::new();
    entry
        .take(limit + 1)
        .read_to_end(&mut out)
        .map_err(|e| ImportError::Zip {
            detail: e.to_string(),
        })?;
    if out.len() as u64 > limit {
        return Err(too_large());
    }
    let text =
        String::from_utf8(out).map_err(|_| ImportError::ZipNotUtf8 { name: root.clone() })?;
    Ok((root, text))
}

/// An export as a table of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
}

/// One submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Where it is: the row in a spreadsheet (the headers are row 1), or the submission's rank in
    /// a JSON list (from 1).
    pub number: usize,
    pub cells: Vec<String>,
}

impl Row {
    pub(super) fn cell(&self, index: Option<usize>) -> &str {
        index
            .and_then(|i| self.cells.get(i))
            .map_or("", |s| s.trim())
    }
}

/// Reads an export of `format` into a table.
pub fn read_table(text: &str, format: Format) -> Result<Table, ImportError> {
    let text = text.trim_start_matches('\u{feff}');
    match format {
        Format::KoboJson => json_table(text),
        Format::OdkCsv => csv_table(text, b','),
        Format::KoboCsv => csv_table(text, separator(text)),
    }
}

/// The separator of a KoboToolbox CSV: `;` or `,`, whichever the header line holds more of
/// outside quotes.
pub(super) fn separator(text: &str) -> u8 {
    let (mut semi, mut comma, mut quoted) = (0, 0, false);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => semi += 1,
            ',' if !quoted => comma += 1,
            '\n' | '\r' if !quoted => break,
            _ => {}
        }
    }
    if semi > comma { b';' } else { b',' }
}

fn csv_table(text: &str, delimiter: u8) -> Result<Table, ImportError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let error = |e: csv::Error| ImportError::Csv {
        line: e.position().map(csv::Position::line),
        detail: e.to_string(),
    };
    let headers: Vec<String> = reader
        .headers()
        .map_err(error)?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(error)?;
        // A blank line at the end of a file edited by hand is no submission.
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        rows.push(Row {
            number: i + 2,
            cells: record.iter().map(str::to_string).collect(),
        });
    }
    Ok(Table { headers, rows })
}

fn json_table(text: &str) -> Result<Table, ImportError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| ImportError::Json {
        line: e.line(),
        column: e.column(),
        detail: e.to_string(),
    })?;
    let items = match &value {
        serde_json::Value::Array(items) => items,
        serde_json::Value::Object(o) => match o.get("results") {
            Some(serde_json::Value::Array(items)) => items,
            _ => return Err(ImportError::NoSubmissions),
        },
        _ => return Err(ImportError::NoSubmissions),
    };
    let mut headers: IndexMap<String, usize> = IndexMap::new();
    let mut flat_rows = Vec::new();
    for item in items {
        let mut flat = Vec::new();
        if let serde_json::Value::Object(o) = item {
            flatten("", o, &mut flat);
        }
        for (k, _) in &flat {
            if !headers.contains_key(k) {
                let n = headers.len();
                headers.insert(k.clone(), n);
            }
        }
        flat_rows.push(flat);
    }
    let rows = flat_rows
        .into_iter()
        .enumerate()
        .map(|(i, flat)| {
            let mut cells = vec![String::new(); headers.len()];
            for (k, v) in flat {
                cells[headers[&k]] = v;
            }
            Row {
                number: i + 1,
                cells,
            }
        })
        .collect();
    Ok(Table {
        headers: headers.into_keys().collect(),
        rows,
    })
}

/// The scalar values of a submission object, keyed by `/` paths (nested groups become paths).
fn flatten(
    prefix: &str,
    o: &serde_json::Map<String, serde_json::Value>,
    out: &mut Vec<(String, String)>,
) {
    for (k, v) in o {
        let key = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}/{k}")
        };
        match v {
            serde_json::Value::String(s) => out.push((key, s.clone())),
            serde_json::Value::Number(n) => out.push((key, n.to_string())),
            serde_json::Value::Bool(b) => out.push((key, b.to_string())),
            serde_json::Value::Object(inner) => flatten(&key, inner, out),
            // Lists (attachments, tags, geolocation) and nulls carry nothing vet reads.
            serde_json::Value::Array(_) | serde_json::Value::Null => {}
        }
    }
}
