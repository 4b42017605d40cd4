//! The HTML format of `vet score` and `vet panel`: one self-contained page to print on A4 or send
//! as a file.
//!
//! It lays out [`Document`]s and [`PanelDocument`]s, like the Markdown format, and adds the charts
//! (in `chart`) drawn in inline SVG. Nothing in the page refers to anything outside it (no script,
//! font, image or stylesheet to fetch, and a Content-Security-Policy that forbids any), so opening
//! it makes no network request. The markup is also well-formed XML, so strict parsers can check
//! it.

use std::fmt::Write as _;

mod chart;

use super::model::panel::PanelDocument;
use super::model::score::Document;
use super::model::{Header, Points, Table};
use crate::i18n::L10n;
use crate::rubric::Verdict;
use crate::score::Status;

/// Escapes text for HTML content and quoted attributes. Control characters, which XML forbids
/// and a browser would show as nothing, become U+FFFD so that a hostile or damaged note stays
/// visible as text.
pub fn escape(text: &str) -> String {
    let text = crate::text::xml_safe(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The page's style: system fonts only, A4 print rules, colours kept on paper.
const STYLE: &str = r#"
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #1b1b1b;
  font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif;
  font-size: 15px; line-height: 1.45;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
article + article { margin-top: 3rem; border-top: 3px solid #1b1b1b; padding-top: 1.5rem; }
.kind { margin: 0; color: #555; text-transform: uppercase; letter-spacing: .06em; font-size: .8em; }
h1 { margin: .1em 0 .4em; font-size: 1.7em; line-height: 1.2; }
h2 { margin: 1.6em 0 .5em; font-size: 1.25em; border-bottom: 1px solid #bbb; padding-bottom: .15em; }
h3 { margin: 1.2em 0 .4em; font-size: 1.05em; }
.meta { margin: .15em 0; color: #333; }
.redacted { margin: .8em 0; padding: .5em .8em; border: 2px dashed #555; background: #f3f3f3;
  font-weight: 600; }
.verdict { margin: 1em 0; padding: .7em 1em; border-radius: 4px; color: #fff; font-weight: 600;
  font-size: 1.1em; }
.v-good { background: #1e6b2a; }
.v-inconclusive { background: #6d5a00; }
.v-bad { background: #b04000; }
.v-ugly { background: #a4161a; }
figure { margin: 0 0 1em; }
figcaption { color: #444; font-size: .9em; margin-bottom: .3em; }
svg { display: block; width: 100%; height: auto; }
svg text { font-family: inherit; fill: #1b1b1b; }
/* A white halo keeps names readable where a threshold line crosses them. */
svg .name { paint-order: stroke; stroke: #fff; stroke-width: 4px; stroke-linejoin: round; }
table { width: 100%; border-collapse: collapse; margin: .3em 0 1em; font-size: .92em; }
th, td { border: 1px solid #c8c8c8; padding: .3em .45em; text-align: left; vertical-align: top; }
th { background: #eee; }
td { white-space: pre-line; overflow-wrap: anywhere; }
.num { text-align: right; white-space: nowrap; }
.s-met { background: #dcefdc; }
.s-partly { background: #fbefc5; }
.s-not-met { background: #f8d4d4; }
.s-unknown { background: #ececec; font-style: italic; }
ul { margin: .3em 0 1em; padding-left: 1.3em; }
li { margin: .2em 0; }
li ul { margin: .2em 0; color: #333; }
.none { color: #555; font-style: italic; }
@page { size: A4; margin: 15mm 14mm; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  article + article { break-before: page; page-break-before: always; border-top: none;
    margin-top: 0; padding-top: 0; }
}
h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
/* Keep small units whole on paper; long lists of points may run across pages. */
table, figure, section.keep, li, tr, .verdict, .redacted { break-inside: avoid;
  page-break-inside: avoid; }
thead { display: table-header-group; }
"#;

/// Renders reports as one HTML page, one `<article>` per file, in the language of `l10n`.
pub fn render(docs: &[Document], l10n: &L10n) -> String {
    let kind = l10n.tr("report-title");
    let partners: Vec<&str> = docs.iter().map(|d| d.header.title.as_str()).collect();
    let mut out = head(l10n, &format!("{kind} — {}", partners.join(", ")));
    for d in docs {
        article(&mut out, d, &kind);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// The page up to `<main>`: language, a policy that forbids fetching anything, the style.
fn head(l10n: &L10n, title: &str) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\"/>\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\"/>\n\
         <meta name=\"referrer\" content=\"no-referrer\"/>\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        lang = l10n.lang().tag(),
        title = escape(title),
    );
    out
}

/// The `vet panel` report as one page: the agenda first, the combined verdict, a chart of the
/// spread of the respondents' scores per standard, and the partner's own view.
pub fn panel(d: &PanelDocument, l10n: &L10n) -> String {
    let kind = l10n.tr("panel-report-title");
    let mut out = head(l10n, &format!("{kind} — {}", d.header.title));
    top(&mut out, &d.header, &kind);
    points(&mut out, &d.agenda);
    verdict(&mut out, &d.header);
    let _ = writeln!(out, "<p>{}</p>", escape(&d.respondents_line));
    let _ = writeln!(
        out,
        "<section class=\"keep\">\n<h2>{}</h2>",
        escape(&d.standards_title)
    );
    chart::spread(&mut out, &d.chart);
    table(&mut out, &d.standards);
    out.push_str("</section>\n");
    let _ = writeln!(
        out,
        "<section class=\"keep\">\n<h2>{}</h2>",
        escape(&d.respondents_title)
    );
    table(&mut out, &d.respondents);
    out.push_str("</section>\n");
    points(&mut out, &d.reasons);
    if let Some(n) = &d.negotiation {
        points(&mut out, n);
    }
    if let Some(p) = &d.partner {
        let _ = writeln!(
            out,
            "<section>\n<h2>{}</h2>\n<p>{}</p>",
            escape(&p.title),
            escape(&p.verdict_line)
        );
        table(&mut out, &p.standards);
        out.push_str("</section>\n");
        points(&mut out, &p.gaps);
    }
    let _ = writeln!(out, "<h2>{}</h2>", escape(&d.questions_title));
    table(&mut out, &d.questions);
    out.push_str("</article>\n</main>\n</body>\n</html>\n");
    out
}

/// An article's opening: the kind of report, the partner, the meta lines and the redaction note.
fn top(out: &mut String, h: &Header, kind: &str) {
    let _ = writeln!(
        out,
        "<article>\n<p class=\"kind\">{}</p>\n<h1>{}</h1>",
        escape(kind),
        escape(&h.title)
    );
    for line in &h.meta {
        let _ = writeln!(out, "<p class=\"meta\">{}</p>", escape(line));
    }
    if let Some(r) = &h.redacted {
        let _ = writeln!(out, "<p class=\"redacted\" role=\"note\">{}</p>", escape(r));
    }
}

fn article(out: &mut String, d: &Document, kind: &str) {
    top(out, &d.header, kind);
    verdict(out, &d.header);
    let _ = writeln!(
        out,
        "<section class=\"keep\">\n<h2>{}</h2>",
        escape(&d.standards_title)
    );
    chart::standards(out, &d.chart);
    table(out, &d.standards);
    out.push_str("</section>\n");
    points(out, &d.red_flags);
    points(out, &d.reasons);
    if let Some(n) = &d.negotiation {
        points(out, n);
    }
    let _ = writeln!(out, "<h2>{}</h2>", escape(&d.answers_title));
    for g in &d.answers {
        let _ = writeln!(
            out,
            "<section class=\"keep\">\n<h3>{}</h3>",
            escape(&g.heading)
        );
        if g.table.rows.is_empty() {
            let _ = writeln!(out, "<p class=\"none\">{}</p>", escape(&g.none));
        } else {
            table(out, &g.table);
        }
        out.push_str("</section>\n");
    }
    out.push_str("</article>\n");
}

fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Good => "v-good",
        Verdict::Inconclusive => "v-inconclusive",
        Verdict::Bad => "v-bad",
        Verdict::Ugly => "v-ugly",
    }
}

fn status_class(s: Status) -> &'static str {
    match s {
        Status::Met => "s-met",
        Status::Partly => "s-partly",
        Status::NotMet => "s-not-met",
        Status::Unknown => "s-unknown",
    }
}

/// The verdict line, whether it is firm, and the decisive open questions in the order to ask them.
fn verdict(out: &mut String, h: &Header) {
    let _ = writeln!(
        out,
        "<p class=\"verdict {}\">{}</p>\n<p class=\"firmness\">{}</p>",
        verdict_class(h.verdict),
        escape(&h.verdict_line),
        escape(&h.firmness.title)
    );
    if !h.firmness.points.is_empty() {
        let _ = writeln!(
            out,
            "<p>{}</p>\n<ol class=\"decisive\">",
            escape(&h.decisive_title)
        );
        for p in &h.firmness.points {
            let _ = writeln!(out, "<li>{}</li>", escape(&p.headline));
        }
        out.push_str("</ol>\n");
    }
}

fn points(out: &mut String, p: &Points) {
    let _ = writeln!(out, "<section>\n<h2>{}</h2>\n<ul>", escape(&p.title));
    for point in &p.points {
        let _ = write!(out, "<li>{}", escape(&point.headline));
        if !point.details.is_empty() {
            out.push_str("\n<ul>\n");
            for d in &point.details {
                let _ = writeln!(out, "<li>{}</li>", escape(d));
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n</section>\n");
}

fn table(out: &mut String, t: &Table) {
    out.push_str("<table>\n<thead>\n<tr>");
    for c in &t.columns {
        let class = if c.numeric { " class=\"num\"" } else { "" };
        let _ = write!(out, "<th scope=\"col\"{class}>{}</th>", escape(&c.title));
    }
    out.push_str("</tr>\n</thead>\n<tbody>\n");
    for row in &t.rows {
        out.push_str("<tr>");
        for (cell, col) in row.iter().zip(&t.columns) {
            let mut classes = Vec::new();
            if col.numeric {
                classes.push("num");
            }
            if let Some(s) = cell.status {
                classes.push(status_class(s));
            }
            let class = if classes.is_empty() {
                String::new()
            } else {
                format!(" class=\"{}\"", classes.join(" "))
            };
            let lang = lang_attribute(cell.lang.as_deref());
            let _ = write!(out, "<td{class}{lang}>{}</td>", escape(&cell.text));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// ` lang="en"` for a text in another language than the page's (a rubric's English fallback), so
/// that screen readers pronounce it as English and browsers hyphenate it as such; nothing otherwise.
pub(super) fn lang_attribute(lang: Option<&str>) -> String {
    lang.map(|l| format!(" lang=\"{}\"", escape(l)))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
