//! One minimum standard's score: its [`Status`], the range of scores its open questions still
//! allow, and whether they could change its status (firmness).

use serde::Serialize;

use crate::rubric::{Method, Scoring};

/// Where a standard stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Met,
    Partly,
    NotMet,
    /// Too little is known to judge: with method `evidence-range`, the open questions could still
    /// make it met or make it fall short.
    Unknown,
}

impl Status {
    /// The token used in JSON and CSV.
    pub fn token(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::Partly => "partly",
            Status::NotMet => "not-met",
            Status::Unknown => "unknown",
        }
    }

    /// Whether the standard falls short on what is known: partly or not met.
    pub fn falls_short(self) -> bool {
        matches!(self, Status::Partly | Status::NotMet)
    }
}

/// The score of one minimum standard.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StandardScore {
    pub id: String,
    /// Mean value of the answers with a value, 0 to 1; `None` when none has one.
    pub score: Option<f64>,
    pub status: Status,
    /// The scores the open questions still allow: every open question answered against the
    /// partner, then every one answered for it. `None` when no question applies.
    pub range: Option<[f64; 2]>,
    /// Whether no answer to the open questions can change the status.
    pub firm: bool,
    /// Questions of this standard asked at the file's stage, not counting "not applicable".
    pub applicable: usize,
    /// Of those, how many have any recorded answer (including "don't know").
    pub answered: usize,
    /// Of those, how many have a value (yes, partly, no, refused).
    pub known: usize,
    /// Questions of this standard the partner refused to answer or document.
    pub refusals: Vec<String>,
    /// Questions whose answer speaks against the partner (value below 1), in rubric order.
    pub shortfalls: Vec<String>,
}

/// The level a score reaches: met, partly met or not met.
fn level(scoring: &Scoring, score: f64) -> Status {
    if score >= scoring.met {
        Status::Met
    } else if score >= scoring.partly {
        Status::Partly
    } else {
        Status::NotMet
    }
}

/// The status of a standard under method `known-mean` (rubric 1.0.0), from the mean of its known
/// answers and how much of it is known.
pub fn status(scoring: &Scoring, score: Option<f64>, known: usize, applicable: usize) -> Status {
    let Some(score) = score else {
        return Status::Unknown;
    };
    let min_known = scoring.min_known.unwrap_or(0.0);
    if applicable == 0 || (known as f64) < min_known * applicable as f64 {
        return Status::Unknown;
    }
    level(scoring, score)
}

/// What the answers to one standard's questions add up to.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Tally {
    /// Questions asked, not "not applicable".
    pub(super) applicable: usize,
    /// Of those, with a value.
    pub(super) known: usize,
    /// Of those, open ("don't know" or no answer).
    pub(super) open: usize,
    /// Sum of the values.
    pub(super) sum: f64,
}

impl Tally {
    pub(super) fn mean(&self) -> Option<f64> {
        (self.known > 0).then(|| self.sum / self.known as f64)
    }

    /// Every open question answered against the partner, then for it.
    pub(super) fn range(&self, scoring: &Scoring) -> Option<[f64; 2]> {
        let n = self.applicable as f64;
        let best = scoring.values.yes.max(scoring.values.no);
        let worst = scoring.values.yes.min(scoring.values.no);
        (self.applicable > 0).then(|| {
            [
                (self.sum + worst * self.open as f64) / n,
                (self.sum + best * self.open as f64) / n,
            ]
        })
    }

    /// The status, and whether the open questions could change it.
    pub(super) fn status(&self, scoring: &Scoring) -> (Status, bool) {
        match scoring.method {
            Method::KnownMean => {
                let s = status(scoring, self.mean(), self.known, self.applicable);
                (s, self.open == 0)
            }
            Method::EvidenceRange => {
                let Some([lo, hi]) = self.range(scoring) else {
                    return (Status::Unknown, true);
                };
                let firm = level(scoring, lo) == level(scoring, hi);
                if lo >= scoring.met {
                    (Status::Met, true)
                } else if hi < scoring.met {
                    // Short whatever the open questions turn out to be. The mean of what is known
                    // lies between the two ends of the range, so this is monotone too.
                    let mean = self.mean().unwrap_or(lo);
                    (level(scoring, mean), firm)
                } else {
                    (Status::Unknown, false)
                }
            }
        }
    }
}
