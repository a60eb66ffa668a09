//! The `claimcheck` binary: parses arguments into a validated configuration, runs the
//! library's pipeline and prints. This is the one place that prints errors and picks the
//! exit code: 0 nothing at or above `--fail-on`, 1 findings at or above it, 2 usage, input
//! or ledger errors.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use claimcheck::check::{CheckOptions, Severity, Summary};
use claimcheck::config::Config;
use claimcheck::document::Markup;
use claimcheck::ledger::{self, Ledger};
use claimcheck::report::{self, Format};
use claimcheck::{Error, Lang, pipeline};

#[derive(Parser)]
#[command(
    name = "claimcheck",
    version,
    about = "Checks the quotations and numeric claims of news drafts against a ledger of verified quotes and facts"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check quotations and claims against the ledger.
    Check {
        /// Files, directories (searched for .txt and .md) or `-` for standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        common: Common,
        #[arg(long, value_enum, default_value_t = FormatArg::Human)]
        format: FormatArg,
        /// Exit 1 when a finding is at or above this severity.
        #[arg(long, value_enum, default_value_t = FailOn::Error)]
        fail_on: FailOn,
        /// The article's date, for ages (default: the document's, else today).
        #[arg(long, value_parser = parse_date)]
        date: Option<String>,
        #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
        color: ColorArg,
    },
    /// Print the quotations and claims found, with their speakers.
    Extract {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        common: Common,
        #[arg(long, value_enum, default_value_t = FormatArg::Human)]
        format: FormatArg,
    },
    /// Score extraction against gold files (X.txt beside X.gold.json) under a directory.
    Eval {
        dir: PathBuf,
        #[arg(long = "ledger")]
        ledgers: Vec<PathBuf>,
    },
    /// Measure extract + attribute throughput on the test articles repeated (run in release).
    Bench {
        #[arg(default_value = "tests/corpus")]
        dir: PathBuf,
        /// Corpus size in megabytes.
        #[arg(long, default_value_t = 50)]
        mb: usize,
        /// Each article is a document of its own (as a CI run over drafts sees them), instead
        /// of documents of about 1 MB of articles end to end.
        #[arg(long)]
        per_article: bool,
    },
    /// Measure loading and checking against a generated ledger at newsroom scale (run in release).
    BenchLedger {
        #[arg(long, default_value_t = 1_000_000)]
        quotes: usize,
        #[arg(long, default_value_t = 100_000)]
        facts: usize,
        #[arg(long, default_value_t = 1_000)]
        articles: usize,
        /// Keep the generated YAML here (reused when the sizes match) instead of a temp dir.
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// Validate or draft ledgers.
    Ledger {
        #[command(subcommand)]
        command: LedgerCommand,
    },
}

#[derive(Subcommand)]
enum LedgerCommand {
    /// Validate ledger files and summarise them.
    Check {
        /// Ledger files or directories (default ./claims).
        paths: Vec<PathBuf>,
    },
    /// Write a draft ledger for an article: people, quotes and claims, sources left to fill.
    Draft {
        article: PathBuf,
        #[arg(long, value_enum, default_value_t = LangArg::Auto)]
        lang: LangArg,
    },
}

#[derive(clap::Args)]
struct Common {
    /// Ledger files or directories; default: the configuration's `ledger`, else ./claims.
    #[arg(long = "ledger")]
    ledgers: Vec<PathBuf>,
    /// The language (default: the front matter's, else the configuration's, else detected).
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
    /// How to read inputs (auto: .md and .markdown are Markdown, the rest and stdin text).
    #[arg(long, value_enum, default_value_t = InputArg::Auto)]
    input: InputArg,
    /// Read this configuration file instead of the claimcheck.yaml found upward.
    #[arg(long, value_name = "PATH")]
    config: Option<PathBuf>,
    /// Read no configuration file.
    #[arg(long, conflicts_with = "config")]
    no_config: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum InputArg {
    Auto,
    Text,
    Markdown,
}

impl Common {
    fn config(&self) -> Result<Config, Error> {
        Config::resolve(self.config.as_deref(), self.no_config)
    }

    /// How to read the inputs: the command line first, then the configuration.
    fn settings(&self, config: &Config, date: Option<String>) -> pipeline::Settings {
        pipeline::Settings {
            markup: match self.input {
                InputArg::Auto => None,
                InputArg::Text => Some(Markup::Text),
                InputArg::Markdown => Some(Markup::Markdown),
            },
            lang: self.lang.and_then(LangArg::lang),
            // An explicit `--lang auto` detects, whatever the configuration says.
            default_lang: if self.lang.is_some() {
                None
            } else {
                config.lang
            },
            date,
        }
    }
}

/// A progress bar on stderr for long batches, only on a terminal and never in CI.
fn with_progress<T>(files: usize, f: impl FnOnce(Option<pipeline::Progress>) -> T) -> T {
    let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
    if files <= 20 || ci || !std::io::stderr().is_terminal() {
        return f(None);
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(files as u64),
        indicatif::ProgressDrawTarget::stderr(),
    );
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} documents {elapsed}")
    {
        bar.set_style(style);
    }
    let tick = || bar.inc(1);
    let out = f(Some(&tick));
    bar.finish_and_clear();
    out
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Human,
    Json,
    Jsonl,
    /// SARIF 2.1.0 for GitHub code scanning (check only).
    Sarif,
    /// GitHub Actions annotations (check only).
    Github,
    /// A summary for a pull-request comment or job summary (check only).
    Markdown,
    /// A self-contained page for an editor (check only).
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Auto,
    Fr,
    En,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

fn parse_date(s: &str) -> Result<String, String> {
    let ok = s.len() == 10 && claimcheck::ledger::is_full_date(s);
    if ok {
        Ok(s.to_string())
    } else {
        Err(format!("`{s}` is not a date (YYYY-MM-DD)"))
    }
}

impl LangArg {
    fn lang(self) -> Option<Lang> {
        match self {
            LangArg::Auto => None,
            LangArg::Fr => Some(Lang::Fr),
            LangArg::En => Some(Lang::En),
        }
    }
}

impl FormatArg {
    fn format(self) -> Format {
        match self {
            FormatArg::Human => Format::Human,
            FormatArg::Json => Format::Json,
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Sarif => Format::Sarif,
            FormatArg::Github => Format::Github,
            FormatArg::Markdown => Format::Markdown,
            FormatArg::Html => Format::Html,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        // `claimcheck … | head`: the reader left, which is no error of ours.
        Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

/// The ledger paths given, else the configuration's, else ./claims when it exists, else none.
fn ledger_paths(given: Vec<PathBuf>, config: &Config) -> Vec<PathBuf> {
    if !given.is_empty() {
        return given;
    }
    if !config.ledgers.is_empty() {
        return config.ledgers.clone();
    }
    let default = PathBuf::from("claims");
    if default.is_dir() {
        vec![default]
    } else {
        Vec::new()
    }
}

fn load_ledger(given: Vec<PathBuf>, config: &Config) -> Result<Ledger, Error> {
    let paths = ledger_paths(given, config);
    if paths.is_empty() {
        eprintln!(
            "warning: no ledger (no --ledger given and ./claims does not exist): nothing can be verified"
        );
        return Ok(Ledger::default());
    }
    ledger::load(&paths)
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let io = |e: std::io::Error| Error::Io {
        path: PathBuf::from("<stdout>"),
        source: e,
    };
    match cli.command {
        Command::Check {
            paths,
            common,
            format,
            fail_on,
            date,
            color,
        } => {
            let config = common.config()?;
            let settings = common.settings(&config, date.clone());
            let mut ledger = load_ledger(common.ledgers, &config)?;
            config.apply_default_tolerance(&mut ledger);
            let options = CheckOptions {
                date,
                severities: config.severities.clone(),
                disabled: config.disabled.clone(),
                quote_similarity: config.quote_similarity,
            };
            let files = pipeline::inputs(&paths, config.ignore.as_ref())?;
            let processed = with_progress(files.len(), |progress| {
                pipeline::check_files(&files, &settings, &ledger, &options, progress)
            })?;
            let mut summary = Summary::default();
            for p in &processed {
                summary.add(&p.findings);
            }
            let docs: Vec<_> = processed
                .iter()
                .map(|p| (&p.document, p.findings.as_slice()))
                .collect();
            match format.format() {
                Format::Human => {
                    let color = match color {
                        ColorArg::Always => true,
                        ColorArg::Never => false,
                        ColorArg::Auto => {
                            std::io::stdout().is_terminal()
                                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                        }
                    };
                    report::human::write_check(&mut out, &docs, &ledger, &summary, color)
                        .map_err(io)?;
                    claimcheck::suppress::write_human_count(&mut out, &processed).map_err(io)?
                }
                Format::Sarif => report::sarif::write_check(&mut out, &docs).map_err(io)?,
                Format::Github => {
                    report::github::write_check(&mut out, &docs, &ledger).map_err(io)?
                }
                Format::Markdown => {
                    report::markdown::write_check(&mut out, &docs, &ledger, &summary).map_err(io)?
                }
                Format::Html => {
                    // The page names speakers, so it needs the extraction as well.
                    let docs: Vec<_> = processed
                        .iter()
                        .map(|p| (&p.document, &p.extraction, p.findings.as_slice()))
                        .collect();
                    report::html::write_check(&mut out, &docs, &ledger, &summary).map_err(io)?
                }
                f => claimcheck::suppress::write_json_check(
                    &mut out,
                    &processed,
                    &summary,
                    f == Format::Jsonl,
                )
                .map_err(io)?,
            }
            out.flush().map_err(io)?;
            let threshold = match fail_on {
                FailOn::Error => Some(Severity::Error),
                FailOn::Warning => Some(Severity::Warning),
                FailOn::Never => None,
            };
            let failed = threshold.is_some_and(|t| summary.worst().is_some_and(|w| w >= t));
            Ok(if failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Extract {
            paths,
            common,
            format,
        } => {
            // Validate the format before any work: the report formats need verdicts.
            let format = format.format();
            if !matches!(format, Format::Human | Format::Json | Format::Jsonl) {
                return Err(Error::Usage(
                    "extract prints human, json or jsonl; the report formats (sarif, github, markdown, html) need `claimcheck check`".into(),
                ));
            }
            let config = common.config()?;
            let settings = common.settings(&config, None);
            let ledger = ledger_paths(common.ledgers, &config);
            let ledger = if ledger.is_empty() {
                None
            } else {
                Some(ledger::load(&ledger)?)
            };
            let files = pipeline::inputs(&paths, config.ignore.as_ref())?;
            let docs = with_progress(files.len(), |progress| {
                pipeline::extract_files(&files, &settings, ledger.as_ref(), progress)
            })?;
            match format {
                Format::Human => report::human::write_extract(&mut out, &docs).map_err(io)?,
                f => {
                    report::json::write_extract(&mut out, &docs, f == Format::Jsonl).map_err(io)?
                }
            }
            out.flush().map_err(io)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Bench {
            dir,
            mb,
            per_article,
        } => {
            let layout = if per_article {
                claimcheck::bench::Layout::PerArticle
            } else {
                claimcheck::bench::Layout::Concatenated
            };
            let docs = claimcheck::bench::corpus(&dir, mb * 1_000_000, layout)?;
            let report = claimcheck::bench::run(&docs)?;
            write!(out, "{report}").map_err(io)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::BenchLedger {
            quotes,
            facts,
            articles,
            dir,
        } => {
            let options = claimcheck::bench_ledger::BenchLedgerOptions {
                quotes,
                facts,
                articles,
                dir,
                bundled_ledger: Some(PathBuf::from("claims")),
                article: Some(PathBuf::from("tests/corpus/lecun-ft-fr.txt")),
            };
            let report = claimcheck::bench_ledger::run(&options)?;
            write!(out, "{report}").map_err(io)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval { dir, ledgers } => {
            let known = if ledgers.is_empty() {
                Vec::new()
            } else {
                ledger::load(&ledgers)?.known_people()
            };
            let report = claimcheck::eval::evaluate(&dir, &known)?;
            write!(out, "{report}").map_err(io)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Ledger {
            command: LedgerCommand::Check { paths },
        } => {
            let paths = ledger_paths(paths, &Config::resolve(None, false)?);
            if paths.is_empty() {
                return Err(Error::Usage(
                    "no ledger to check: give a path, set `ledger:` in claimcheck.yaml, or create ./claims".into(),
                ));
            }
            let ledger = ledger::load(&paths)?;
            let report = claimcheck::ledger::summary(&ledger);
            write!(out, "{report}").map_err(io)?;
            Ok(if report.incomplete() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Ledger {
            command: LedgerCommand::Draft { article, lang },
        } => {
            let docs = pipeline::extract_all(&[article], lang.lang(), None)?;
            for (doc, x) in &docs {
                write!(out, "{}", claimcheck::ledger::draft(doc, x)).map_err(io)?;
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
