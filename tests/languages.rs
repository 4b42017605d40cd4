//! Spanish, Russian and Portuguese on the built binary: chosen from the flag and the environment,
//! reports snapshotted in each, the HTML page's `lang`, tables aligned with Cyrillic text, and the
//! one-line notice when the rubric does not speak the interface's language.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Vet;
use unicode_width::UnicodeWidthStr;

const NEW: [&str; 3] = ["es", "ru", "pt"];

fn run(lang: &str, args: &[&str]) -> common::Ran {
    Vet::new()
        .args(["--lang", lang])
        .args(args)
        .env("COLUMNS", "100")
        .succeeds()
}

#[test]
fn snapshots_of_score_and_rubric_show_in_spanish_russian_and_portuguese() {
    for lang in NEW {
        let table = run(lang, &["score", "examples/bad.yaml"]).stdout();
        insta::assert_snapshot!(format!("score_table_{lang}"), table);
        let md = run(
            lang,
            &["score", "examples/bad.yaml", "--format", "markdown"],
        )
        .stdout();
        insta::assert_snapshot!(format!("score_markdown_{lang}"), md);
        let show = run(lang, &["rubric", "show"]).stdout();
        insta::assert_snapshot!(format!("rubric_show_{lang}"), show);
    }
}

#[test]
fn lang_ru_speaks_russian_with_its_plurals() {
    Vet::new()
        .args(["score", "examples/bad.yaml"])
        .env("LANG", "ru_RU.UTF-8")
        .succeeds()
        .stdout_has("Вердикт: ПЛОХОЕ")
        .stdout_has("есть ответы на 37 из 37 вопросов")
        // one / few: 1 отказ, 2 предполагаемых тревожных сигнала.
        .stdout_has("1 отказ ")
        .stdout_has("2 предполагаемых")
        .stdout_has("0,50");
}

#[test]
fn the_flag_gives_spanish_and_portuguese() {
    run("es", &["score", "examples/bad.yaml"])
        .stdout_has("Veredicto: MALA")
        .stdout_has("0,50");
    run("pt", &["score", "examples/bad.yaml"])
        .stdout_has("Veredito: RUIM")
        .stdout_has("0,50");
}

#[test]
fn gnu_language_lists_preferences_and_the_first_spoken_wins() {
    Vet::new()
        .args(["rubric", "show"])
        .env("LANGUAGE", "pt:fr")
        .env("LANG", "fr_FR.UTF-8")
        .succeeds()
        .stdout_has("Padrões mínimos");
    Vet::new()
        .args(["score", "examples/good.yaml"])
        .env("LANGUAGE", "uk:es")
        .succeeds()
        .stdout_has("Veredicto: BUENA");
}

/// The page's `lang` is the interface's, and the rubric texts shown in English for want of a
/// translation (standard names, questions) say `lang="en"`, for screen readers and hyphenation.
#[test]
fn the_html_page_declares_the_language_it_is_written_in() {
    for lang in ["en", "fr", "es", "ru", "pt"] {
        let html = run(lang, &["score", "examples/ugly.yaml", "--format", "html"]).stdout();
        let head = format!("<!DOCTYPE html>\n<html lang=\"{lang}\">");
        assert!(html.starts_with(&head), "{lang}: {}", &html[..60]);
        // The rubric's texts are in English and French: in the other languages they are its
        // English fallback, and marked as English; never in English or French.
        let marked = html.matches(" lang=\"en\">").count();
        match lang {
            "en" | "fr" => assert_eq!(marked, usize::from(lang == "en"), "{lang}"),
            _ => {
                assert!(
                    html.contains("<td lang=\"en\">Inclusion and diversity</td>"),
                    "{lang}"
                );
                assert!(
                    html.contains("font-weight=\"600\" lang=\"en\">Inclusion and diversity</text>"),
                    "{lang}"
                );
            }
        }
    }
}

/// Every line of a table, its borders and its rows, is as wide on screen as the others: Cyrillic
/// letters and the no-break spaces of percentages take one column each, and nothing overflows 80.
#[test]
fn tables_stay_aligned_with_cyrillic_text_at_80_columns() {
    for lang in ["ru", "es", "pt", "fr", "en"] {
        for args in [
            &["score", "examples/bad.yaml"][..],
            &["score", "examples/ugly.yaml"][..],
            &["rubric", "show"][..],
            &[
                "diff",
                "examples/series/2023-meridian.yaml",
                "examples/series/2025-meridian.yaml",
            ][..],
            &[
                "history",
                "examples/series/2023-meridian.yaml",
                "examples/series/2024-meridian.yaml",
                "examples/series/2025-meridian.yaml",
            ][..],
            &[
                "panel",
                "tests/fixtures/panel/chair.yaml",
                "tests/fixtures/panel/finance.yaml",
                "tests/fixtures/panel/outreach.yaml",
                "--partner-view",
                "tests/fixtures/panel/partner-view.yaml",
            ][..],
        ] {
            let out = Vet::new()
                .args(["--lang", lang])
                .args(args)
                .env("COLUMNS", "80")
                .succeeds()
                .stdout();
            let table: Vec<&str> = out
                .lines()
                .filter(|l| l.starts_with(['┌', '│', '╞', '├', '└']))
                .collect();
            assert!(!table.is_empty(), "{lang} {args:?}: no table");
            // Tables come one after another in `rubric show`: each starts with ┌.
            let mut widths = Vec::new();
            for line in &table {
                if line.starts_with('┌') {
                    widths.clear();
                }
                widths.push(line.width());
                assert!(
                    widths.iter().all(|w| *w == widths[0]),
                    "{lang} {args:?}: line of width {} among lines of width {}:\n{line}",
                    line.width(),
                    widths[0]
                );
                assert!(
                    line.width() <= 80,
                    "{lang} {args:?}: wider than 80:\n{line}"
                );
            }
        }
    }
}

#[test]
fn a_rubric_without_the_interface_language_says_so_once_and_falls_back_to_english() {
    let ran = run(
        "ru",
        &[
            "score",
            "examples/bad.yaml",
            "examples/ugly.yaml",
            "examples/good.yaml",
        ],
    );
    let err = ran.stderr();
    let notices: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("нет текстов на русском"))
        .collect();
    assert_eq!(notices.len(), 1, "{err}");
    assert_eq!(
        notices[0],
        "примечание: в системе оценки inpud-partnership 1.0.0 нет текстов на русском языке; её вопросы, стандарты и советы показаны на английском"
    );
    // The rubric's texts are its English ones.
    ran.stdout_has("Inclusion and diversity");
    // Rubric 1.0.0, kept to reproduce old verdicts, is in English and French only.
    for lang in ["es", "pt"] {
        run(
            lang,
            &[
                "rubric",
                "show",
                "--rubric",
                "rubric/inpud-partnership-1.0.0.yaml",
            ],
        )
        .stdout_has("Inclusion and diversity")
        .stderr_has("inpud-partnership 1.0.0");
    }
    // Rubric 2.0.0 speaks all five languages: its Russian texts, and no notice.
    run("ru", &["rubric", "show"]).stdout_has("Минимальные стандарты");
    // French and English are in rubric 1.0.0, Russian in 2.0.0; JSON carries every language and
    // says nothing.
    for (lang, args) in [
        ("ru", &["rubric", "show"][..]),
        ("fr", &["score", "examples/bad.yaml"][..]),
        ("en", &["rubric", "show"][..]),
        (
            "ru",
            &["score", "examples/bad.yaml", "--format", "json"][..],
        ),
    ] {
        let err = run(lang, args).stderr();
        assert!(err.is_empty(), "{lang} {args:?}: {err}");
    }
}

/// The interview in Russian, in a real pseudo-terminal: its prompts, the question counter, and the
/// interruption message with Russian plural forms (2 ответа).
#[cfg(unix)]
#[test]
fn the_interview_speaks_russian_in_a_terminal() {
    use expectrl::Expect;
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("vet"));
    cmd.args([
        "--lang",
        "ru",
        "interview",
        "--partner",
        "Тест",
        "--stage",
        "before",
    ])
    .current_dir(dir.path())
    .env_remove("LC_ALL")
    .env_remove("LC_MESSAGES")
    .env_remove("LANGUAGE")
    .env("LANG", "C.UTF-8")
    .env("NO_COLOR", "1")
    .env("TERM", "xterm");
    let mut s = expectrl::Session::spawn(cmd).unwrap();
    s.get_process_mut().set_window_size(80, 40).unwrap();
    s.set_expect_timeout(Some(std::time::Duration::from_secs(20)));
    s.expect("Каждый ответ сразу сохраняется").unwrap();
    for n in 1..=2 {
        s.expect(format!("{n} / ")).unwrap();
        s.expect("Ваш ответ:").unwrap();
        // Enter keeps the highlighted "не знаю / пропустить".
        s.expect("не знаю / пропустить").unwrap();
        s.send("\r").unwrap();
    }
    s.expect("3 / ").unwrap();
    s.expect("Ваш ответ:").unwrap();
    s.send("\x03").unwrap();
    s.expect("Прервано. 2 ответа сохранены").unwrap();
    s.expect(expectrl::Eof).unwrap();
}

/// A rubric that declares the interface's language is shown in it, with no notice; one that does
/// not falls back to its first language, named in the notice.
#[test]
fn a_rubric_in_the_interface_language_is_used_without_notice() {
    let dir = tempfile::tempdir().unwrap();
    let mini = std::fs::read_to_string(common::fixture("mini-rubric.yaml")).unwrap();
    // The mini rubric with its French texts relabelled as Russian ones.
    let ru = mini
        .replace("languages: [en, fr]", "languages: [en, ru]")
        .replace("fr:", "ru:")
        .replace("Norme un", "Стандарт один");
    let path = dir.path().join("mini-ru.yaml");
    std::fs::write(&path, ru).unwrap();
    let ran = Vet::new()
        .args(["--lang", "ru", "rubric", "show", "--rubric"])
        .arg(&path)
        .succeeds()
        .stdout_has("Стандарт один");
    assert!(ran.stderr().is_empty(), "{}", ran.stderr());
    // French-first: in Spanish, its texts are French, and the notice says so.
    let fr_first = mini.replace("languages: [en, fr]", "languages: [fr, en]");
    let path = dir.path().join("mini-fr.yaml");
    std::fs::write(&path, fr_first).unwrap();
    Vet::new()
        .args(["--lang", "es", "rubric", "show", "--rubric"])
        .arg(&path)
        .succeeds()
        .stdout_has("Norme un")
        .stderr_has("no tiene textos en español; sus preguntas, estándares y consejos se muestran en francés");
}

/// `--lang ru` is the interface's language for `vet export xlsform` too: rubric 1.0.0 has no Russian,
/// so the form opens in its first language and the notice says so, instead of refusing; a
/// language vet does not speak at all is still refused for the form.
#[test]
fn a_form_exported_in_a_language_the_rubric_lacks_opens_in_its_first_language() {
    let dir = tempfile::tempdir().unwrap();
    let form = dir.path().join("form.xlsx");
    Vet::new()
        .args(["--lang", "ru", "export", "xlsform", "--rubric"])
        .arg(common::root().join("rubric/inpud-partnership-1.0.0.yaml"))
        .arg("-o")
        .arg(&form)
        .succeeds()
        .stdout_has("форма записана в")
        .stderr_has("в системе оценки inpud-partnership 1.0.0 нет текстов на русском языке");
    assert!(form.exists());
    Vet::new()
        .args(["--lang", "xx", "export", "xlsform", "-o"])
        .arg(dir.path().join("other.xlsx"))
        .fails_with(2)
        .stderr_has("the rubric has no texts in `xx`");
}
