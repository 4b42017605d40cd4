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
pub mod style;
pub mod table;
pub mod words;
