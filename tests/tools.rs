//! The tools some tests need (PyYAML, pyxform, Chromium) are installed wherever `CI` is set. Those tests are
//! `#[ignore]`d, so that a workstation without the tools reports them as ignored rather than as
//! passed; CI runs them with `--include-ignored`. This test, never ignored, makes a CI run that
//! lacks a tool fail even when it forgets `--include-ignored`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

#[test]
fn under_ci_every_test_tool_is_installed() {
    if std::env::var_os("CI").is_none() {
        // On a workstation the tests that need them say so themselves: ignored, with the reason.
        return;
    }
    let mut missing = Vec::new();
    if !common::has_pyyaml() {
        missing.push("python3 with PyYAML (`python3 -m pip install pyyaml`)");
    }
    let pyxform = std::process::Command::new("python3")
        .args(["-c", "import pyxform"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !pyxform {
        missing.push("python3 with pyxform (`python3 -m pip install pyxform`)");
    }
    if !std::path::Path::new("/usr/bin/chromium").exists() {
        missing.push("/usr/bin/chromium (`apt-get install -y chromium`)");
    }
    assert!(
        missing.is_empty(),
        "CI is set, and the tests need what is missing: {missing:?} (.ci/run installs them)"
    );
}
