#!/usr/bin/env bash
# Build the one-folder bundle that needs no Python: dist/glamuploader/glamuploader.
#   packaging/build-bundle.sh          build (in a venv of its own, build/bundle-venv)
# Then packaging/make-deb.sh makes a Debian package from it, and packaging/check-bundle.sh
# runs both as a volunteer would. Windows and macOS: see packaging/windows-macos.yml.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=build/bundle-venv
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q "pyinstaller>=6.10,<7" .
rm -rf dist/glamuploader
"$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/glamuploader.spec
echo "built dist/glamuploader ($(du -sh dist/glamuploader | cut -f1))"
