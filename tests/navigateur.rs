//! A real browser (headless Chromium through chromedriver) takes the orientation quiz by
//! clicking its answers, submits it, and reads the ranked result.
//!
//! Runs when `chromedriver` is on the PATH; in CI (`CI` set) its absence is a failure, since
//! `.ci/run` installs it.

mod common;

use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

/// Kills chromedriver (and removes the browser profile) when the test ends, however it ends.
struct Driver(Child, #[allow(dead_code)] tempfile::TempDir);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

async fn serve_fixture() -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = common::app_for(&common::repo("tests/fixtures/valid/minimal"));
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    addr
}

async fn browser() -> Option<(Driver, Client)> {
    let Ok(path) = which("chromedriver") else {
        assert!(std::env::var_os("CI").is_none(), "chromedriver manque en CI : .ci/run doit l'installer");
        eprintln!("chromedriver absent : test navigateur non exécuté (apt-get install chromium chromium-driver)");
        return None;
    };
    let port = free_port();
    let child =
        Command::new(path).arg(format!("--port={port}")).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    let profile = tempfile::tempdir().unwrap();
    let mut caps = serde_json::Map::new();
    let chrome = std::env::var("CHROME").unwrap_or_else(|_| "/usr/bin/chromium".into());
    caps.insert(
        "goog:chromeOptions".into(),
        json!({
            "binary": chrome,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1200,900", format!("--user-data-dir={}", profile.path().display()),
            ]
        }),
    );
    let driver = Driver(child, profile);
    let start = Instant::now();
    loop {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector)
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(client) => return Some((driver, client)),
            Err(e) if start.elapsed() > Duration::from_secs(20) => panic!("chromedriver ne répond pas : {e}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
}

fn which(name: &str) -> Result<std::path::PathBuf, ()> {
    std::env::var_os("PATH")
        .and_then(|paths| std::env::split_paths(&paths).map(|p| p.join(name)).find(|p| p.is_file()))
        .ok_or(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_orientation_quiz_can_be_taken_by_clicking() {
    let Some((_driver, client)) = browser().await else { return };
    let addr = serve_fixture().await;
    let result = async {
        client.goto(&format!("http://{addr}/quiz")).await?;
        // Strong in Investigateur and Conventionnel: the engineer should come first.
        let reponses = "240123240123";
        for (i, r) in reponses.chars().enumerate() {
            // Click the visible label text, as a person would.
            let label = client
                .find(Locator::XPath(&format!("//input[@name='q{}' and @value='{r}']/following-sibling::span", i + 1)))
                .await?;
            label.click().await?;
        }
        client.find(Locator::Css("form.quiz button[type=submit]")).await?.click().await?;
        let start = Instant::now();
        while !client.current_url().await?.as_str().contains("/quiz/resultat?r=") {
            assert!(start.elapsed() < Duration::from_secs(10), "pas de page de résultat");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let url = client.current_url().await?;
        assert_eq!(url.query(), Some(format!("r={reponses}").as_str()), "l'adresse du résultat porte les réponses");
        let bande = client.find(Locator::Css(".bande h3")).await?.text().await?;
        assert_eq!(bande, "Très compatibles");
        let premier = client.find(Locator::Css(".bande .resultat-nom")).await?.text().await?;
        assert_eq!(premier, "Ingénieur civil");
        let code = client.find(Locator::Css(".code")).await?.text().await?;
        assert!(code.starts_with("Investigateur · Conventionnel"), "{code}");
        Ok::<(), fantoccini::error::CmdError>(())
    }
    .await;
    client.close().await.ok();
    result.unwrap();
}
