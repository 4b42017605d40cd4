//! Which way something moved ([`Trend`]), a value before and after ([`Pair`]), and the difference
//! of two scores ([`delta`]).

use serde::Serialize;

use crate::rubric::Verdict;

/// Score differences smaller than this are rounding noise, not a change.
const EPSILON: f64 = 1e-9;

/// Which way something moved, seen from the partnership's side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Trend {
    Better,
    Worse,
    Unchanged,
    /// It changed, but not along a scale: a score appeared or went away, a status became or stopped
    /// being unknown, an answer moved to or from "don't know".
    Unclear,
}

impl Trend {
    /// The same move seen the other way round.
    pub fn reversed(self) -> Trend {
        match self {
            Trend::Better => Trend::Worse,
            Trend::Worse => Trend::Better,
            t => t,
        }
    }

    /// The token used in JSON.
    pub fn token(self) -> &'static str {
        match self {
            Trend::Better => "better",
            Trend::Worse => "worse",
            Trend::Unchanged => "unchanged",
            Trend::Unclear => "unclear",
        }
    }

    /// The trend of a number that is better when higher, from `before` to `after`.
    pub fn of_scores(before: Option<f64>, after: Option<f64>) -> Trend {
        match delta(before, after) {
            Some(d) if d > EPSILON => Trend::Better,
            Some(d) if d < -EPSILON => Trend::Worse,
            Some(_) => Trend::Unchanged,
            None if before.is_none() && after.is_none() => Trend::Unchanged,
            None => Trend::Unclear,
        }
    }
}

/// `after - before` when both are known.
pub fn delta(before: Option<f64>, after: Option<f64>) -> Option<f64> {
    Some(after? - before?)
}

/// A value before and after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pair<T> {
    pub before: T,
    pub after: T,
}

impl<T> Pair<T> {
    pub fn new(before: T, after: T) -> Pair<T> {
        Pair { before, after }
    }

    /// The pair the other way round.
    pub fn swapped(self) -> Pair<T> {
        Pair {
            before: self.after,
            after: self.before,
        }
    }
}

impl Pair<Verdict> {
    /// Which way a verdict moved, in the order good < bad < ugly. A move to or from inconclusive is
    /// unclear: it says that less (or more) is known, not that the partner did better or worse, and
    /// calling bad → inconclusive "better" would reward not knowing.
    pub fn trend(&self) -> Trend {
        if self.changed()
            && (self.before == Verdict::Inconclusive || self.after == Verdict::Inconclusive)
        {
            return Trend::Unclear;
        }
        match self.after.cmp(&self.before) {
            std::cmp::Ordering::Less => Trend::Better,
            std::cmp::Ordering::Greater => Trend::Worse,
            std::cmp::Ordering::Equal => Trend::Unchanged,
        }
    }
}

impl<T: PartialEq> Pair<T> {
    pub fn changed(&self) -> bool {
        self.before != self.after
    }
}
