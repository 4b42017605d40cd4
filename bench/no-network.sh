#!/usr/bin/env bash
# Fails when any crate that speaks to a network is in vet's dependency tree (normal and build
# dependencies; test-only crates never ship). Answers about a partner can put people at risk:
# vet must not be able to send them anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
banned='^(reqwest|hyper|hyper-util|ureq|curl|curl-sys|isahc|surf|attohttpc|h2|h3|quinn|tokio|async-std|native-tls|openssl|openssl-sys|rustls|ring|webpki|tungstenite|tokio-tungstenite|socket2|mio|trust-dns-resolver|hickory-resolver|http|url|lettre)$'
found=$(cargo tree --locked -e normal,build --prefix none --format '{p}' | awk '{print $1}' | sort -u | grep -E "$banned" || true)
if [ -n "$found" ]; then
  echo "networking crates in the dependency tree:"
  echo "$found"
  exit 1
fi
echo "no networking crate among $(cargo tree --locked -e normal,build --prefix none --format '{p}' | sort -u | wc -l) dependencies"
