//! Survey interop: the rubric as an XLSForm that KoboToolbox and ODK Central accept as it is
//! ([`xlsform`]), and the submissions they export read back as answers files ([`import`]). Both go
//! through one model of the form ([`form`]), so a field's name means the same thing both ways.

pub mod form;
pub mod import;
pub mod xlsform;
