//! A small builder so that a CLI test reads like a sentence:
//! `Vet::new().args(["score", "x.yaml"]).fails_with(2).stderr_has("line 3")`.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

pub struct Vet {
    cmd: Command,
}

pub struct Ran {
    pub output: Output,
}

/// The repository root, where examples/ and tests/fixtures/ are.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

pub fn example(name: &str) -> PathBuf {
    root().join("examples").join(name)
}

impl Vet {
    /// The built binary, in a clean, English, colourless environment, run from the repository root.
    pub fn new() -> Vet {
        let mut cmd = Command::cargo_bin("vet").unwrap();
        cmd.current_dir(root())
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .env_remove("LANGUAGE")
            .env_remove("COLUMNS")
            .env("NO_COLOR", "1");
        Vet { cmd }
    }

    pub fn args<I, S>(mut self, args: I) -> Vet
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        self.cmd.args(args);
        self
    }

    /// Uses tests/fixtures/mini-rubric.yaml instead of the embedded rubric.
    pub fn mini_rubric(self) -> Vet {
        self.arg("--rubric").arg(fixture("mini-rubric.yaml"))
    }

    pub fn arg(mut self, arg: impl AsRef<std::ffi::OsStr>) -> Vet {
        self.cmd.arg(arg);
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Vet {
        self.cmd.env(key, value);
        self
    }

    pub fn current_dir(mut self, dir: &Path) -> Vet {
        self.cmd.current_dir(dir);
        self
    }

    pub fn stdin(mut self, input: &str) -> Vet {
        self.cmd.write_stdin(input.to_string());
        self
    }

    pub fn run(mut self) -> Ran {
        Ran {
            output: self.cmd.output().unwrap(),
        }
    }

    /// Runs and checks the exit status.
    #[track_caller]
    pub fn fails_with(self, code: i32) -> Ran {
        self.run().code(code)
    }

    #[track_caller]
    pub fn succeeds(self) -> Ran {
        self.run().code(0)
    }
}

impl Ran {
    pub fn stdout(&self) -> String {
        String::from_utf8(self.output.stdout.clone()).unwrap()
    }

    pub fn stderr(&self) -> String {
        String::from_utf8(self.output.stderr.clone()).unwrap()
    }

    #[track_caller]
    pub fn code(self, code: i32) -> Ran {
        assert_eq!(
            self.output.status.code(),
            Some(code),
            "exit status\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout(),
            self.stderr()
        );
        self
    }

    #[track_caller]
    pub fn stdout_has(self, needle: &str) -> Ran {
        assert!(
            self.stdout().contains(needle),
            "stdout lacks {needle:?}:\n{}",
            self.stdout()
        );
        self
    }

    #[track_caller]
    pub fn stderr_has(self, needle: &str) -> Ran {
        assert!(
            self.stderr().contains(needle),
            "stderr lacks {needle:?}:\n{}",
            self.stderr()
        );
        self
    }

    #[track_caller]
    pub fn stderr_lacks(self, needle: &str) -> Ran {
        assert!(
            !self.stderr().contains(needle),
            "stderr has {needle:?}:\n{}",
            self.stderr()
        );
        self
    }

    /// Standard error is made of `error:`/`help:`/`notice:` lines: no panic, no backtrace.
    #[track_caller]
    pub fn clean_stderr(self) -> Ran {
        let err = self.stderr();
        assert!(
            !err.contains("panicked")
                && !err.contains("RUST_BACKTRACE")
                && !err.contains("stack backtrace"),
            "{err}"
        );
        self
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout())
            .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", self.stdout()))
    }
}

/// Fails when a CSV cell would run as a formula in a spreadsheet.
#[track_caller]
pub fn assert_no_formula_cells<R, C>(rows: impl IntoIterator<Item = R>)
where
    R: IntoIterator<Item = C>,
    C: AsRef<str>,
{
    for row in rows {
        for cell in row {
            let cell = cell.as_ref();
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?} would run as a formula"
            );
        }
    }
}

/// Whether `python3 -c "import yaml"` works.
pub fn has_pyyaml() -> bool {
    std::process::Command::new("python3")
        .args(["-c", "import yaml"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// For the tests that need PyYAML, which are `#[ignore]`d so that a workstation without it reports
/// them as ignored, never as passed: when they do run (`-- --include-ignored`, as CI does), a
/// missing PyYAML fails them.
#[track_caller]
pub fn require_pyyaml() {
    assert!(
        has_pyyaml(),
        "python3 with PyYAML is missing: `python3 -m pip install pyyaml` (.ci/run installs it)"
    );
}

/// `text` read and written back by PyYAML, as a script that edits a YAML file does:
/// `yaml.safe_dump(yaml.safe_load(text), allow_unicode=True)`.
pub fn pyyaml_round_trip(text: &str) -> String {
    use std::io::Write;
    let mut child = std::process::Command::new("python3")
        .args([
            "-c",
            "import yaml,sys; print(yaml.safe_dump(yaml.safe_load(sys.stdin), allow_unicode=True))",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "PyYAML failed");
    String::from_utf8(out.stdout).unwrap()
}
