//! Rebuilds the binary when a message or a static asset is added, removed or changed: both are
//! embedded in it (src/dossier.rs).
fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=static");
}
