//! Derived views of the catalogue: search and filters, similar jobs, the bibliography. Pure functions over a
//! [`Site`](crate::content::Site); no HTTP, no HTML.

pub mod penuries;
pub mod recherche;
pub mod similaires;
pub mod sources;
