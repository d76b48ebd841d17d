//! A bare hyper server for the bench: the same bytes and the same headers as a page of
//! guide-metiers, with the same threading model (one single-threaded runtime per core, each with its
//! own `SO_REUSEPORT` socket), and nothing else — no router, no deadlines, no logging. What separates
//! it from `guide-metiers serve` is the cost of our own path (bench/run.sh, bench/README.md).
//!
//! Usage: `cargo run --release --example hyper_nu -- ADDR FILE HEADERS [CONTENT-ENCODING]`, where
//! HEADERS is a file of `name: value` lines (the headers guide-metiers sends with that page, but
//! `Date`, `Content-Length`, `Content-Type` and `Content-Encoding`, which this server writes).

use std::convert::Infallible;
use std::net::SocketAddr;

use hyper::body::Bytes;
use hyper::header::{CONTENT_ENCODING, CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue};
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;

type Corps = http_body_util::Full<Bytes>;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let usage = || std::io::Error::other("usage: hyper_nu ADDR FILE HEADERS [CONTENT-ENCODING]");
    let addr: SocketAddr = args.next().ok_or_else(usage)?.parse().map_err(|_| usage())?;
    let body = Bytes::from(std::fs::read(args.next().ok_or_else(usage)?)?);
    let mut headers = HeaderMap::new();
    for line in std::fs::read_to_string(args.next().ok_or_else(usage)?)?.lines().filter(|l| !l.trim().is_empty()) {
        let (name, value) = line.split_once(':').ok_or_else(usage)?;
        let name = HeaderName::from_bytes(name.trim().as_bytes()).map_err(|_| usage())?;
        headers.append(name, HeaderValue::from_str(value.trim()).map_err(|_| usage())?);
    }
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    if let Some(e) = args.next() {
        headers.insert(CONTENT_ENCODING, HeaderValue::from_str(&e).map_err(|_| usage())?);
    }
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads: Vec<_> = (0..workers)
        .map(|_| {
            let (body, headers) = (body.clone(), headers.clone());
            std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
                runtime.block_on(servir(addr, body, headers))
            })
        })
        .collect();
    for t in threads {
        t.join().map_err(|_| std::io::Error::other("worker panicked"))??;
    }
    Ok(())
}

async fn servir(addr: SocketAddr, body: Bytes, headers: HeaderMap) -> std::io::Result<()> {
    let socket = if addr.is_ipv4() { tokio::net::TcpSocket::new_v4()? } else { tokio::net::TcpSocket::new_v6()? };
    socket.set_reuseaddr(true)?;
    socket.set_reuseport(true)?;
    socket.bind(addr)?;
    let listener = socket.listen(1024)?;
    loop {
        let (stream, _) = listener.accept().await?;
        stream.set_nodelay(true)?;
        let (body, headers) = (body.clone(), headers.clone());
        tokio::spawn(async move {
            let service = service_fn(move |_: Request<hyper::body::Incoming>| {
                let mut response = Response::new(Corps::new(body.clone()));
                *response.headers_mut() = headers.clone();
                async move { Ok::<_, Infallible>(response) }
            });
            let _ = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
        });
    }
}
