//! The end of the interview on one screen: the verdict and why, the red flags and the first
//! reasons (headlines only, so no question is listed twice), the file the answers are in and the
//! command that shows the full report again. Everything the interview says about the result is
//! worded here, so that what the scoring adds later (whether the verdict is firm, the best and
//! worst it could still become) goes in one place.

use crate::export::Scored;
use crate::export::text::Words;
use crate::i18n::args;

use super::prompter::wrap_text;

/// Lines left below the summary for the menu that follows it (prompt and two items) and the line
/// the cursor stands on.
const MENU_LINES: usize = 4;

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
        crate::export::table::paint(&verdict, crate::export::table::verdict_color(a.verdict))
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
    let mut foot = vec![String::new()];
    foot.extend(wrap_text(
        &l.tr_with("saved-in", &args([("file", s.file.to_string().into())])),
        width,
    ));
    let command = format!("vet score {}", shell_word(s.file));
    foot.extend(wrap_text(&l.tr("summary-again"), width));
    // On a line of its own, never wrapped, so that it can be copied whole.
    foot.push(format!("  {command}"));

    // Red flags come first among the reasons; as many headlines as fit, then how many more.
    let reasons = words.reasons(s.answers, a);
    let room = height
        .saturating_sub(MENU_LINES)
        .saturating_sub(head.len() + foot.len() + 2);
    let mut body = vec![String::new(), l.tr("reasons-title")];
    let mut shown = 0;
    for (i, r) in reasons.iter().enumerate() {
        let lines: Vec<String> = crate::export::table::wrap("  • ", &r.headline, width)
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
            assert!(
                text.contains(&words.reasons(&a, &s.assessment)[0].headline[..20]),
                "{text}"
            );
            assert!(
                text.contains('…'),
                "more reasons than fit are counted: {text}"
            );
        }
    }

    #[test]
    fn shell_words_are_quoted_only_when_needed() {
        assert_eq!(shell_word("acme-2026-11-28.yaml"), "acme-2026-11-28.yaml");
        assert_eq!(shell_word("my file.yaml"), "'my file.yaml'");
        assert_eq!(shell_word("it's.yaml"), r"'it'\''s.yaml'");
    }
}
