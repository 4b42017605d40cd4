//! The end of the interview on one screen: the verdict and why, the red flags and the first
//! reasons (headlines only, so no question is listed twice), the file the answers are in and the
//! command that shows the full report again. Under the verdict: whether it is firm and, if not,
//! the first open questions that could still change it (worded as in the reports).

use crate::export::words::Words;
use crate::i18n::args;
use crate::scored::Scored;

use super::prompter::wrap_text;
use crate::text::truncate;

/// Lines left below the summary for the menu that follows it (prompt and two items) and the line
/// the cursor stands on.
const MENU_LINES: usize = 4;

/// At most this many decisive questions are named; the full report has them all.
const MAX_DECISIVE: usize = 3;

/// Lines kept for the reasons whatever else is shown: a blank line, the title, the first reason
/// and "… and N more".
const REASONS_LINES: usize = 4;

/// `path` as typed in a shell: quoted when it holds a space or a character the shell reads.
pub fn shell_word(path: &str) -> String {
    let plain = path
        .chars()
        .all(|c| c.is_alphanumeric() || "-_./,:+@%".contains(c));
    if plain && !path.is_empty() {
        path.to_string()
    } else {
        format!("'{}'", path.replace('\'', r"'\''"))
    }
}

/// The summary, wrapped to `width`, in at most `height` rows less the menu's.
pub fn render(s: &Scored, words: &Words, width: usize, height: usize, color: bool) -> Vec<String> {
    let l = words.l10n;
    let a = &s.assessment;
    let verdict = words.verdict(a.verdict);
    let verdict = if color {
        crate::export::style::paint(&verdict, crate::export::style::verdict_color(a.verdict))
    } else {
        verdict
    };
    let mut head = vec![format!("── {} ──", l.tr("result-title"))];
    head.extend(wrap_text(
        &l.tr_with(
            "verdict-line",
            &args([("verdict", verdict.into()), ("why", words.rule(a).into())]),
        ),
        width,
    ));
    // Whether the verdict is firm, and if not which questions could change it, the first first.
    let firmness = words.firmness(a);
    head.extend(wrap_text(&firmness.headline, width));
    let mut foot = vec![String::new()];
    foot.extend(wrap_text(
        &l.tr_with("saved-in", &args([("file", s.file.to_string().into())])),
        width,
    ));
    let command = format!("vet score {}", shell_word(s.file));
    foot.extend(wrap_text(&l.tr("summary-again"), width));
    // On a line of its own, never wrapped, so that it can be copied whole.
    foot.push(format!("  {command}"));

    let avail = height
        .saturating_sub(MENU_LINES)
        .saturating_sub(head.len() + foot.len());
    let decisive = decisive_lines(
        &firmness.details,
        &l.tr("decisive-title"),
        width,
        avail.saturating_sub(REASONS_LINES),
    );
    head.extend(decisive);

    // Red flags come first among the reasons; as many headlines as fit, then how many more.
    let reasons = words.reasons(s.answers, a);
    let room = height
        .saturating_sub(MENU_LINES)
        .saturating_sub(head.len() + foot.len() + 2);
    let mut body = vec![String::new(), l.tr("reasons-title")];
    let mut shown = 0;
    for (i, r) in reasons.iter().enumerate() {
        let lines: Vec<String> = crate::text::wrap("  • ", &r.headline, width)
            .lines()
            .map(str::to_string)
            .collect();
        let left = reasons.len() - i - 1;
        // Keep a line for "… and N more" unless this is the last reason.
        let need = lines.len() + usize::from(left > 0);
        if body.len() - 2 + need > room {
            break;
        }
        body.extend(lines);
        shown += 1;
    }
    if shown < reasons.len() {
        body.extend(wrap_text(
            &format!(
                "  {}",
                l.tr_with(
                    "summary-more",
                    &args([("count", (reasons.len() - shown).into())])
                )
            ),
            width,
        ));
    }
    head.into_iter().chain(body).chain(foot).collect()
}

/// The title and the first decisive questions, one line each (cut with an ellipsis: the full
/// report has them whole), in at most `room` lines; none at all when not even the title and one
/// question fit.
fn decisive_lines(details: &[String], title: &str, width: usize, room: usize) -> Vec<String> {
    let mut out = wrap_text(title, width);
    if details.is_empty() || out.len() + 1 > room {
        return Vec::new();
    }
    let shown = details.len().min(MAX_DECISIVE).min(room - out.len());
    out.extend(
        details[..shown]
            .iter()
            .map(|d| truncate(&format!("  • {d}"), width)),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Answer, Stage};
    use crate::i18n::{L10n, Lang};

    fn ugly_everywhere() -> (crate::rubric::Rubric, crate::answers::Answers) {
        let r = crate::rubric::Rubric::embedded().unwrap();
        let mut a = crate::testing::answers(Stage::Before, &[]);
        a.rubric.id = r.id.clone();
        a.rubric.version = r.version.clone();
        // Yes to every question but one in four refused: red flags, refusals, standards short.
        let asked = r
            .questions
            .iter()
            .filter(|q| Stage::Before.includes(q.stage));
        for (i, q) in asked.enumerate() {
            let answer = if i % 4 == 0 {
                Answer::Refused
            } else {
                Answer::Yes
            };
            a.answers
                .insert(q.id.clone(), crate::testing::entry(answer));
        }
        (r, a)
    }

    #[test]
    fn the_summary_fits_80_by_24_with_the_verdict_file_and_command() {
        let (r, a) = ugly_everywhere();
        for lang in Lang::ALL {
            let l10n = L10n::new(lang);
            let words = Words::new(&r, &l10n);
            let file = "answers/harbour peer-2026-11-28.yaml";
            let s = Scored::new(&r, file, &a);
            let lines = render(&s, &words, 80, 24, true);
            assert!(lines.len() + MENU_LINES <= 24, "{lines:#?}");
            for line in &lines {
                assert!(console::measure_text_width(line) <= 80, "{line:?}");
            }
            let text = lines.join("\n");
            assert!(
                text.contains(&words.verdict(s.assessment.verdict)),
                "{text}"
            );
            assert!(text.contains(file));
            assert!(text.contains("vet score 'answers/harbour peer-2026-11-28.yaml'"));
            // The first words of the first reason: characters, not bytes (Cyrillic takes two).
            let start: String = words.reasons(&a, &s.assessment)[0]
                .headline
                .chars()
                .take(20)
                .collect();
            assert!(text.contains(&start), "{text}");
            assert!(
                text.contains('…'),
                "more reasons than fit are counted: {text}"
            );
        }
    }

    #[test]
    fn a_firm_verdict_is_said_firm_on_the_end_screen() {
        let (r, a) = ugly_everywhere();
        let l10n = L10n::new(Lang::En);
        let words = Words::new(&r, &l10n);
        let s = Scored::new(&r, "x.yaml", &a);
        assert!(s.assessment.firm());
        let text = render(&s, &words, 80, 24, false).join("\n");
        assert!(text.contains("This verdict is firm"), "{text}");
        assert!(!text.contains(&l10n.tr("decisive-title")), "{text}");
    }

    #[test]
    fn a_provisional_verdict_names_the_first_decisive_questions_within_80_by_24() {
        let r = crate::rubric::Rubric::embedded().unwrap();
        // Half the questions answered for the partner, the rest open: the red-flag questions
        // (asked last) could still make it ugly.
        let mut a = crate::testing::answers(Stage::Before, &[]);
        a.rubric.id = r.id.clone();
        a.rubric.version = r.version.clone();
        let asked: Vec<_> = r
            .questions
            .iter()
            .filter(|q| Stage::Before.includes(q.stage))
            .collect();
        for q in &asked[..asked.len() / 2] {
            a.answers.insert(
                q.id.clone(),
                crate::testing::entry(crate::score::favourable(q)),
            );
        }
        for lang in Lang::ALL {
            let l10n = L10n::new(lang);
            let words = Words::new(&r, &l10n);
            let s = Scored::new(&r, "answers/a-partner-2026-11-28.yaml", &a);
            let firmness = words.firmness(&s.assessment);
            assert!(!s.assessment.firm() && firmness.details.len() > MAX_DECISIVE);
            for (width, height) in [(80, 24), (60, 20), (120, 40)] {
                let lines = render(&s, &words, width, height, false);
                assert!(lines.len() + MENU_LINES <= height, "{lines:#?}");
                for line in &lines {
                    assert!(console::measure_text_width(line) <= width, "{line:?}");
                }
                let text = lines.join(" ");
                assert!(
                    text.contains(&firmness.headline[..30]),
                    "{lang:?} {width}: {text}"
                );
                assert!(text.contains("vet score"), "{text}");
            }
            // At 80x24, the first decisive question is named, and no more than three are.
            let lines = render(&s, &words, 80, 24, false);
            let text = lines
                .join(" ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let title = l10n.tr("decisive-title");
            assert!(text.contains(&title), "{text}");
            assert!(text.contains(&l10n.tr("reasons-title")), "{text}");
            let first = &firmness.details[0];
            let cut: String = first.chars().take(30).collect();
            assert!(text.contains(&cut), "{first} not in {text}");
            let named = firmness
                .details
                .iter()
                .filter(|d| text.contains(&d.chars().take(30).collect::<String>()))
                .count();
            assert!((1..=MAX_DECISIVE).contains(&named), "{text}");
        }
    }

    #[test]
    fn shell_words_are_quoted_only_when_needed() {
        assert_eq!(shell_word("acme-2026-11-28.yaml"), "acme-2026-11-28.yaml");
        assert_eq!(shell_word("my file.yaml"), "'my file.yaml'");
        assert_eq!(shell_word("it's.yaml"), r"'it'\''s.yaml'");
    }
}
