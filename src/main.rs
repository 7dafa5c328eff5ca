//! The `sipvs` command line: parses arguments, calls the library, reports.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use sipvs::report;
use sipvs::{err, out};

// Rendering allocates many small strings on two threads; mimalloc cuts that cost. Measured
// on the bundled site (5 alternated builds, 2 cores): 1.26 s of CPU against 1.47 s with the
// system allocator (-15%), for a peak of 57 MB against 25 MB (mimalloc keeps freed pages).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "sipvs",
    version,
    about = "Build the multilingual reference of SIP response codes and their comparisons"
)]
struct Cli {
    /// The project root (holding sipvs.toml, content/, locales/, templates/, static/).
    #[arg(long, global = true, default_value = ".")]
    root: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder.
    Build {
        /// Output folder (replaced as a whole when the build succeeds).
        #[arg(long, default_value = "public")]
        out: PathBuf,
        /// Absolute URL the site is published at; overrides base_url of sipvs.toml.
        #[arg(long)]
        base_url: Option<String>,
        /// Fail when any page would show English fallback text.
        #[arg(long)]
        strict: bool,
        /// Write .gz and .br files beside every HTML, CSS, JS, JSON, XML, SVG and text file
        /// (for servers that serve them, such as nginx with gzip_static; refused for hosts
        /// that compress by themselves).
        #[arg(long)]
        precompress: bool,
        /// Build for a static host: write the files it reads (_redirects and _headers for
        /// netlify; _headers and the bare-code _redirects for cloudflare; .nojekyll for
        /// github; .htaccess with 404 pages, headers and bare-code redirects for apache) and
        /// fail before publishing a site over its limits.
        #[arg(long, value_enum)]
        host: Option<sipvs::host::Host>,
        /// The most files the host takes, where your plan differs from the host's
        /// default (Cloudflare Pages' paid plans: 100000).
        #[arg(long, requires = "host")]
        max_files: Option<u64>,
    },
    /// Preview the site on 127.0.0.1, rebuilding on change and reloading open pages.
    Serve {
        /// Port on 127.0.0.1 (0 picks a free one).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Folder the preview is built into (not the publishing output).
        #[arg(long, default_value = ".sipvs-serve")]
        out: PathBuf,
        /// Show every localized text's message id and `file:line` (hover it; it is outlined),
        /// so a translator finds the string behind anything on the page.
        #[arg(long)]
        ids: bool,
    },
    /// Copy the project with made-up codes added, for scale tests (see benches/build.rs).
    #[command(hide = true)]
    Synthesize {
        /// How many codes the copy should have in all.
        #[arg(long, default_value_t = 300)]
        codes: usize,
        /// Where to write the copy.
        #[arg(long)]
        out: PathBuf,
    },
    /// Validate content, templates and every locale without writing a site.
    ///
    /// Exit status: 0 no errors, 1 errors found, 2 the input is unusable.
    Check {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Check only this locale (the reference is still read to compare against).
        #[arg(long)]
        locale: Option<String>,
        /// Show only findings at least this severe (the exit status still counts all).
        #[arg(long, value_enum, default_value_t = Only::Notes)]
        only: Only,
        /// Fail on warnings too: messages still missing in a locale being translated, a
        /// variable a translation drops, a plural category it lacks.
        #[arg(long)]
        strict: bool,
    },
    /// Start a new locale: a folder of files for a translator to fill in, every message
    /// commented out with its English text, so that the site shows English (marked as such)
    /// until a message is translated.
    NewLocale {
        /// The locale's BCP 47 tag, e.g. `de` or `pt-BR`.
        tag: String,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Only {
    /// Errors only.
    Errors,
    /// Errors and warnings.
    Warnings,
    /// Everything, notes included.
    Notes,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    /// For people.
    Text,
    /// For CI: one JSON document on standard output.
    Json,
}

/// Draw the problems and fail.
fn failed(root: &Path, e: &sipvs::Error) -> ExitCode {
    report::error(root, e);
    ExitCode::FAILURE
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            out,
            base_url,
            strict,
            precompress,
            host,
            max_files,
        } => {
            let out = cli.root.join(out);
            let opts = sipvs::build::Options {
                root: cli.root.clone(),
                out,
                base_url,
                strict,
                precompress,
                host,
                max_files,
            };
            match sipvs::build::build(&opts) {
                Ok(summary) => {
                    for w in &summary.warnings {
                        report::diagnostic(&cli.root, w);
                    }
                    for line in &summary.timings {
                        err!("{line}");
                    }
                    out!("{}", summary.line());
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    let problems = report::error(&cli.root, &e);
                    err!(
                        "build failed: {problems} problem(s); {}",
                        e.output
                            .as_deref()
                            .unwrap_or("the previous output was left as it was")
                    );
                    ExitCode::FAILURE
                }
            }
        }
        Command::Serve { port, out, ids } => {
            let out = cli.root.join(out);
            let opts = sipvs::serve::ServeOptions {
                root: cli.root.clone(),
                out,
                port,
                ids,
            };
            let root = cli.root.clone();
            let report = move |notice: sipvs::serve::Notice<'_>| match notice {
                // Drawn like a build's errors, source line and caret included.
                sipvs::serve::Notice::Failed(e) => {
                    report::error(&root, e);
                    err!("rebuild failed; still serving the last good site");
                }
                notice => out!("{notice}"),
            };
            sipvs::serve::serve(&opts, &report)
                .map_or_else(|e| failed(&cli.root, &e), |()| ExitCode::SUCCESS)
        }
        Command::Synthesize { codes, out } => {
            match sipvs::synthetic::synthesize(&cli.root, &out, codes) {
                Ok(n) => {
                    out!(
                        "added {n} synthetic codes in {}",
                        sipvs::error::visible(&out.display().to_string())
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => failed(&cli.root, &e),
            }
        }
        Command::Check {
            format,
            locale,
            only,
            strict,
        } => {
            let (mut report, status) = match sipvs::check::check(&cli.root, locale.as_deref()) {
                Ok(report) => {
                    let status = u8::from(report.fails(strict));
                    (report, status)
                }
                Err(e) => (sipvs::check::Report::unusable(&e), 2),
            };
            report.keep(match only {
                Only::Errors => sipvs::error::Severity::Error,
                Only::Warnings => sipvs::error::Severity::Warning,
                Only::Notes => sipvs::error::Severity::Note,
            });
            match format {
                Format::Text if status == 2 => {
                    err!("{}", report.text(&cli.root, report::colour()).trim_end())
                }
                Format::Text => out!(
                    "{}",
                    report.text(&cli.root, report::colour_out()).trim_end()
                ),
                Format::Json => out!(
                    "{}",
                    serde_json::to_string_pretty(&report).unwrap_or_default()
                ),
            }
            ExitCode::from(status)
        }
        Command::NewLocale { tag } => match sipvs::scaffold::new_locale(&cli.root, &tag) {
            Ok(files) => {
                out!(
                    "created locales/{tag}/ ({files} files). Next:\n  1. set `locale-name` and `og-locale` in locales/{tag}/ui.ftl\n  2. add \"{tag}\" to `locales` in sipvs.toml\n  3. translate: uncomment a message, translate its text; `sipvs check --locale {tag}` lists what is left"
                );
                ExitCode::SUCCESS
            }
            Err(e) => failed(&cli.root, &e),
        },
    }
}
