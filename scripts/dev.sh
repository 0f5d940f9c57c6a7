#!/usr/bin/env bash
# Set up what GLAM Uploader needs on Debian or Ubuntu, then run it.
#   scripts/dev.sh run [ARGS...]   set up, then run the app (glamuploader ARGS...)
#   scripts/dev.sh test [ARGS...]  set up, then run the test suite (pytest ARGS...)
#   scripts/dev.sh setup           set up only
# Idempotent: a second run installs nothing new. Needs root or sudo for the Debian packages.
set -euo pipefail
cd "$(dirname "$0")/.."

# MediaWiki and PHP for the local sandbox wiki; Qt's runtime libraries; Xvfb and xdotool for
# screenshots and the bundle's check; the validators of the desktop entry and AppStream metainfo;
# DejaVu, which draws every script of the fifteen languages (a test checks it).
APT_PACKAGES=(
  mediawiki php-sqlite3 php-cli php-intl php-mbstring php-xml php-gd php-curl
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0
  libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0
  xvfb xauth xdotool
  appstream desktop-file-utils shared-mime-info
  fonts-dejavu-core
)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

setup_system() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  python3 -c 'import ensurepip' 2>/dev/null || missing+=(python3-venv)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing Debian packages: ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}

setup_python() {
  if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
  fi
  local stamp=.venv/.installed
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e '.[test]'
    touch "$stamp"
  fi
}

command=${1:-run}
shift || true
case "$command" in
  setup) setup_system; setup_python ;;
  run)   setup_system; setup_python; exec .venv/bin/glamuploader "$@" ;;
  test)  setup_system; setup_python; exec .venv/bin/python -m pytest "$@" ;;
  *) echo "usage: scripts/dev.sh run|test|setup [ARGS...]" >&2; exit 2 ;;
esac
