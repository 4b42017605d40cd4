//! The HTML report in a real browser: headless Chromium renders it to a PNG, which must show the
//! page and the chart's colours, and its network log must show no request made by the page.
//!
//! It needs /usr/bin/chromium, so it is `#[ignore]`d: a plain `cargo test` reports it as ignored,
//! with the reason, never as passed. `cargo test -- --include-ignored` runs it, as `.ci/run` does
//! after installing Chromium; run that way without Chromium, it fails. (tests/tools.rs fails any
//! run where `CI` is set and Chromium is missing.)

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{Vet, example};

const CHROMIUM: &str = "/usr/bin/chromium";

/// The browser; a test that runs without it fails, saying how to install it.
#[track_caller]
fn chromium() -> &'static Path {
    let path = Path::new(CHROMIUM);
    assert!(
        path.exists(),
        "{CHROMIUM} is missing: `apt-get install -y chromium` (.ci/run installs it)"
    );
    path
}

/// What the browser did with a page.
struct Rendered {
    png: PathBuf,
    /// URLs the page itself asked the network for.
    page_requests: Vec<String>,
    /// Events in the network log: proof that it was written.
    events: usize,
}

fn render(browser: &Path, page: &Path, dir: &Path, name: &str) -> Rendered {
    let png = dir.join(format!("{name}.png"));
    let netlog = dir.join(format!("{name}-netlog.json"));
    let log = std::fs::File::create(dir.join(format!("{name}-chromium.log"))).unwrap();
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            // Nothing resolves: the test never reaches a network, whatever the browser tries.
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--window-size=1000,1400",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.join(format!("{name}-profile")).display()
        ))
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("--log-net-log={}", netlog.display()))
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .spawn()
        .unwrap();
    // A hung browser must not hang the test suite; two minutes is far beyond a normal run.
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("chromium did not finish rendering {}", page.display());
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(status.success(), "chromium failed on {}", page.display());
    let (page_requests, events) = page_requests(&std::fs::read_to_string(&netlog).unwrap());
    Rendered {
        png,
        page_requests,
        events,
    }
}

/// The URLs that the page (a file:// document) asked for, from Chromium's network log. Chromium's
/// own background requests have no page as their initiator and are left out; a page's requests
/// carry the file:// origin in their network isolation key, or the null origin as initiator.
fn page_requests(netlog: &str) -> (Vec<String>, usize) {
    let log: serde_json::Value = serde_json::from_str(netlog).unwrap();
    let start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
        .as_u64()
        .expect("the network log names its event types");
    let events = log["events"].as_array().unwrap();
    let urls = events
        .iter()
        .filter(|e| e["type"].as_u64() == Some(start_job))
        .map(|e| &e["params"])
        .filter(|p| {
            p["initiator"]
                .as_str()
                .is_some_and(|i| i == "null" || i.starts_with("file:"))
                || p["network_isolation_key"]
                    .as_str()
                    .is_some_and(|k| k.contains("file://"))
        })
        .filter_map(|p| p["url"].as_str())
        .filter(|u| !u.starts_with("file:") && !u.starts_with("data:"))
        .map(String::from)
        .collect();
    (urls, events.len())
}

/// Pixels of a PNG as RGB triples.
fn pixels(png: &Path) -> Vec<[u8; 3]> {
    let file = std::io::BufReader::new(std::fs::File::open(png).unwrap());
    let mut reader = png::Decoder::new(file).read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let step = info.color_type.samples();
    assert!(step >= 3, "{:?}", info.color_type);
    buf[..info.buffer_size()]
        .chunks_exact(step)
        .map(|p| [p[0], p[1], p[2]])
        .collect()
}

fn near(p: [u8; 3], c: [u8; 3]) -> bool {
    p.iter().zip(c).all(|(a, b)| a.abs_diff(b) <= 12)
}

#[track_caller]
fn check_report(r: &Rendered, lang: &str) {
    assert!(r.events > 0, "{lang}: the network log is empty");
    assert_eq!(
        r.page_requests,
        Vec::<String>::new(),
        "{lang}: the page made requests"
    );
    let px = pixels(&r.png);
    assert_eq!(px.len(), 1000 * 1400, "{lang}: screenshot size");
    let ink = px.iter().filter(|p| p.iter().any(|&c| c < 235)).count();
    assert!(
        ink > px.len() / 20,
        "{lang}: the page looks blank ({ink} pixels)"
    );
    // examples/ugly.yaml: the red verdict banner, red bars (not met), an amber bar (partly met).
    for (what, colour, least) in [
        ("verdict banner", [0xa4, 0x16, 0x1a], 20_000),
        ("red bars", [0xc6, 0x28, 0x28], 2_000),
        ("amber bar", [0xe0, 0xa8, 0x00], 2_000),
    ] {
        let n = px.iter().filter(|&&p| near(p, colour)).count();
        assert!(n >= least, "{lang}: {what}: {n} pixels of {colour:?}");
    }
}

#[test]
#[ignore = "needs /usr/bin/chromium; run with `cargo test -- --include-ignored`, as CI does"]
fn html_report_renders_offline_in_a_real_browser() {
    let browser = chromium();
    let dir = tempfile::tempdir().unwrap();

    // The oracle first: a page that does refer to the network must show up in the log, or the
    // check below would prove nothing.
    let control = dir.path().join("control.html");
    std::fs::write(
        &control,
        "<!DOCTYPE html><html><body><p>control</p>\
         <img src=\"http://127.0.0.1:9/probe.png\"/></body></html>",
    )
    .unwrap();
    let seen = render(browser, &control, dir.path(), "control");
    assert!(
        seen.page_requests
            .iter()
            .any(|u| u.starts_with("http://127.0.0.1:9/probe.png")),
        "the network log did not show the control page's request: {:?}",
        seen.page_requests
    );

    for lang in ["en", "fr"] {
        let page = dir.path().join(format!("report-{lang}.html"));
        Vet::new()
            .args(["--lang", lang, "score", "--format", "html", "-o"])
            .arg(&page)
            .arg(example("ugly.yaml"))
            .succeeds();
        let rendered = render(browser, &page, dir.path(), lang);
        check_report(&rendered, lang);
    }
}
