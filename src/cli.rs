//! The command line, as clap derive types. Doc comments are the help text. Nothing here is
//! interpreted: `crate::app` turns it into settings and runs it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Decide whether a partnership is good, bad or ugly, with INPUD's partnership guide.
///
/// vet asks about a partner, scores the answers against the guide's seven minimum standards and
/// red flags, and says what to negotiate. Everything stays on this computer.
///
/// Exit status: 0 done; 1 the verdict reached --fail-on; 2 bad input or usage; 130 interrupted.
#[derive(Debug, Parser)]
#[command(name = "vet", version, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct Global {
    /// Language of the output: en, fr, es, ru or pt [default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG, else en]
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    /// When to use colour [default: auto, which honours NO_COLOR]
    #[arg(long, global = true, value_enum, value_name = "WHEN")]
    pub color: Option<ColorChoice>,
    /// Rubric file to use instead of the embedded INPUD rubric
    #[arg(long, global = true, value_name = "PATH")]
    pub rubric: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Walk through the questions about a partner, saving every answer, and get the verdict
    ///
    /// Needs a terminal. One key per answer: 1 yes, 2 partly, 3 no, 4 don't know, 5 refused,
    /// 6 not applicable, 7 note, 8 why it matters, Esc back. The answers file is written after
    /// every answer (private, mode 0600); run the same command again to resume an interrupted
    /// interview or revise a finished one. Ctrl-C stops it at once with every given answer saved
    /// (exit status 130). The progress line shows the verdict so far and whether it is firm; once
    /// no answer left can change it, vet offers to finish early (the rest stays unanswered).
    Interview(InterviewArgs),
    /// Score answers files: per-standard table, verdict, reasons and what to negotiate
    Score(ScoreArgs),
    /// Show or check a rubric
    #[command(subcommand)]
    Rubric(RubricCommand),
    /// Compare two assessments of a partner: what improved, what got worse, what changed
    ///
    /// OLD is the earlier answers file and NEW the later one. Shows the verdict and every standard
    /// before and after, the red flags raised and cleared, the refusals added and resolved, and
    /// every answer that changed with the notes of both sides. Both files must be written for the
    /// same rubric (other versions are compared on the questions they share) and be about the same
    /// partner.
    Diff(DiffArgs),
    /// Show a partner's assessments over time, sorted by date, with a trend per standard
    History(HistoryArgs),
    /// Combine several respondents' answers about one partner: where they disagree, the combined
    /// verdict, and the partner's own view
    ///
    /// Each FILE is one respondent's answers, given separately, about the same partner, for the
    /// same rubric and stage, dated within the rubric's panel window (90 days by default). The
    /// questions where respondents disagree come first, as the board's agenda; then the combined
    /// verdict, each standard's combined score and the range of the respondents' own scores.
    /// A folder of imported survey submissions goes in as it is: `vet panel DIR`.
    Panel(PanelArgs),
    /// Rewrite an answers file of an older rubric version for the current one
    ///
    /// Follows the migration map of the current rubric: a renamed question keeps its answer, a
    /// question split in parts gives its answer to each part (with a note to check it), and
    /// removed questions are listed. The original file is never changed. Without -o, the new file
    /// is written to standard output.
    Migrate(MigrateArgs),
    /// Write the rubric in another tool's format
    #[command(subcommand)]
    Export(ExportCommand),
    /// Turn the submissions exported by KoboToolbox or ODK Central into answers files
    ///
    /// Writes one answers file per submission (private, mode 0600), named from the partner, the
    /// date and the submission's id, and never over an existing file: importing the same export
    /// again writes only the new submissions. A submission that cannot be imported (another form
    /// or version of the rubric, an answer off the scale, no partner) is reported with its row
    /// and skipped; the others are written, and the exit status is 2. See docs/survey.md.
    Import(ImportArgs),
    /// Print a completion script for a shell, to install where the shell looks for them
    ///
    /// For example: `vet completions bash > ~/.local/share/bash-completion/completions/vet`,
    /// `vet completions zsh > ~/.zfunc/_vet`, `vet completions fish >
    /// ~/.config/fish/completions/vet.fish`.
    Completions {
        /// The shell to complete for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print vet's manual page (roff), or write it to a file with -o
    ///
    /// For example: `vet man | man -l -`, or `vet man -o ~/.local/share/man/man1/vet.1`.
    Man(ManArgs),
}

impl Command {
    /// The command as typed, for messages: `vet rubric validate`.
    pub fn name(&self) -> &'static str {
        match self {
            Command::Interview(_) => "vet interview",
            Command::Score(_) => "vet score",
            Command::Rubric(RubricCommand::Show { .. }) => "vet rubric show",
            Command::Rubric(RubricCommand::Validate { .. }) => "vet rubric validate",
            Command::Diff(_) => "vet diff",
            Command::History(_) => "vet history",
            Command::Panel(_) => "vet panel",
            Command::Export(ExportCommand::Xlsform(_)) => "vet export xlsform",
            Command::Import(_) => "vet import",
            Command::Completions { .. } => "vet completions",
            Command::Man(_) => "vet man",
            Command::Migrate(_) => "vet migrate",
        }
    }

    /// The first global option given that this command has no use for, as typed (`--rubric`).
    /// Such an option is refused rather than ignored: `vet rubric validate --rubric X` would
    /// otherwise look as if it checked X. Every command uses `--lang` (its messages are
    /// translated); only those that load a rubric use `--rubric`, and only those that may colour
    /// their output use `--color`.
    pub fn unused_global(&self, global: &Global) -> Option<&'static str> {
        let (rubric, color) = match self {
            Command::Interview(_)
            | Command::Score(_)
            | Command::Diff(_)
            | Command::History(_)
            | Command::Panel(_)
            | Command::Rubric(RubricCommand::Show { .. }) => (true, true),
            // They write files (answers files, a workbook): nothing to colour.
            Command::Migrate(_) | Command::Export(_) | Command::Import(_) => (true, false),
            Command::Rubric(RubricCommand::Validate { .. })
            | Command::Completions { .. }
            | Command::Man(_) => (false, false),
        };
        if global.rubric.is_some() && !rubric {
            Some("--rubric")
        } else if global.color.is_some() && !color {
            Some("--color")
        } else {
            None
        }
    }
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write the page to FILE (mode 0600) instead of standard output
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct PanelArgs {
    /// One answers file per respondent, about the same partner and review
    #[command(flatten)]
    pub inputs: InputArgs,
    /// The partner's own answers about itself: compared with the respondents', never counted
    #[arg(long, value_name = "FILE")]
    pub partner_view: Option<PathBuf>,
    /// Output format
    #[arg(long, short, value_enum, default_value_t = PanelFormat::Table)]
    pub format: PanelFormat,
    /// Leave out notes, documents seen and assessors' names: respondents are shown by file name
    #[arg(long)]
    pub redact: bool,
    /// Accept files that name different partners (a respelled or renamed partner)
    #[arg(long)]
    pub force: bool,
    /// Write the report to FILE (private, mode 0600) instead of standard output
    ///
    /// vet refuses to overwrite an answers file or one of the files being combined.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PanelFormat {
    /// For the terminal: the disagreements first, then the combined verdict and standards
    Table,
    /// The contract for scripts (never localised; docs/panel.md)
    Json,
    /// A report to paste into a wiki: everything the HTML page says, but the chart
    Markdown,
    /// One self-contained page with a chart of the spread per standard (opens offline)
    Html,
}

#[derive(Debug, Args)]
pub struct MigrateArgs {
    /// The answers file to rewrite
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Write the new answers file here (private, mode 0600; never over an existing file)
    #[arg(long, short, value_name = "NEW")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct InterviewArgs {
    /// Answers file to write (or to resume) [default: partner-name-YYYY-MM-DD.yaml here]
    // `--out` was this option's name before every command's output flag became `--output`; it is
    // kept, hidden, so that scripts written for it go on working.
    #[arg(long = "output", short, alias = "out", value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Name of the partner organisation (asked when not given)
    #[arg(long, value_name = "NAME")]
    pub partner: Option<String>,
    /// Before signing an agreement, or during an ongoing partnership (asked when not given)
    #[arg(long, value_enum)]
    pub stage: Option<StageArg>,
    /// Ask first the open questions whose answer alone could change the verdict (red flags first),
    /// chosen again after every answer
    #[arg(long)]
    pub decisive_first: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StageArg {
    Before,
    Ongoing,
}

/// The answers files a command reads, however many.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Answers files (YAML); a folder gives its *.yaml files, recursively, in sorted order; - reads
    /// one file from standard input
    #[arg(required_unless_present = "files_from", value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Also read the files named in LIST, one path a line (- for standard input): for more files
    /// than a command line holds, e.g. `find ... | vet score --files-from -`
    #[arg(long, value_name = "LIST", display_order = 100)]
    pub files_from: Option<PathBuf>,
    /// The paths of --files-from are separated by NUL bytes, not lines (`find -print0`)
    #[arg(
        short = '0',
        long = "null",
        requires = "files_from",
        display_order = 101
    )]
    pub null: bool,
}

#[derive(Debug, Args)]
pub struct ScoreArgs {
    #[command(flatten)]
    pub inputs: InputArgs,
    /// Output format
    #[arg(long, short, value_enum, default_value_t = ScoreFormat::Table)]
    pub format: ScoreFormat,
    /// Exit with status 1 when a verdict is this or worse (good < inconclusive < bad < ugly)
    #[arg(long, value_enum, value_name = "VERDICT")]
    pub fail_on: Option<FailOn>,
    /// Leave out notes, documents seen and the assessor's name, to share outside the organisation
    ///
    /// Answers and scores stay; the report says it is redacted.
    #[arg(long)]
    pub redact: bool,
    /// Write the report to FILE (private, mode 0600) instead of standard output
    ///
    /// vet refuses to overwrite an answers file or one of the files being scored.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier answers file
    #[arg(value_name = "OLD")]
    pub old: PathBuf,
    /// The later answers file
    #[arg(value_name = "NEW")]
    pub new: PathBuf,
    /// Output format
    #[arg(long, short, value_enum, default_value_t = DiffFormat::Table)]
    pub format: DiffFormat,
    /// Exit with status 1 when the partnership got worse, else 0
    ///
    /// The partnership got worse when the verdict moved down the order good < bad < ugly, a
    /// standard's status went down or its score dropped, or a red flag became confirmed. Knowing
    /// less is never worse: a verdict that becomes inconclusive, or a standard whose status becomes
    /// unknown, does not count.
    #[arg(long, value_enum, value_name = "WHAT")]
    pub fail_on: Option<DiffFailOn>,
    /// Compare even though the files name different partners (a respelled or renamed partner)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Answers files of one partner, in any order (sorted by their dates)
    #[command(flatten)]
    pub inputs: InputArgs,
    /// Output format
    #[arg(long, short, value_enum, default_value_t = HistoryFormat::Table)]
    pub format: HistoryFormat,
    /// Accept files that name different partners (a respelled or renamed partner)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    Table,
    Json,
    Markdown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HistoryFormat {
    Table,
    Json,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFailOn {
    /// The partnership got worse (see --fail-on above)
    Worse,
}

#[derive(Debug, Subcommand)]
pub enum RubricCommand {
    /// Print the rubric: principles, criteria, standards, signs, red flags, questions
    Show {
        /// Output format
        #[arg(long, short, value_enum, default_value_t = ShowFormat::Table)]
        format: ShowFormat,
    },
    /// Check a rubric file and report every problem with its place; exit 2 when there is any
    Validate {
        /// The rubric file to check
        #[arg(value_name = "PATH")]
        path: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScoreFormat {
    /// For the terminal: per-standard table, verdict, reasons, what to negotiate
    Table,
    /// The contract for scripts (never localised)
    Json,
    /// The JSON contract, in YAML
    Yaml,
    /// A report to paste into a wiki: everything the HTML page says, but the chart
    Markdown,
    /// One self-contained page with a chart, to print or send (opens offline)
    Html,
    /// One row per file, for a spreadsheet
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    Table,
    Json,
    Yaml,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Inconclusive,
    Bad,
    Ugly,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Write the rubric as an XLSForm, to collect answers with KoboToolbox or ODK on phones
    ///
    /// The workbook has the partner's name, the stage, the respondent's role (never a name), then
    /// one group per minimum standard with its questions on the answer scale, an optional note
    /// per question and the question's help as a hint, in every language of the rubric. --lang
    /// chooses the language the form opens in. Upload it as it is to KoboToolbox or ODK Central;
    /// see docs/survey.md.
    Xlsform(XlsformArgs),
}

#[derive(Debug, Args)]
pub struct XlsformArgs {
    /// Workbook to write (private, mode 0600) [default: FORM_ID-VERSION.xlsx in the current
    /// folder]
    ///
    /// vet replaces an earlier workbook given with -o, never any other file.
    #[arg(long, short, value_name = "FILE.xlsx")]
    pub output: Option<PathBuf>,
    /// The questions of which stage: before signing, ongoing partnership, or both (the form then
    /// asks the stage and shows each question at its own)
    #[arg(long, value_enum, default_value_t = FormStage::Both)]
    pub stage: FormStage,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormStage {
    Before,
    Ongoing,
    Both,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The export: a CSV downloaded from KoboToolbox or ODK Central, or KoboToolbox JSON
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Folder to write the answers files in (made when missing)
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub out_dir: PathBuf,
    /// The export's shape
    #[arg(long, value_enum, default_value_t = ImportFormat::Auto)]
    pub format: ImportFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    /// JSON when the file opens with { or [, ODK Central CSV when its first column is
    /// SubmissionDate, else KoboToolbox CSV
    Auto,
    /// KoboToolbox CSV, "XML values and headers", with ; or , between cells
    KoboCsv,
    /// ODK Central CSV (the form's CSV from the downloaded zip)
    OdkCsv,
    /// KoboToolbox JSON, as the data API gives it
    KoboJson,
}
