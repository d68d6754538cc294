#!/usr/bin/env bash
# Install Debian's chromium for tests/test_report_browser.py, best effort. Always exits 0: when
# the browser cannot be installed, it says why and the browser test skips with a reason.
set -u

say() { echo "ci/browser: $*"; }

for name in chromium chromium-browser; do
    if command -v "$name" >/dev/null 2>&1; then
        say "found $(command -v "$name") ($("$name" --version 2>/dev/null | head -n 1))"
        exit 0
    fi
done

if ! command -v apt-get >/dev/null 2>&1; then
    say "apt-get not available (not Debian/Ubuntu); the browser test will skip"
    exit 0
fi

SUDO=""
if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO="sudo -n"
    else
        say "not root and no password-less sudo; cannot install chromium; the browser test will skip"
        exit 0
    fi
fi

export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get update -qq; then
    say "apt-get update failed (no network to the Debian mirrors?); the browser test will skip"
    exit 0
fi
if ! $SUDO apt-get install -y -qq chromium; then
    say "apt-get install chromium failed; the browser test will skip"
    exit 0
fi
say "installed $(chromium --version 2>/dev/null | head -n 1)"
exit 0
