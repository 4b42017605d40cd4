//! Tests of the import of KoboToolbox and ODK Central submissions into answers files.

use super::table::separator;
use super::*;
use crate::answers::Answer;
use crate::testing::mini_rubric;

fn import(text: &str, format: Format) -> Vec<Result<Imported, RowError>> {
    let rubric = mini_rubric();
    let form = Form::new(&rubric, None).unwrap();
    let table = read_table(text, format).unwrap();
    let columns = Columns::new(&form, &table.headers).unwrap();
    table
        .rows
        .iter()
        .map(|r| submission(&form, &columns, r))
        .collect()
}

fn zip_of(files: &[(&str, &str)]) -> Vec<u8> {
    use std::io::Write;
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, text) in files {
        w.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        w.write_all(text.as_bytes()).unwrap();
    }
    w.finish().unwrap().into_inner()
}

#[test]
fn the_form_csv_is_found_in_an_odk_central_zip() {
    let bytes = zip_of(&[
        ("media/a.jpg", "x"),
        ("inpud-partnership-group.csv", "b"),
        ("inpud-partnership.csv", "SubmissionDate\n"),
    ]);
    assert!(is_zip(&bytes));
    assert_eq!(
        csv_in_zip(&bytes, 100).unwrap(),
        ("inpud-partnership.csv".into(), "SubmissionDate\n".into())
    );
    assert!(matches!(
        csv_in_zip(&bytes, 5),
        Err(ImportError::ZipTooLarge { .. })
    ));
    let two = zip_of(&[("a.csv", ""), ("b.csv", "")]);
    assert_eq!(
        csv_in_zip(&two, 100),
        Err(ImportError::ZipCsv {
            found: vec!["a.csv".into(), "b.csv".into()]
        })
    );
    assert!(matches!(
        csv_in_zip(b"PK\x03\x04 broken", 100),
        Err(ImportError::Zip { .. })
    ));
}

proptest::proptest! {
    #[test]
    fn any_partner_and_note_survive_the_csv_and_the_answers_file(
        partner in "\\PC*[^\\s\\pC]\\PC*",
        note in "\\PC*",
        semicolon in proptest::bool::ANY,
    ) {
        let mut w = csv::WriterBuilder::new()
            .delimiter(if semicolon { b';' } else { b',' })
            .from_writer(vec![]);
        w.write_record(["start", "rubric_id", "rubric_version", "partner", "stage", "s1/q1", "s1/q1_note"]).unwrap();
        w.write_record(["2026-01-01", "mini", "1.2.0", &partner, "before", "yes", &note]).unwrap();
        let text = String::from_utf8(w.into_inner().unwrap()).unwrap();
        let a = import(&text, Format::KoboCsv).remove(0).unwrap();
        proptest::prop_assert_eq!(&a.answers.partner, partner.trim());
        let note = note.trim();
        proptest::prop_assert_eq!(a.answers.answers["q1"].note.as_deref(), (!note.is_empty()).then_some(note));
        proptest::prop_assert_eq!(Answers::parse(&a.answers.to_yaml()).unwrap(), a.answers);
    }
}

#[test]
fn the_shape_is_told_from_the_text() {
    assert_eq!(detect(" [{}]"), Format::KoboJson);
    assert_eq!(detect("{\"count\": 0}"), Format::KoboJson);
    assert_eq!(detect("SubmissionDate,start,end\n"), Format::OdkCsv);
    assert_eq!(detect("\"start\";\"end\"\n"), Format::KoboCsv);
    assert_eq!(separator("\"a;b\",\"c\",d;e\n;;;;"), b',');
    assert_eq!(separator("\"a,b\";\"c\";\"d\"\n"), b';');
}

#[test]
fn a_kobo_csv_with_group_paths_and_semicolons_is_read() {
    let text = "\"start\";\"end\";\"rubric_id\";\"rubric_version\";\"partner\";\"stage\";\"role\";\
\"s1/q1\";\"s1/q1_note\";\"s2/q3\";\"s2/q4\";\"_id\";\"_uuid\";\"_submission_time\";\"__version__\"\n\
\"2026-03-14T10:00:00.000+01:00\";\"2026-03-14T11:00:00.000+01:00\";\"mini\";\"1.2.0\";\"Harm; Reduction\";\"before\";\"\";\
\"yes\";\"said \"\"so\"\"\";\"not_applicable\";\"dont_know\";\"7\";\"abc-123\";\"2026-03-15T09:00:00\";\"vX\"\n";
    let got = import(text, Format::KoboCsv);
    let a = got[0].as_ref().unwrap();
    assert_eq!(a.id.as_deref(), Some("abc-123"));
    assert_eq!(a.answers.partner, "Harm; Reduction");
    assert_eq!(a.answers.date, jiff::civil::date(2026, 3, 14));
    assert_eq!(a.answers.assessor, None);
    let given: Vec<(&str, Answer, Option<&str>)> = a
        .answers
        .answers
        .iter()
        .map(|(k, e)| (k.as_str(), e.answer, e.note.as_deref()))
        .collect();
    assert_eq!(
        given,
        [
            ("q1", Answer::Yes, Some("said \"so\"")),
            ("q3", Answer::NotApplicable, None),
            ("q4", Answer::DontKnow, None),
        ]
    );
}

#[test]
fn an_odk_central_csv_with_dashed_groups_is_read() {
    let text = "SubmissionDate,start,end,rubric_id,rubric_version,partner,stage,role,s1-q1,s1-q1_note,s2-q5,meta-instanceID,KEY,SubmitterID,Status,FormVersion\n\
2026-04-02T08:00:00.000Z,,,mini,1.2.0,Fund,ongoing,coordinator,partly,\"two\nlines\",refused,uuid:9f8e7d6c-1111,uuid:9f8e7d6c-1111,5,,1.2.0\n";
    let got = import(text, Format::OdkCsv);
    let a = got[0].as_ref().unwrap();
    assert_eq!(a.id.as_deref(), Some("9f8e7d6c-1111"));
    assert_eq!(a.answers.date, jiff::civil::date(2026, 4, 2));
    assert_eq!(a.answers.stage, Stage::Ongoing);
    assert_eq!(a.answers.assessor.as_deref(), Some("coordinator"));
    assert_eq!(a.answers.answers["q1"].note.as_deref(), Some("two\nlines"));
    assert_eq!(a.answers.answers["q5"].answer, Answer::Refused);
    assert_eq!(file_name(a, 2), "fund-2026-04-02-9f8e7d6c.yaml");
}

#[test]
fn kobo_json_results_are_read_with_their_paths() {
    let text = r#"{"count": 2, "results": [
            {"_id": 1, "start": "2026-05-01T10:00:00+03", "rubric_id": "mini", "rubric_version": "1.2.0",
             "partner": "A", "stage": "before", "s1/q2": "no", "meta/instanceID": "uuid:aaaa", "_uuid": "bbbb",
             "_tags": [], "_geolocation": [null, null]},
            {"start": "2026-05-02T10:00:00+03", "rubric_id": "mini", "rubric_version": "2.0.0",
             "partner": "B", "stage": "before"}
        ]}"#;
    let got = import(text, Format::KoboJson);
    let a = got[0].as_ref().unwrap();
    assert_eq!(a.id.as_deref(), Some("aaaa"));
    assert_eq!(a.answers.answers["q2"].answer, Answer::No);
    assert_eq!(
        got[1],
        Err(RowError::OtherForm {
            id: "mini".into(),
            version: "2.0.0".into()
        })
    );
}

#[test]
fn headers_without_group_names_are_read() {
    let text = "start,rubric_id,rubric_version,partner,stage,q3,q3_note,instanceID\n\
2026-01-01,mini,1.2.0,P,before,yes,late,uuid:x1\n";
    let a = import(text, Format::KoboCsv).remove(0).unwrap();
    assert_eq!(a.answers.answers["q3"].answer, Answer::Yes);
    assert_eq!(a.answers.answers["q3"].note.as_deref(), Some("late"));
}

#[test]
fn bad_rows_say_what_is_wrong() {
    let text = "start,rubric_id,rubric_version,partner,stage,s1/q1,Status\n\
2026-01-01,mini,1.2.0,P,before,maybe,\n\
2026-01-01,mini,1.2.0,,before,yes,\n\
2026-01-01,mini,1.2.0,P,later,yes,\n\
,mini,1.2.0,P,before,yes,\n\
2026-01-01,,,P,before,yes,\n\
,,,,,,not decrypted\n\
2026-01-01,other,1.2.0,P,before,yes,\n";
    let got: Vec<RowError> = import(text, Format::KoboCsv)
        .into_iter()
        .map(Result::unwrap_err)
        .collect();
    assert_eq!(
        got,
        [
            RowError::BadAnswer {
                question: "q1".into(),
                found: "maybe".into()
            },
            RowError::NoPartner,
            RowError::BadStage {
                found: "later".into()
            },
            RowError::NoDate,
            RowError::NoRubric,
            RowError::NotDecrypted {
                status: "not decrypted".into()
            },
            RowError::OtherForm {
                id: "other".into(),
                version: "1.2.0".into()
            },
        ]
    );
}

#[test]
fn unknown_columns_are_listed_and_server_metadata_is_not() {
    let rubric = mini_rubric();
    let form = Form::new(&rubric, None).unwrap();
    let headers: Vec<String> = [
        "rubric_id",
        "rubric_version",
        "partner",
        "stage",
        "favourite_colour",
        "s9/q1",
        "_validation_status",
        "formhub/uuid",
        "meta/instanceName",
        "ReviewState",
    ]
    .map(String::from)
    .to_vec();
    let columns = Columns::new(&form, &headers).unwrap();
    assert_eq!(columns.unknown, ["favourite_colour", "s9/q1"]);
}

#[test]
fn an_export_of_another_form_or_with_label_headers_is_refused() {
    let rubric = mini_rubric();
    let form = Form::new(&rubric, None).unwrap();
    let headers: Vec<String> = ["Name of the partner organisation", "rubric_id"]
        .map(String::from)
        .to_vec();
    assert_eq!(
        Columns::new(&form, &headers).unwrap_err(),
        ImportError::NotVetForm {
            missing: vec!["partner", "stage", "rubric_version"]
        }
    );
}

#[test]
fn group_separators_are_told_from_names() {
    assert_eq!(group_path("s1/q1", "s1"), Some("q1"));
    assert_eq!(group_path("s1-q1", "s1"), Some("q1"));
    assert_eq!(group_path("s1 > q1", "s1"), Some("q1"));
    assert_eq!(group_path("s1--q1", "s1"), None);
    assert_eq!(group_path("s1q1", "s1"), None);
    assert_eq!(group_path("s10/q1", "s1"), None);
}

#[test]
fn file_names_fall_back_to_the_row_without_an_id() {
    let a = import(
        "start,rubric_id,rubric_version,partner,stage\n2026-01-01,mini,1.2.0,Réseau Éveil,before\n",
        Format::KoboCsv,
    )
    .remove(0)
    .unwrap();
    assert_eq!(file_name(&a, 2), "réseau-éveil-2026-01-01-row2.yaml");
}
