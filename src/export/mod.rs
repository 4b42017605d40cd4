//! Output formats of `vet score`, `vet diff` and `vet history`. Each renderer returns a `String`;
//! the caller writes it.

pub mod csv;
pub mod diff;
pub mod document;
pub mod history;
pub mod html;
pub mod json;
pub mod markdown;
pub mod panel;
pub mod rubric;
pub mod score;
pub mod table;
pub mod text;

pub use crate::scored::Scored;

// The names `vet score`'s command used before [`score::ScoreWriter`] framed its output.
pub use json::{
    ARRAY_END as JSON_END, array_item as json_item, reports as json, reports_yaml as yaml,
    yaml_item,
};
