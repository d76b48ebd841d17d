//! The server over real sockets: slow and idle clients are cut off after their delays, open
//! connections are capped, and everyone else is still served meanwhile.

mod common;

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use common::repo;

/// A `serve` process over the minimal fixture, stopped when dropped.
struct Serveur {
    child: Child,
    port: u16,
}

impl Drop for Serveur {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn demarrer(options: &[&str]) -> Serveur {
    demarrer_sur("tests/fixtures/valid/minimal", options)
}

/// A `serve` process over the content folder `contenu` (a path in the repository).
fn demarrer_sur(contenu: &str, options: &[&str]) -> Serveur {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let child = Command::new(env!("CARGO_BIN_EXE_guide-metiers"))
        .current_dir(repo("."))
        .args(["serve", "--addr", &format!("127.0.0.1:{port}"), "--content"])
        .arg(repo(contenu))
        .args(options)
        .env("RUST_LOG", "warn")
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let serveur = Serveur { child, port };
    let debut = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(debut.elapsed() < Duration::from_secs(20), "le serveur ne démarre pas");
        std::thread::sleep(Duration::from_millis(50));
    }
    serveur
}

fn connecter(port: u16) -> TcpStream {
    let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    stream
}

/// One request on a fresh connection; the whole answer as text.
fn demander(port: u16, target: &str) -> String {
    let mut stream = connecter(port);
    write!(stream, "GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    String::from_utf8_lossy(&answer).into_owned()
}

/// Reads one answer from a keep-alive connection: its head, then as many body bytes as it states.
fn lire_reponse(stream: &mut TcpStream) -> String {
    lire(stream, Duration::ZERO).0
}

/// Reads one answer from a keep-alive connection, pausing `pause` after each piece of its body:
/// its head and its body.
fn lire(stream: &mut TcpStream, pause: Duration) -> (String, Vec<u8>) {
    let mut lu = Vec::new();
    let mut octet = [0u8; 1];
    while !lu.ends_with(b"\r\n\r\n") {
        assert_eq!(stream.read(&mut octet).unwrap(), 1, "connexion fermée au milieu d'une réponse");
        lu.push(octet[0]);
    }
    let tete = String::from_utf8(lu).unwrap();
    let longueur: usize = tete
        .lines()
        .find_map(|l| l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse().unwrap()))
        .expect("content-length");
    let mut corps = Vec::with_capacity(longueur);
    let mut morceau = [0u8; 8192];
    while corps.len() < longueur {
        let n = stream.read(&mut morceau[..(longueur - corps.len()).min(8192)]).unwrap();
        assert!(n > 0, "connexion fermée au milieu d'un corps");
        corps.extend_from_slice(&morceau[..n]);
        std::thread::sleep(pause);
    }
    (tete, corps)
}

/// Waits until the server closes the connection; what it sent before closing.
fn attendre_fermeture(stream: &mut TcpStream) -> Vec<u8> {
    let mut recu = Vec::new();
    match stream.read_to_end(&mut recu) {
        Ok(_) => {}
        Err(e) if e.kind() == ErrorKind::ConnectionReset => {}
        Err(e) => panic!("la connexion reste ouverte : {e}"),
    }
    recu
}

#[test]
fn slow_clients_are_closed_after_the_header_delay_while_others_are_served() {
    let serveur = demarrer(&["--header-timeout", "1s", "--idle-timeout", "10s"]);
    let port = serveur.port;
    // 40 clients stop in the middle of their headers, 10 send nothing at all.
    let lents: Vec<_> = (0..50)
        .map(|i| {
            std::thread::spawn(move || {
                let mut stream = connecter(port);
                let debut = Instant::now();
                if i < 40 {
                    stream.write_all(b"GET /metiers/minimal HTTP/1.1\r\nHost: x\r\nUser-Agent: lent\r\n").unwrap();
                }
                let recu = attendre_fermeture(&mut stream);
                (debut.elapsed(), recu)
            })
        })
        .collect();
    // Meanwhile, the others are served.
    std::thread::sleep(Duration::from_millis(200));
    for target in ["/metiers/minimal", "/quiz/resultat?r=240123240123", "/metiers/minimal"] {
        assert!(demander(port, target).starts_with("HTTP/1.1 200"), "{target}");
    }
    for lent in lents {
        let (duree, recu) = lent.join().unwrap();
        assert!(recu.is_empty() || recu.starts_with(b"HTTP/1.1 408"), "{}", String::from_utf8_lossy(&recu));
        assert!(duree >= Duration::from_millis(900), "fermée trop tôt : {duree:?}");
        assert!(duree < Duration::from_secs(3), "fermée trop tard : {duree:?}");
    }
    assert!(demander(port, "/metiers/minimal").starts_with("HTTP/1.1 200"));
}

#[test]
fn idle_keep_alive_connections_are_closed_after_their_own_delay() {
    let serveur = demarrer(&["--header-timeout", "1s", "--idle-timeout", "4s"]);
    let port = serveur.port;
    let requete = b"GET /metiers/minimal HTTP/1.1\r\nHost: x\r\n\r\n";
    // Idle longer than the header delay: the connection is still there for the next request…
    let inactive = std::thread::spawn(move || {
        let mut stream = connecter(port);
        stream.write_all(requete).unwrap();
        assert!(lire_reponse(&mut stream).starts_with("HTTP/1.1 200"));
        std::thread::sleep(Duration::from_millis(2000));
        stream.write_all(requete).unwrap();
        assert!(lire_reponse(&mut stream).starts_with("HTTP/1.1 200"), "la connexion gardée ne sert plus");
        // …and closed once idle for the idle delay.
        let debut = Instant::now();
        assert!(attendre_fermeture(&mut stream).is_empty());
        debut.elapsed()
    });
    // A kept-alive connection whose next request stalls: the header delay runs from its first byte.
    let lente = std::thread::spawn(move || {
        let mut stream = connecter(port);
        stream.write_all(requete).unwrap();
        assert!(lire_reponse(&mut stream).starts_with("HTTP/1.1 200"));
        std::thread::sleep(Duration::from_millis(500));
        stream.write_all(b"GET /metiers/minimal HTTP/1.1\r\nHost: x\r\n").unwrap();
        let debut = Instant::now();
        attendre_fermeture(&mut stream);
        debut.elapsed()
    });
    let inactive = inactive.join().unwrap();
    assert!(inactive >= Duration::from_millis(3800) && inactive < Duration::from_secs(6), "inactive : {inactive:?}");
    let lente = lente.join().unwrap();
    assert!(lente >= Duration::from_millis(900) && lente < Duration::from_secs(3), "lente : {lente:?}");
}

#[test]
fn past_the_connection_cap_a_connection_gets_a_french_503_then_a_freed_place_serves_again() {
    let serveur = demarrer(&["--max-connections", "4"]);
    let port = serveur.port;
    // Four connections hold every place (once the probe of `demarrer` has given its own back).
    std::thread::sleep(Duration::from_millis(200));
    let mut tenues: Vec<TcpStream> = (0..4).map(|_| connecter(port)).collect();
    std::thread::sleep(Duration::from_millis(300));
    let refusee = || {
        let mut stream = connecter(port);
        stream.write_all(b"GET /metiers/minimal HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        String::from_utf8(attendre_fermeture(&mut stream)).unwrap()
    };
    let reponse = refusee();
    assert!(reponse.starts_with("HTTP/1.1 503"), "{reponse:.200}");
    let tete = reponse.to_ascii_lowercase();
    assert!(tete.contains("\r\nretry-after: 5\r\n") && tete.contains("\r\nconnection: close\r\n"), "{reponse:.400}");
    assert!(reponse.contains("Le site est très demandé en ce moment"), "{reponse}");
    // Refusals are bounded too (an eighth of the cap, here one): while one waits, the next
    // connection is closed without a word. (The server may still be closing the refused
    // connection when its client sees the end.)
    std::thread::sleep(Duration::from_millis(300));
    let mut muette = connecter(port);
    std::thread::sleep(Duration::from_millis(300));
    let mut fermee = connecter(port);
    let _ = fermee.write_all(b"GET /metiers/minimal HTTP/1.1\r\nHost: x\r\n\r\n");
    let recu = attendre_fermeture(&mut fermee);
    assert!(recu.is_empty(), "{}", String::from_utf8_lossy(&recu));
    muette.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    assert!(String::from_utf8(attendre_fermeture(&mut muette)).unwrap().starts_with("HTTP/1.1 503"));
    // A place given back serves again.
    drop(tenues.pop());
    let debut = Instant::now();
    loop {
        // Until the server has seen the closes, a connection may still be refused or closed.
        let mut stream = connecter(port);
        stream.write_all(b"GET /metiers/minimal HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
        let reponse = String::from_utf8(attendre_fermeture(&mut stream)).unwrap();
        if reponse.starts_with("HTTP/1.1 200") {
            break;
        }
        assert!(debut.elapsed() < Duration::from_secs(3), "{reponse:.200}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn sigterm_does_not_wait_for_connections_that_have_asked_nothing() {
    let mut serveur = demarrer(&[]);
    let port = serveur.port;
    let _neuve = connecter(port);
    let mut gardee = connecter(port);
    gardee.write_all(b"GET /metiers/minimal HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    lire_reponse(&mut gardee);
    std::thread::sleep(Duration::from_millis(200));
    assert!(Command::new("kill").args(["-TERM", &serveur.child.id().to_string()]).status().unwrap().success());
    let debut = Instant::now();
    // Far less than the 15 s a silent connection may take to send its request.
    while serveur.child.try_wait().unwrap().is_none() {
        assert!(debut.elapsed() < Duration::from_secs(5), "le serveur attend des connexions muettes");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(serveur.child.try_wait().unwrap().unwrap().success());
}

/// Sets what the kernel buffers for `stream`'s reading side: a small buffer makes the server's
/// writes to it fill up and come back short or blocked.
#[cfg(target_os = "linux")]
fn tampon_de_lecture(stream: &TcpStream, taille: libc::c_int) {
    use std::os::fd::AsRawFd;
    // SAFETY: a plain setsockopt on an open socket, with a pointer to a live integer.
    let fait = unsafe {
        libc::setsockopt(
            stream.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_RCVBUF,
            (&taille as *const libc::c_int).cast(),
            std::mem::size_of::<libc::c_int>() as libc::socklen_t,
        )
    };
    assert_eq!(fait, 0);
}

#[cfg(not(target_os = "linux"))]
fn tampon_de_lecture(_: &TcpStream, _: i32) {}

#[test]
fn large_pages_reach_a_slow_reader_whole_and_a_reader_that_stops_is_cut_off_after_the_idle_delay() {
    // The bundled content: its job pages and lists weigh tens of KB, the size that is sent from
    // the memory file of pages without being copied (`sendfile`).
    let serveur = demarrer_sur("content", &["--idle-timeout", "2s"]);
    let port = serveur.port;
    let pages = ["/metiers/architecte-cloud", "/metiers", "/metiers/infirmier/quiz", "/sources"];
    let attendus: Vec<Vec<u8>> = pages
        .iter()
        .map(|page| {
            let reponse = demander(port, page);
            let (tete, corps) = reponse.split_once("\r\n\r\n").unwrap();
            assert!(tete.starts_with("HTTP/1.1 200"), "{page} : {tete}");
            assert!(corps.len() > 20_000, "{page} : {} octets seulement", corps.len());
            corps.as_bytes().to_vec()
        })
        .collect();
    // Sixty requests sent at once on one connection whose client reads slowly: the server's
    // writes fill its buffers and wait, and every body still arrives whole, in order.
    let mut lent = connecter(port);
    let requetes: String =
        (0..60).map(|i| format!("GET {} HTTP/1.1\r\nHost: x\r\n\r\n", pages[i % pages.len()])).collect();
    lent.write_all(requetes.as_bytes()).unwrap();
    for i in 0..60 {
        let (tete, corps) = lire(&mut lent, Duration::from_micros(200));
        assert!(tete.starts_with("HTTP/1.1 200"), "{tete}");
        assert!(corps == attendus[i % pages.len()], "réponse {i} ({}) abîmée", pages[i % pages.len()]);
    }
    // A client that asks for many pages and reads nothing: once its writes have been blocked for
    // the idle delay, the connection is closed, and the others are still served.
    let mut arrete = connecter(port);
    tampon_de_lecture(&arrete, 4096);
    let tout: String = (0..200).map(|_| "GET /metiers HTTP/1.1\r\nHost: x\r\n\r\n").collect();
    arrete.write_all(tout.as_bytes()).unwrap();
    let debut = Instant::now();
    std::thread::sleep(Duration::from_millis(500));
    assert!(demander(port, "/metiers/architecte-cloud").starts_with("HTTP/1.1 200"));
    std::thread::sleep(Duration::from_millis(3500));
    // What the server had sent before it gave up, read quickly now, then the end: far less than
    // the 200 answers asked for.
    tampon_de_lecture(&arrete, 1 << 20);
    let recu = attendre_fermeture(&mut arrete);
    assert!(recu.len() < 200 * attendus[1].len() / 2, "{} octets reçus", recu.len());
    assert!(debut.elapsed() < Duration::from_secs(10));
}
