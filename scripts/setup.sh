#!/usr/bin/env bash
# Create .venv and install the pinned dependencies; does nothing when they are current.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    echo "Creating the virtual environment in .venv ..."
    "$python" -m venv .venv
fi
stamp=.venv/.installed-from
wanted=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    echo "Installing pinned dependencies into .venv (first time: a few minutes) ..."
    .venv/bin/python -m pip install --quiet --upgrade pip
    # torch first, pinned: this takes the CPU build; an unpinned torch would pull CUDA.
    .venv/bin/python -m pip install --quiet torch==2.13.0
    .venv/bin/python -m pip install --quiet -e ".[dev]"
    echo "$wanted" > "$stamp"
fi
