//! Files read a batch at a time on every core: a network scoring thousands of files at once needs
//! no more memory than for a few hundred, and the results come back in the order given.

use std::path::PathBuf;

/// How many files are read before their results are used.
pub const BATCH: usize = 256;

/// Applies `one` to every path, split across the machine's cores; results in the order given.
/// `one` is typically "read, check and score": it runs on worker threads, so it returns values or
/// unworded errors (the wording needs the interface strings, which stay on the main thread).
pub fn map<T: Send>(paths: &[PathBuf], one: impl Fn(&PathBuf) -> T + Sync) -> Vec<T> {
    // Asked only for several files: it reads the process's CPU quota from /proc.
    let threads = match paths.len() {
        0 | 1 => 1,
        _ => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    if threads < 2 {
        return paths.iter().map(one).collect();
    }
    let one = &one;
    std::thread::scope(|scope| {
        let workers: Vec<_> = paths
            .chunks(paths.len().div_ceil(threads))
            .map(|part| scope.spawn(move || part.iter().map(one).collect::<Vec<_>>()))
            .collect();
        workers
            .into_iter()
            // A panic in a worker is a bug: let it reach the main thread as it would have there.
            .flat_map(|w| w.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_the_order_given_whatever_the_number_of_threads() {
        for n in [0, 1, 2, 3, 17, BATCH] {
            let paths: Vec<PathBuf> = (0..n).map(|i| PathBuf::from(i.to_string())).collect();
            let got = map(&paths, |p| p.display().to_string());
            let want: Vec<String> = (0..n).map(|i| i.to_string()).collect();
            assert_eq!(got, want, "{n} paths");
        }
    }
}
