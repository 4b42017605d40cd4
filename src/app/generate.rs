//! `vet completions SHELL` and `vet man`: what a packaged command-line tool is expected to offer,
//! generated from the clap definition in `crate::cli` so that they never drift from `--help`.

use std::path::Path;

use clap::CommandFactory;
use clap_mangen::roff::{Roff, bold, italic, roman};

use super::{EXIT_OK, Ui};
use crate::cli::{Cli, ManArgs};
use crate::diagnostic::{Diagnostic, Failure, notice, write_error};
use crate::fsio;
use crate::i18n::args;
use crate::output::emit;

/// `vet completions SHELL`: the completion script on standard output.
pub(super) fn completions(shell: clap_complete::Shell, ui: &Ui) -> Result<u8, Failure> {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "vet", &mut out);
    emit(&String::from_utf8_lossy(&out), &ui.l10n)?;
    Ok(EXIT_OK)
}

/// `vet man [-o FILE]`: the manual page, vet(1), in roff.
pub(super) fn man(a: &ManArgs, ui: &Ui) -> Result<u8, Failure> {
    let page = page().map_err(|e| Diagnostic::new(e.to_string()))?;
    let Some(target) = &a.output else {
        emit(&page, &ui.l10n)?;
        return Ok(EXIT_OK);
    };
    let l10n = &ui.l10n;
    let file = target.display().to_string();
    if !replaceable(target) {
        return Err(Diagnostic::new(
            l10n.tr_with("err-man-exists", &args([("file", file.into())])),
        )
        .help(l10n.tr("err-man-exists-help"))
        .into());
    }
    fsio::write_private(target, page.as_bytes())
        .map_err(|e| write_error("err-write-man", target, &e, "--output", l10n))?;
    notice(
        l10n,
        &l10n.tr_with("man-written", &args([("file", file.into())])),
    );
    Ok(EXIT_OK)
}

/// A man page is written over nothing, or over an earlier vet man page (to update it); never
/// over anything else, which could be someone's answers.
fn replaceable(target: &Path) -> bool {
    let Ok(meta) = std::fs::symlink_metadata(target) else {
        return true;
    };
    meta.is_file()
        && fsio::read_text(target, fsio::MAX_ANSWERS_BYTES)
            .is_ok_and(|text| text.lines().any(|l| l.starts_with(".TH vet ")))
}

/// The whole page: clap's sections (name, synopsis, description, options, commands), every
/// command's options, then what `--help` has no room for: the answers file, exit status, files
/// and privacy.
fn page() -> std::io::Result<String> {
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let man = clap_mangen::Man::new(cmd.clone());
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    man.render_subcommands_section(&mut out)?;
    let mut roff = Roff::new();
    roff.control("SH", ["COMMANDS IN DETAIL"]);
    for sub in cmd.get_subcommands() {
        command_section(&mut roff, sub);
    }
    extra_sections(&mut roff);
    roff.to_writer(&mut out)?;
    man.render_version_section(&mut out)?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// One command's synopsis, description and options, as a subsection (`vet rubric` has its own
/// commands, each with a subsection).
fn command_section(roff: &mut Roff, cmd: &clap::Command) {
    if cmd.has_subcommands() {
        for sub in cmd.get_subcommands() {
            command_section(roff, sub);
        }
        return;
    }
    let name = cmd.get_bin_name().unwrap_or(cmd.get_name()).to_string();
    roff.control("SS", [name.as_str()]);
    if let Some(about) = cmd.get_long_about().or(cmd.get_about()) {
        for para in about.to_string().split("\n\n") {
            roff.control("PP", NONE)
                .text([roman(para.replace('\n', " "))]);
        }
    }
    for arg in cmd.get_arguments() {
        if arg.is_hide_set() || arg.is_global_set() {
            continue;
        }
        let id = arg.get_id().as_str();
        if id == "help" || id == "version" {
            continue;
        }
        let mut flag = Vec::new();
        match (arg.get_short(), arg.get_long()) {
            (Some(s), Some(l)) => flag.push(bold(format!("-{s}, --{l}"))),
            (None, Some(l)) => flag.push(bold(format!("--{l}"))),
            (Some(s), None) => flag.push(bold(format!("-{s}"))),
            (None, None) => {}
        }
        let value = arg
            .get_value_names()
            .and_then(|v| v.first())
            .map_or_else(|| id.to_uppercase(), |v| v.to_string());
        if arg.get_num_args().is_none_or(|n| n.takes_values()) {
            if !flag.is_empty() {
                flag.push(roman(" "));
            }
            flag.push(italic(value));
        }
        let possible: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect();
        let mut help = arg
            .get_long_help()
            .or(arg.get_help())
            .map(|h| h.to_string().replace("\n\n", " ").replace('\n', " "))
            .unwrap_or_default();
        if !possible.is_empty() {
            help.push_str(&format!(" [one of: {}]", possible.join(", ")));
        }
        roff.control("TP", NONE).text(flag).text([roman(help)]);
    }
}

/// A roff request without arguments.
const NONE: [&str; 0] = [];

fn extra_sections(roff: &mut Roff) {
    roff.control("SH", ["THE ANSWERS FILE"]);
    roff.text([roman(
        "What vet interview writes and vet score reads: YAML, UTF-8, at most 1 MiB. Every field is \
         checked; an unknown one is an error. The question ids are those that ",
    )])
    .text([bold("vet rubric show")])
    .text([roman(" lists.")]);
    roff.control("PP", NONE).control("EX", NONE);
    // The embedded rubric's own id and version, so that the example is one this vet scores as is.
    let (id, version) = crate::rubric::Rubric::embedded()
        .map(|r| (r.id, r.version))
        .unwrap_or_default();
    let (id, version) = (
        format!("  id: \"{id}\""),
        format!("  version: \"{version}\""),
    );
    for line in [
        "rubric:",
        &id,
        &version,
        "partner: \"Eastgate Harm Reduction Alliance\"",
        "date: 2025-03-14            # YYYY-MM-DD",
        "stage: \"ongoing\"            # \"before\" (signing) or \"ongoing\"",
        "assessor: \"Coordinator\"     # optional",
        "answers:",
        "  values-lived-expertise:",
        "    answer: \"no\"            # yes partly no dont-know refused n/a",
        "    note: \"Raised three times.\"          # optional",
        "    evidence: [\"MoU v2\"]                 # optional: documents seen",
    ] {
        roff.text([roman(line)]);
    }
    roff.control("EE", NONE);

    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in [
        (
            "0",
            "Done: scored, shown, validated, interview finished or quit.",
        ),
        (
            "1",
            "A verdict reached --fail-on, or vet diff --fail-on worse saw a worsening.",
        ),
        (
            "2",
            "Bad input or usage: a file missing, unreadable, malformed or for another rubric; an \
             invalid rubric; no terminal for vet interview.",
        ),
        (
            "130",
            "The interview was interrupted; every answer given is saved.",
        ),
    ] {
        roff.control("TP", NONE)
            .text([bold(code)])
            .text([roman(meaning)]);
    }

    roff.control("SH", ["ENVIRONMENT"]);
    for (var, meaning) in [
        (
            "LC_ALL, LC_MESSAGES, LANG",
            "The language of messages when --lang is not given (en or fr).",
        ),
        (
            "NO_COLOR",
            "When set and not empty, no colour unless --color always.",
        ),
        (
            "COLUMNS",
            "The width of tables when standard output is not a terminal.",
        ),
    ] {
        roff.control("TP", NONE)
            .text([bold(var)])
            .text([roman(meaning)]);
    }

    roff.control("SH", ["PRIVACY"]);
    roff.text([roman(
        "vet has no networking code and sends nothing anywhere. The files it writes (answers files, \
         reports with -o) are readable by their owner only (mode 0600), written atomically, and \
         never written over an answers file or an input.",
    )]);

    roff.control("SH", ["SEE ALSO"]);
    roff.text([roman(
        "INPUD, Partnership guide for drug user-led networks: the good, the bad and the ugly \
         (December 2024). vet's README and docs/ describe the JSON contracts, the reports and \
         the limits.",
    )]);
}
