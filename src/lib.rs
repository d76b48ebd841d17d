//! guide-metiers: a French-language career guide for Belgium.
//!
//! Layers, from the bottom: [`content`] loads and validates the editors' TOML files;
//! [`i18n`] holds the interface's French messages; [`render`] turns both into HTML pages once
//! per snapshot; [`representation`] keeps each page as it is served (compressed forms,
//! validators) and makes it an answer; [`web`] serves a [`snapshot::Snapshot`] over HTTP.

pub mod catalogue;
pub mod content;
pub mod dossier;
pub mod export;
pub mod format;
pub mod i18n;
pub mod message;
pub mod quiz;
pub mod render;
pub mod representation;
pub mod ressources;
pub mod snapshot;
pub mod watch;
pub mod web;

pub use web::app;
