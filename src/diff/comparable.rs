//! Whether two answers files can be compared at all ([`comparable`]), with vet's one rule for "the
//! same partner" ([`same_partner`]), and why not ([`Incomparable`]).

use crate::answers::Answers;

/// Why two answers files cannot be compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Incomparable {
    /// Written for different rubrics, whose questions and standards are not the same.
    OtherRubric { expected: String, found: String },
    /// About different partners, even ignoring case, spacing and punctuation.
    OtherPartner { expected: String, found: String },
}

/// A partner's name as compared: letters and digits only, lower case.
fn partner_key(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether two partner names name the same organisation, as far as spelling can tell: they are
/// equal once case, spaces and punctuation are left out. "Harbour Peer Network" and "harbour
/// peer-network " are the same partner; a respelled or renamed one ("Harbor Peer Network") is
/// not, and `vet diff` and `vet history` need `--force` to compare it.
///
/// This is vet's one rule for "the same partner": every command that asks (diff, history, the
/// interview when it finds an earlier file) calls this function, so that they never disagree.
pub fn same_partner(a: &str, b: &str) -> bool {
    partner_key(a) == partner_key(b)
}

/// Whether `other` can be compared with `first`: same rubric id, then same partner. Rubric versions
/// may differ (the caller says so and compares what they share).
pub fn comparable(first: &Answers, other: &Answers) -> Result<(), Incomparable> {
    if first.rubric.id != other.rubric.id {
        return Err(Incomparable::OtherRubric {
            expected: first.rubric.id.clone(),
            found: other.rubric.id.clone(),
        });
    }
    if !same_partner(&first.partner, &other.partner) {
        return Err(Incomparable::OtherPartner {
            expected: first.partner.clone(),
            found: other.partner.clone(),
        });
    }
    Ok(())
}
