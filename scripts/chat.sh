#!/usr/bin/env bash
# Start the chat app: set up .venv if needed; the app converts the model and
# builds the index on first start. Extra arguments go to app.py (--host, --port).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python app.py "$@"
