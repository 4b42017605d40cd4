//! Files compared with one another (`vet diff`, `vet history`, `vet panel`): each must be
//! comparable with the first (same rubric, same partner unless forced), all are checked against
//! one rubric, files of an older major version are moved onto it through its migration map, and
//! what was done is said in notices.

use std::path::PathBuf;

use super::{Loaded, Parsed, Rubrics, answers};
use crate::answers::Answers;
use crate::diagnostic::compare::incomparable;
use crate::diagnostic::{Diagnostic, Failure, notice};
use crate::diff;
use crate::i18n::{L10n, args};
use crate::rubric::Rubric;

/// Reads the files, checks that each can be compared with the first, then checks each against the
/// rubric they are compared on (the given one, else the shipped one of the newest major version
/// among them; files of an older major version are moved onto it through its migration map);
/// every problem of every file is reported in one go. `also` adds the command's own checks of the
/// parsed files as a whole (`vet panel`: one stage, one major version, dates close together).
/// Notices (other versions, migrated files, retired questions, a forced partner) go to standard
/// error.
pub fn load_series<'r>(
    paths: &[PathBuf],
    rubrics: &'r Rubrics,
    force: bool,
    also: &dyn Fn(&[Parsed]) -> Vec<Diagnostic>,
    l10n: &L10n,
) -> Result<(Vec<Loaded>, &'r Rubric), Failure> {
    let mut diags = Vec::new();
    let parsed: Vec<Parsed> = paths
        .iter()
        .filter_map(|p| {
            answers::parse(p)
                .map_err(|e| diags.extend(e.worded(&p.display().to_string(), l10n)))
                .ok()
        })
        .collect();

    // Whether the files can be compared at all comes before whether they fit the rubric: answers
    // to two rubrics are an error of the command, not of one file.
    let mut forced = Vec::new();
    if let Some((first, rest)) = parsed.split_first() {
        for p in rest {
            if let Err(e) = diff::comparable(&first.answers, &p.answers) {
                match incomparable(&first.file, &p.file, &e, force, l10n) {
                    Ok(notice) => forced.push(notice),
                    Err(d) => diags.push(d),
                }
            }
        }
    }
    if diags.is_empty() {
        diags.extend(also(&parsed));
    }
    if !diags.is_empty() {
        return Err(Failure(diags));
    }

    let rubric = parsed
        .iter()
        .map(|p| rubrics.for_file(&p.answers))
        .max_by_key(|r| crate::rubric::major(&r.version))
        .unwrap_or(rubrics.current());
    let mut migrated = Vec::new();
    let mut parsed = parsed;
    for p in &mut parsed {
        let from = crate::rubric::major(&p.answers.rubric.version);
        if from == crate::rubric::major(&rubric.version) {
            continue;
        }
        // Another major version: compared through the migration map, when there is one; without
        // one the check below says the versions are incompatible.
        if let Ok(m) = crate::migrate::migrate(&p.answers, rubric) {
            migrated.push(l10n.tr_with(
                "diff-notice-migrated",
                &args([
                    ("file", p.file.clone().into()),
                    ("from", p.answers.rubric.version.clone().into()),
                    ("to", rubric.version.clone().into()),
                    ("split", m.split.len().into()),
                    ("removed", m.removed.len().into()),
                ]),
            ));
            p.answers = m.answers;
        }
    }

    let mut loaded = Vec::new();
    let mut retired = Vec::new();
    for mut p in parsed {
        // Written for another version of the rubric, a file may answer questions this version
        // does not have (retired since, or not added yet): they are checked out of the way and
        // kept in the answers, to be listed apart. Within one version they stay in, and are the
        // typos `vet score` reports.
        let all = p.answers.clone();
        let ids = other_version_questions(&p.answers, rubric);
        p.answers.answers.retain(|id, _| !ids.contains(id));
        let file = p.file.clone();
        match p.check(rubric).map_err(|e| e.worded(&file, l10n)) {
            Ok(l) => {
                retired.extend(ids.iter().map(|id| {
                    l10n.tr_with(
                        "diff-notice-retired",
                        &args([
                            ("file", l.file.clone().into()),
                            ("id", id.clone().into()),
                            ("version", rubric.version.clone().into()),
                        ]),
                    )
                }));
                loaded.push(Loaded { answers: all, ..l });
            }
            Err(d) => diags.extend(d),
        }
    }
    if !diags.is_empty() {
        return Err(Failure(diags));
    }

    for l in &loaded {
        l.show_notices(l10n);
    }
    for text in migrated.iter().chain(&retired).chain(&forced) {
        notice(l10n, text);
    }
    let mut versions: Vec<&str> = Vec::new();
    for l in &loaded {
        if !versions.contains(&l.answers.rubric.version.as_str()) {
            versions.push(&l.answers.rubric.version);
        }
    }
    if versions.len() > 1 {
        notice(
            l10n,
            &l10n.tr_with(
                "diff-notice-versions",
                &args([
                    ("id", rubric.id.clone().into()),
                    ("versions", versions.join(", ").into()),
                ]),
            ),
        );
    }
    Ok((loaded, rubric))
}

/// The questions `answers` has and `rubric` does not, when the file was written for another
/// version of the rubric; none within one version.
fn other_version_questions(answers: &Answers, rubric: &Rubric) -> Vec<String> {
    if answers.rubric.version == rubric.version {
        return Vec::new();
    }
    answers
        .answers
        .keys()
        .filter(|id| rubric.question(id).is_none())
        .cloned()
        .collect()
}
