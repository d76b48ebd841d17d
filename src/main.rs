//! The `guide-metiers` command: serve the site, or check the content.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};
use guide_metiers::content::nouveau;
use guide_metiers::dossier::Dossier;
use guide_metiers::i18n::I18n;
use guide_metiers::message::MessageUtilisateur;
use guide_metiers::render::RenderConfig;
use guide_metiers::snapshot::{Snapshot, Sources};
use guide_metiers::watch::Reload;
use guide_metiers::web::{self, AppState};

#[derive(Parser)]
#[command(name = "guide-metiers", version, about = "Career guide website for French-speaking Belgium")]
#[command(args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Without a command, `guide-metiers` serves the site with these settings.
    #[command(flatten)]
    serve: ServeArgs,
}

#[derive(clap::Args, Clone)]
struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "GUIDE_ADDR", default_value = "127.0.0.1:3000")]
    addr: SocketAddr,
    /// Public URL of the site, for canonical links (default: http://ADDR).
    #[arg(long, env = "GUIDE_PUBLIC_URL")]
    public_url: Option<String>,
    /// Static assets folder, to edit them (default: the copy built into the binary).
    #[arg(long = "static", env = "GUIDE_STATIC")]
    static_dir: Option<PathBuf>,
    /// Address where readers report an error in a fiche (shown on /a-propos).
    #[arg(long, env = "GUIDE_CONTACT")]
    contact: Option<String>,
    /// Reload content, messages and assets when they change; a broken change keeps the last
    /// valid site online and shows the errors in a banner.
    #[arg(long)]
    watch: bool,
    /// Time a client has to send a complete request head (e.g. `15s`, `500ms`; seconds when
    /// bare); past it, the connection is closed.
    #[arg(long, env = "GUIDE_HEADER_TIMEOUT", default_value = "15s", value_parser = delai)]
    header_timeout: Duration,
    /// Time a keep-alive connection may stay without a request (or a client without reading an
    /// answer) before it is closed.
    #[arg(long, env = "GUIDE_IDLE_TIMEOUT", default_value = "60s", value_parser = delai)]
    idle_timeout: Duration,
    /// Most connections open at once; the next ones get a 503 page with Retry-After and are closed.
    #[arg(long, env = "GUIDE_MAX_CONNECTIONS", default_value_t = 4096, value_parser = clap::value_parser!(u32).range(1..))]
    max_connections: u32,
    #[command(flatten)]
    sources: ContentArgs,
}

#[derive(clap::Args, Clone)]
struct ContentArgs {
    /// Content folder.
    #[arg(long, env = "GUIDE_CONTENT", default_value = "content")]
    content: PathBuf,
    /// French messages folder, to edit them (default: the copy built into the binary).
    #[arg(long, env = "GUIDE_LOCALES")]
    locales: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the site (the default).
    Serve(ServeArgs),
    /// Validate the content; exit 0 when clean (warnings are printed), 1 with every problem.
    Check {
        /// Also print the editorial health report (sourced figures, oldest review, sources by year).
        #[arg(long)]
        rapport: bool,
        #[command(flatten)]
        sources: ContentArgs,
    },
    /// Write content/metiers/SLUG.toml, a commented skeleton of a profile.
    New {
        /// The new job's URL segment (lowercase letters, digits, hyphens).
        slug: String,
        #[command(flatten)]
        sources: ContentArgs,
    },
    /// Write the whole site as static files into DIR (for a static host or a CDN).
    Export {
        /// Destination folder (created if needed).
        dir: PathBuf,
        /// Public URL of the published site, for canonical links and the sitemap.
        #[arg(long, env = "GUIDE_PUBLIC_URL", default_value = "http://127.0.0.1:3000")]
        public_url: String,
        /// URL of a guide-metiers server that answers the quizzes (their forms point there).
        #[arg(long, env = "GUIDE_QUIZ_URL")]
        quiz_url: Option<String>,
        /// Static assets folder (default: the copy built into the binary).
        #[arg(long = "static", env = "GUIDE_STATIC")]
        static_dir: Option<PathBuf>,
        /// Address where readers report an error in a fiche (shown on /a-propos).
        #[arg(long, env = "GUIDE_CONTACT")]
        contact: Option<String>,
        #[command(flatten)]
        sources: ContentArgs,
    },
    /// Print the JSON Schema of a profile (committed as content/metier.schema.json).
    Schema {
        /// French messages folder (the descriptions; default: the copy built into the binary).
        #[arg(long, env = "GUIDE_LOCALES")]
        locales: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    // The log (one line per request at `info`) is written by a thread of its own, in blocks: a
    // request never waits for the terminal or the disk. Under a flood the thread may fall behind;
    // then lines are dropped rather than requests slowed. `_journal` writes out what is left when
    // main returns.
    let stderr = std::io::stderr();
    let couleurs = std::io::IsTerminal::is_terminal(&stderr);
    let (ecrivain, _journal) = tracing_appender::non_blocking::NonBlockingBuilder::default()
        .lossy(true)
        .buffered_lines_limit(1 << 16)
        .thread_name("journal")
        .finish(std::io::BufWriter::new(stderr));
    guide_metiers::web::journal::installer(ecrivain.clone());
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .with_ansi(couleurs)
        .with_writer(ecrivain)
        .init();
    let cli = Cli::parse();
    let command = cli.command.unwrap_or(Command::Serve(cli.serve));
    match command {
        Command::Serve(args) => serve(args),
        Command::Check { rapport, sources } => check(sources, rapport),
        Command::New { slug, sources } => new(&slug, sources),
        Command::Export { dir, public_url, quiz_url, static_dir, contact, sources: content } => {
            export(&dir, &public_url, quiz_url.as_deref(), Dossier::statiques(static_dir), contact, content)
        }
        Command::Schema { locales } => match I18n::depuis(&Dossier::locales(locales)) {
            Ok(i18n) => {
                print!("{}", guide_metiers::content::schema::metier(&i18n));
                ExitCode::SUCCESS
            }
            Err(errors) => {
                errors.iter().for_each(|e| eprintln!("{e}"));
                ExitCode::from(1)
            }
        },
    }
}

/// Writes the whole site into `dir` as static files.
fn export(
    dir: &std::path::Path,
    public_url: &str,
    quiz_url: Option<&str>,
    statiques: Dossier,
    contact: Option<String>,
    content: ContentArgs,
) -> ExitCode {
    let mut config = RenderConfig::new(public_url, statiques);
    config.contact = contact;
    config.quiz_url = quiz_url.unwrap_or_default().trim_end_matches('/').to_string();
    let snapshot = match Snapshot::build(&sources(content), config) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    let dossier = || dir.display().to_string().into();
    match guide_metiers::export::export(&snapshot, dir) {
        Ok(n) => {
            println!("{}", snapshot.i18n.t_args("export-ok", &[("fichiers", n.into()), ("dossier", dossier())]));
            ExitCode::SUCCESS
        }
        Err(e) => {
            let args = [("dossier", dossier()), ("detail", e.to_string().into())];
            eprintln!("{}", snapshot.i18n.t_args("export-erreur", &args));
            ExitCode::from(1)
        }
    }
}

/// A delay written `15s`, `500ms` or `15` (seconds).
fn delai(texte: &str) -> Result<Duration, String> {
    let texte = texte.trim();
    let (nombre, unite) = match texte.strip_suffix("ms") {
        Some(n) => (n, 1),
        None => (texte.strip_suffix('s').unwrap_or(texte), 1000),
    };
    match nombre.trim().parse::<u64>() {
        Ok(n) if n > 0 => Ok(Duration::from_millis(n.saturating_mul(unite))),
        _ => Err("expected a positive delay such as 15s, 500ms or 15".to_string()),
    }
}

fn sources(args: ContentArgs) -> Sources {
    Sources { content: args.content, locales: Dossier::locales(args.locales) }
}

fn check(args: ContentArgs, rapport: bool) -> ExitCode {
    let sources = sources(args);
    let i18n = match I18n::depuis(&sources.locales) {
        Ok(i18n) => i18n,
        Err(errors) => {
            for e in errors {
                eprintln!("{e}");
            }
            return ExitCode::from(1);
        }
    };
    match guide_metiers::snapshot::load_content(&sources.content, &i18n) {
        Ok(site) => {
            for ligne in site.avertissements.lignes(&i18n) {
                println!("{ligne}");
            }
            let avertissements = site.avertissements.avertissements();
            println!(
                "{}",
                i18n.t_args(
                    "check-ok",
                    &[("metiers", site.metiers.len().into()), ("avertissements", avertissements.into())]
                )
            );
            if rapport {
                print!("{}", bilan(&site, &i18n));
            }
            // The process ends here: freeing a large catalogue piece by piece would only take time
            // (a quarter of a second for 10 000 profiles).
            std::mem::forget(site);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}

/// The editorial health report, one line per measure.
fn bilan(site: &guide_metiers::content::Site, i18n: &I18n) -> String {
    use guide_metiers::catalogue::sources::{Compte, bilan};
    let b = bilan(site);
    let part = |c: &Compte, id: &str| {
        let pct = if c.total() == 0 { 100 } else { c.sources * 100 / c.total() };
        i18n.t_args(
            id,
            &[
                ("total", c.total().into()),
                ("sources", c.sources.into()),
                ("estimations", c.estimations.into()),
                ("aucune", c.aucune.into()),
                ("pourcent", pct.into()),
            ],
        )
    };
    let mut out = String::new();
    let mut ligne = |l: String| {
        out.push_str(&l);
        out.push('\n');
    };
    ligne(i18n.t_args("bilan-titre", &[("fiches", b.fiches.into())]));
    ligne(part(&b.salaires, "bilan-salaires"));
    ligne(part(&b.chiffres, "bilan-chiffres"));
    if let Some((date, slug)) = b.plus_ancienne {
        ligne(i18n.t_args("bilan-plus-ancienne", &[("date", date.into()), ("slug", slug.to_string().into())]));
    }
    ligne(i18n.t_args("bilan-sources", &[("sources", b.sources.into())]));
    for (annee, n) in b.sources_par_annee.iter().rev() {
        ligne(i18n.t_args("bilan-sources-annee", &[("annee", annee.to_string().into()), ("sources", (*n).into())]));
    }
    out
}

fn new(slug: &str, args: ContentArgs) -> ExitCode {
    let i18n = match I18n::depuis(&Dossier::locales(args.locales.clone())) {
        Ok(i18n) => i18n,
        Err(errors) => {
            errors.iter().for_each(|e| eprintln!("{e}"));
            return ExitCode::from(1);
        }
    };
    match nouveau::creer(&args.content, slug, nouveau::aujourd_hui()) {
        Ok(path) => {
            println!("{}", i18n.t_args("nouveau-cree", &[("chemin", path.display().to_string().into())]));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", i18n.message(&e.message()));
            ExitCode::from(1)
        }
    }
}

fn serve(args: ServeArgs) -> ExitCode {
    let ServeArgs {
        addr,
        public_url,
        static_dir,
        contact,
        watch,
        header_timeout,
        idle_timeout,
        max_connections,
        sources: content,
    } = args;
    let reglages = web::listener::Reglages {
        delai_entetes: header_timeout,
        delai_inactif: idle_timeout,
        connexions_max: max_connections as usize,
    };
    let public_url = public_url.unwrap_or_else(|| format!("http://{addr}"));
    let sources = sources(content);
    let statiques = Dossier::statiques(static_dir);
    let mut config = RenderConfig::new(&public_url, statiques.clone());
    config.contact = contact.clone();
    let snapshot = match Snapshot::build(&sources, config) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    let pages = snapshot.paths().len();
    let state = AppState::new(snapshot);
    let _watch = if watch {
        let reload = Reload { sources, statiques, public_url, contact };
        match guide_metiers::watch::watch(state.live.clone(), reload) {
            Ok(w) => Some(w),
            Err(e) => {
                tracing::error!(error = %e, "cannot watch the content folders");
                return ExitCode::from(2);
            }
        }
    } else {
        None
    };
    let app = web::app(state);
    match web::listener::serve(app, addr, reglages, || tracing::info!(%addr, pages, "listening on http://{addr}")) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(%addr, error = %e, "cannot serve on this address");
            ExitCode::from(2)
        }
    }
}
