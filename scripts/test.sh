#!/usr/bin/env bash
# Run the whole test suite, installing what it needs (Python packages in .venv;
# Debian's chromium and CJK fonts for the browser tests, when run as root).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev,cluster  # the cluster extra too: Milvus Lite and a local Ray runtime are tested
if ! command -v chromium >/dev/null || ! fc-list 2>/dev/null | grep -qi "noto sans cjk"; then
    if [ "$(id -u)" = 0 ]; then
        echo "Installing chromium and CJK fonts for the browser tests ..."
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
    else
        echo "chromium or fonts-noto-cjk missing and not root: install them for the browser tests." >&2
    fi
fi
.venv/bin/python -m ruff check qa tests app.py scripts
exec .venv/bin/python -m pytest -q "$@"
