//! Answers whose body lies in the memory file of pages ([`crate::representation::memfd`]) leave
//! without being copied: the head with `sendmsg(MSG_MORE)`, which holds it until the body follows
//! so that both share their first segment, then the body with `sendfile` from the file — nginx's
//! way with a static site. Any other write goes through the socket as before.

use std::io::{self, IoSlice};
use std::task::{Context, Poll};

use tokio::net::TcpStream;

/// Writes the first of `bufs` that lies in the memory file, and those before it, if one does;
/// `None`: none does (write `bufs` as usual). Like `poll_write_vectored`, the count of bytes
/// written may be short: the caller comes back with the rest.
#[cfg(target_os = "linux")]
pub fn poll_write(socket: &TcpStream, cx: &mut Context<'_>, bufs: &[IoSlice<'_>]) -> Option<Poll<io::Result<usize>>> {
    use std::os::fd::AsRawFd;
    use tokio::io::Interest;

    let (i, (fichier, decalage)) =
        bufs.iter().enumerate().find_map(|(i, b)| crate::representation::memfd::situer(b).map(|ou| (i, ou)))?;
    let (tete, corps) = (&bufs[..i], &bufs[i]);
    let prise = socket.as_raw_fd();
    loop {
        match socket.poll_write_ready(cx) {
            Poll::Pending => return Some(Poll::Pending),
            Poll::Ready(Err(e)) => return Some(Poll::Ready(Err(e))),
            Poll::Ready(Ok(())) => {}
        }
        match socket.try_io(Interest::WRITABLE, || ecrire(prise, tete, corps.len(), fichier, decalage)) {
            // Not writable after all: readiness is cleared, wait for it again.
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => continue,
            fait => return Some(Poll::Ready(fait)),
        }
    }
}

#[cfg(not(target_os = "linux"))]
pub fn poll_write(_: &TcpStream, _: &mut Context<'_>, _: &[IoSlice<'_>]) -> Option<Poll<io::Result<usize>>> {
    None
}

/// `tete` then `len` bytes of `fichier` from `decalage`, on the socket `prise`: how many bytes went
/// out.
#[cfg(target_os = "linux")]
fn ecrire(
    prise: std::os::raw::c_int,
    tete: &[IoSlice<'_>],
    len: usize,
    fichier: std::os::raw::c_int,
    decalage: u64,
) -> io::Result<usize> {
    let attendu: usize = tete.iter().map(|b| b.len()).sum();
    let mut ecrit = 0;
    if attendu > 0 {
        // SAFETY: `IoSlice` has the layout of `iovec` on Unix (std's guarantee); the message names
        // no address and no control data; the slices outlive the call.
        let n = unsafe {
            let mut message: libc::msghdr = std::mem::zeroed();
            message.msg_iov = tete.as_ptr() as *mut libc::iovec;
            message.msg_iovlen = tete.len() as _;
            libc::sendmsg(prise, &message, libc::MSG_MORE | libc::MSG_NOSIGNAL)
        };
        // A negative count is an error (`try_from` fails exactly then).
        ecrit = usize::try_from(n).map_err(|_| io::Error::last_os_error())?;
        if ecrit < attendu {
            return Ok(ecrit);
        }
    }
    let mut depuis = libc::off_t::try_from(decalage).map_err(io::Error::other)?;
    // SAFETY: plain call on two open descriptors (the file's stays open while the body the
    // caller writes lives); `depuis` is a valid pointer for the call.
    let n = unsafe { libc::sendfile(prise, fichier, &mut depuis, len) };
    match usize::try_from(n) {
        Ok(n) => Ok(ecrit + n),
        // The head went out: say so; the body's error comes back on the next call.
        Err(_) if ecrit > 0 => Ok(ecrit),
        Err(_) => Err(io::Error::last_os_error()),
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use std::io::Read;
    use std::os::fd::AsRawFd;

    use super::*;
    use crate::representation::memfd;

    #[tokio::test]
    async fn a_head_and_a_body_of_the_memory_file_go_out_whole_through_short_writes() {
        let page: Vec<u8> = (0..300_000u32).map(|i| (i * 7 % 253) as u8).collect();
        let corps = memfd::garder(&page).unwrap();
        let tete = b"HTTP/1.1 200 OK\r\ncontent-length: 300000\r\n\r\n".to_vec();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let adresse = listener.local_addr().unwrap();
        // A client that reads slowly, in small pieces.
        let client = std::thread::spawn(move || {
            let mut stream = std::net::TcpStream::connect(adresse).unwrap();
            let mut recu = Vec::new();
            let mut morceau = [0u8; 4096];
            loop {
                match stream.read(&mut morceau).unwrap() {
                    0 => return recu,
                    n => recu.extend_from_slice(&morceau[..n]),
                }
                std::thread::sleep(std::time::Duration::from_micros(300));
            }
        });
        let (socket, _) = listener.accept().await.unwrap();
        // A small send buffer: writes come back short or blocked.
        let taille: libc::c_int = 4096;
        // SAFETY: a plain setsockopt on an open socket, with a pointer to a live integer.
        let fait = unsafe {
            libc::setsockopt(
                socket.as_raw_fd(),
                libc::SOL_SOCKET,
                libc::SO_SNDBUF,
                (&taille as *const libc::c_int).cast(),
                std::mem::size_of::<libc::c_int>() as libc::socklen_t,
            )
        };
        assert_eq!(fait, 0);
        // As hyper does: after a short write, the rest of the head (if any) and of the body.
        let (mut ecrit, mut courtes) = (0, 0);
        let total = tete.len() + corps.len();
        while ecrit < total {
            let reste_tete = &tete[ecrit.min(tete.len())..];
            let reste_corps = &corps[ecrit.saturating_sub(tete.len())..];
            let bufs = [IoSlice::new(reste_tete), IoSlice::new(reste_corps)];
            let bufs: Vec<IoSlice<'_>> = bufs.into_iter().filter(|b| !b.is_empty()).collect();
            let n = std::future::poll_fn(|cx| poll_write(&socket, cx, &bufs).expect("the body is in the file"))
                .await
                .unwrap();
            assert!(n > 0);
            if n < total - ecrit {
                courtes += 1;
            }
            ecrit += n;
        }
        // Bytes of the heap are not for this path.
        let tas = std::future::poll_fn(|cx| Poll::Ready(poll_write(&socket, cx, &[IoSlice::new(&page)]).is_none()));
        assert!(tas.await);
        drop(socket);
        let recu = client.join().unwrap();
        assert!(courtes > 0, "no short write: the test proves nothing");
        assert_eq!(recu.len(), total);
        assert!(recu[..tete.len()] == tete[..] && recu[tete.len()..] == page[..]);
    }
}
