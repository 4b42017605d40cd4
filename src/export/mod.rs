//! Output formats of every command: a renderer per format ([`table`] for the terminal, [`json`],
//! [`csv`], [`markdown`], [`html`]), each laying out the document model of a command
//! ([`model`]), worded by [`words`]. Each renderer returns a `String`; the caller writes it, `vet
//! score` through [`score::ScoreWriter`], which frames many files.

pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;
pub mod model;
pub mod rubric;
pub mod score;
pub mod table;
pub mod words;

pub use crate::scored::Scored;

// The paths the app and the interview used before the split by format; they go when those call the
// modules above.
pub use words as text;

/// `vet panel`'s renderers under their old names.
pub mod panel {
    pub use super::json::panel::render as json;
    pub use super::markdown::panel as markdown;
    pub use super::model::panel::{COMBINED_FILE, Report, document};
    pub use super::table::panel::render as table;
}
