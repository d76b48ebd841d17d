//! Where the large bodies of the pages kept with a snapshot live: a memory file (Linux `memfd`)
//! mapped into the process, from which a connection sends a body with `sendfile`
//! ([`crate::web`]'s zero-copy writes) instead of copying it into the socket — what nginx does with
//! the files of a static site. On the bench machine, a 46 KB job page sent raw costs 2 to 3 µs of
//! processor less per request that way (bench/README.md).
//!
//! The file is one region of address space reserved on first use ([`CAPACITE`]; sparse: only the
//! memory pages written take memory). Each body gets whole memory pages after those already
//! given; when the last [`Bytes`] of a body is dropped (its snapshot replaced), its pages are given
//! back to the system (`fallocate` punches a hole in the file), but its addresses are not given
//! again. Once the region is used up — some 1 100 reloads of the bundled site, 14 MB each — or
//! where there is no `memfd` (other systems, a sandbox that forbids it), bodies stay on the heap
//! and are written as before: nothing but speed depends on this module.

use axum::body::Bytes;

/// Bodies smaller than this stay on the heap: for them, copying costs no more than a `sendfile`
/// and its extra system call (a 12 KB gzip page was measured level), and a whole memory page
/// each would waste more.
pub const SEUIL: usize = 16 * 1024;

/// Address space reserved for the file: 16 GiB, of which only what bodies use now takes memory.
pub const CAPACITE: usize = 1 << 34;

/// `octets` copied into the memory file, or `None` (then the caller keeps its own bytes).
pub fn garder(octets: &[u8]) -> Option<Bytes> {
    imp::garder(octets)
}

/// Where `octets` lie in the memory file, if they do: its descriptor and their offset in it. The
/// descriptor stays open as long as the [`Bytes`] that `octets` come from lives.
pub fn situer(octets: &[u8]) -> Option<(std::os::raw::c_int, u64)> {
    imp::situer(octets)
}

#[cfg(target_os = "linux")]
mod imp {
    use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
    use std::sync::OnceLock;
    use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

    use axum::body::Bytes;

    use super::CAPACITE;

    /// The mapped file.
    struct Region {
        fd: OwnedFd,
        /// Address of the mapping.
        debut: usize,
        /// Size of a memory page.
        page: usize,
        /// Offset of the first byte never given (only grows).
        fin: AtomicUsize,
    }

    static REGION: OnceLock<Option<Region>> = OnceLock::new();

    impl Region {
        fn ouvrir() -> Option<Region> {
            // SAFETY: a constant C string; the call only creates a descriptor.
            let fd = unsafe { libc::memfd_create(c"guide-metiers-pages".as_ptr(), libc::MFD_CLOEXEC) };
            if fd < 0 {
                return None;
            }
            // SAFETY: `fd` was just created and is owned by nobody else.
            let fd = unsafe { OwnedFd::from_raw_fd(fd) };
            // SAFETY: plain calls on a descriptor we own; results checked.
            let page = usize::try_from(unsafe { libc::sysconf(libc::_SC_PAGESIZE) }).ok().filter(|p| *p > 0)?;
            if unsafe { libc::ftruncate(fd.as_raw_fd(), CAPACITE as libc::off_t) } != 0 {
                return None;
            }
            // SAFETY: a new shared mapping of the whole file, at an address the system chooses; it
            // is never unmapped (it lives as long as the process), so slices into it stay valid.
            let debut = unsafe {
                libc::mmap(
                    std::ptr::null_mut(),
                    CAPACITE,
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_SHARED | libc::MAP_NORESERVE,
                    fd.as_raw_fd(),
                    0,
                )
            };
            if debut == libc::MAP_FAILED {
                return None;
            }
            Some(Region { fd, debut: debut as usize, page, fin: AtomicUsize::new(0) })
        }
    }

    /// A body in the file: whole memory pages from `decalage`, `len` bytes of which are the body.
    struct Corps {
        decalage: usize,
        len: usize,
        taille: usize,
    }

    impl AsRef<[u8]> for Corps {
        fn as_ref(&self) -> &[u8] {
            let Some(Some(r)) = REGION.get() else { return &[] };
            // SAFETY: these bytes were written by `garder` before this `Corps` existed and are
            // never written again while it lives; the mapping is never unmapped.
            unsafe { std::slice::from_raw_parts((r.debut + self.decalage) as *const u8, self.len) }
        }
    }

    impl Drop for Corps {
        fn drop(&mut self) {
            if let Some(Some(r)) = REGION.get() {
                // The body's pages go back to the system; its offsets are never given again.
                // SAFETY: a plain call on our descriptor, over pages that only this body used.
                unsafe {
                    libc::fallocate(
                        r.fd.as_raw_fd(),
                        libc::FALLOC_FL_PUNCH_HOLE | libc::FALLOC_FL_KEEP_SIZE,
                        self.decalage as libc::off_t,
                        self.taille as libc::off_t,
                    )
                };
            }
        }
    }

    pub fn garder(octets: &[u8]) -> Option<Bytes> {
        let r = REGION.get_or_init(Region::ouvrir).as_ref()?;
        let taille = octets.len().div_ceil(r.page).max(1) * r.page;
        let decalage = r.fin.fetch_add(taille, Relaxed);
        if decalage.checked_add(taille)? > CAPACITE {
            return None;
        }
        // SAFETY: [decalage, decalage + taille) lies inside the mapping and was given to no one
        // else (the counter only grows); nothing reads it before this copy is done.
        unsafe { std::ptr::copy_nonoverlapping(octets.as_ptr(), (r.debut + decalage) as *mut u8, octets.len()) };
        Some(Bytes::from_owner(Corps { decalage, len: octets.len(), taille }))
    }

    /// Whether the memory page at `decalage` is given back to the system (a hole in the file).
    #[cfg(test)]
    pub fn rendue(decalage: u64) -> bool {
        let Some(Some(r)) = REGION.get() else { return false };
        // SAFETY: a plain call on our descriptor.
        let donnees = unsafe { libc::lseek(r.fd.as_raw_fd(), decalage as libc::off_t, libc::SEEK_DATA) };
        donnees < 0 || donnees as u64 > decalage
    }

    pub fn situer(octets: &[u8]) -> Option<(std::os::raw::c_int, u64)> {
        let r = REGION.get()?.as_ref()?;
        let p = octets.as_ptr() as usize;
        let dedans = p >= r.debut && p + octets.len() <= r.debut + CAPACITE && !octets.is_empty();
        dedans.then(|| (r.fd.as_raw_fd(), (p - r.debut) as u64))
    }
}

#[cfg(not(target_os = "linux"))]
mod imp {
    use axum::body::Bytes;

    pub fn garder(_: &[u8]) -> Option<Bytes> {
        None
    }

    pub fn situer(_: &[u8]) -> Option<(std::os::raw::c_int, u64)> {
        None
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    #[test]
    fn a_body_kept_in_the_file_reads_back_whole_and_is_found_there_by_its_address() {
        let page: Vec<u8> = (0..50_000u32).map(|i| (i % 251) as u8).collect();
        let corps = garder(&page).expect("memfd is available on Linux");
        assert_eq!(&corps[..], &page[..]);
        let (fd, debut) = situer(&corps).expect("the body is in the file");
        assert!(fd >= 0);
        // A part of it is found at its own offset; bytes of the heap are not in the file.
        let (_, milieu) = situer(&corps[1000..2000]).unwrap();
        assert_eq!(milieu, debut + 1000);
        assert!(situer(&page).is_none());
        // Two bodies never share a memory page, and the second one is whole too.
        let autre = garder(b"<p>court</p>").unwrap();
        assert_eq!(&autre[..], b"<p>court</p>");
        let (_, decalage) = situer(&autre).unwrap();
        assert!(decalage >= debut + page.len() as u64 || decalage + 4096 <= debut);
        // Clones share the body; the last one gives its memory pages back.
        let copie = corps.clone();
        drop(corps);
        assert_eq!(&copie[..10], &page[..10]);
        assert!(!imp::rendue(debut));
        drop(copie);
        assert!(imp::rendue(debut) && imp::rendue(debut + 40_960));
    }
}
