//! A bare hyper server for the bench: the same bytes as a page of guide-metiers, with the same
//! threading model (one single-threaded runtime per core, each with its own `SO_REUSEPORT`
//! socket), and nothing else — no router, no deadlines, no logging. What separates it from
//! `guide-metiers serve` is the cost of our own path (bench/run.sh, bench/README.md).
//!
//! Usage: `cargo run --release --example hyper_nu -- ADDR FILE [CONTENT-ENCODING]`

use std::convert::Infallible;
use std::net::SocketAddr;

use hyper::body::Bytes;
use hyper::header::{CONTENT_ENCODING, CONTENT_TYPE, HeaderValue};
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;

type Corps = http_body_util::Full<Bytes>;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let usage = || std::io::Error::other("usage: hyper_nu ADDR FILE [CONTENT-ENCODING]");
    let addr: SocketAddr = args.next().ok_or_else(usage)?.parse().map_err(|_| usage())?;
    let body = Bytes::from(std::fs::read(args.next().ok_or_else(usage)?)?);
    let encoding = args.next().map(|e| HeaderValue::from_str(&e).map_err(|_| usage())).transpose()?;
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads: Vec<_> = (0..workers)
        .map(|_| {
            let (body, encoding) = (body.clone(), encoding.clone());
            std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
                runtime.block_on(servir(addr, body, encoding))
            })
        })
        .collect();
    for t in threads {
        t.join().map_err(|_| std::io::Error::other("worker panicked"))??;
    }
    Ok(())
}

async fn servir(addr: SocketAddr, body: Bytes, encoding: Option<HeaderValue>) -> std::io::Result<()> {
    let socket = if addr.is_ipv4() { tokio::net::TcpSocket::new_v4()? } else { tokio::net::TcpSocket::new_v6()? };
    socket.set_reuseaddr(true)?;
    socket.set_reuseport(true)?;
    socket.bind(addr)?;
    let listener = socket.listen(1024)?;
    loop {
        let (stream, _) = listener.accept().await?;
        stream.set_nodelay(true)?;
        let (body, encoding) = (body.clone(), encoding.clone());
        tokio::spawn(async move {
            let service = service_fn(move |_: Request<hyper::body::Incoming>| {
                let mut response = Response::new(Corps::new(body.clone()));
                let headers = response.headers_mut();
                headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
                if let Some(e) = &encoding {
                    headers.insert(CONTENT_ENCODING, e.clone());
                }
                async move { Ok::<_, Infallible>(response) }
            });
            let _ = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
        });
    }
}
