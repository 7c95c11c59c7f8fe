#!/usr/bin/env bash
# Create .venv and install the pinned dependencies; does nothing when they are current.
# An argument names the extras to install (default: dev); the tests add cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    echo "Creating the virtual environment in .venv ..."
    "$python" -m venv .venv
fi
extras=${1:-dev}
stamp=.venv/.installed-from
hash=$(sha256sum pyproject.toml | cut -d' ' -f1)
{ read -r installed_hash installed_extras < "$stamp"; } 2>/dev/null || true
current=true  # same pyproject.toml, and every extra asked for already installed
[ "${installed_hash:-}" = "$hash" ] || current=false
for extra in ${extras//,/ }; do
    [[ ",${installed_extras:-}," == *",$extra,"* ]] || current=false
done
if [ "$current" = false ]; then
    [ "${installed_hash:-}" = "$hash" ] && extras="$installed_extras,$extras"  # keep what is there
    echo "Installing pinned dependencies into .venv (first time: a few minutes) ..."
    .venv/bin/python -m pip install --quiet --upgrade pip
    # torch first, pinned: this takes the CPU build; an unpinned torch would pull CUDA.
    .venv/bin/python -m pip install --quiet torch==2.13.0
    .venv/bin/python -m pip install --quiet -e ".[$extras]"
    echo "$hash $extras" > "$stamp"
fi
