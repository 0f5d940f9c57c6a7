#!/usr/bin/env bash
# Use the bundle and the .deb as a volunteer would (CI runs this after the tests):
#   packaging/check-bundle.sh          needs dist/glamuploader and dist/glamuploader_*.deb
# 1. the bundle, from another folder with a bare environment: --version, the window (offscreen,
#    and on a real X server under Xvfb, found by its title), and `demo --headless`, which uploads
#    to the sandbox wiki (the system's PHP and MediaWiki);
# 2. the desktop entry and the AppStream metainfo validate;
# 3. the .deb installs with apt, its command runs, its MIME type and icons are registered;
#    then it is removed again.
set -euo pipefail
cd "$(dirname "$0")/.."
HERE=$(pwd)
APP_ID=io.github.glam_uploader.glamuploader
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
fail() { echo "check-bundle: FAILED: $*" >&2; exit 1; }
WORK=$(mktemp -d)
XVFB_PID=
cleanup() { [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
bare() { (cd "$WORK" && exec env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"); }
# for `bare_bg … &`: the background subshell becomes the app itself, so $! is the app's pid
bare_bg() { cd "$WORK" && exec env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }
mkdir -p "$WORK/home"

window_stays_up() {   # $1: the executable; the window opens offscreen and runs its event loop
  local log="$WORK/window.log"
  bare_bg QT_QPA_PLATFORM=offscreen "$1" >"$log" 2>&1 &
  local pid=$!
  sleep 8
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; fail "$1 did not stay up with its window"; }
  kill "$pid"; wait "$pid" 2>/dev/null || true
  ! kill -0 "$pid" 2>/dev/null || fail "$1 did not end on SIGTERM"
  ! grep -E "Traceback|Error" "$log" || fail "$1 wrote an error while the window was open"
}

window_on_x() {       # $1: the executable; a real X server, the window found by its title
  local display=:$((90 + RANDOM % 100))
  Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  sleep 1
  bare_bg DISPLAY="$display" "$1" >"$WORK/x.log" 2>&1 &
  local pid=$!
  DISPLAY=$display timeout 40 xdotool search --sync --onlyvisible --name "GLAM Uploader" >/dev/null \
    || { cat "$WORK/x.log" >&2; fail "no window titled 'GLAM Uploader' appeared on $display"; }
  kill "$pid"; wait "$pid" 2>/dev/null || true
  kill "$XVFB_PID"; XVFB_PID=
}

echo "== the bundle: dist/glamuploader ($(du -sh dist/glamuploader | cut -f1))"
BUNDLE=$HERE/dist/glamuploader/glamuploader
[ -x "$BUNDLE" ] || fail "no bundle: run packaging/build-bundle.sh"
bare "$BUNDLE" --version | grep -q "^glamuploader " || fail "--version"
for code in tr ru ar az kk ky uz tk tt ba cv sah crh ug; do      # with English, fifteen languages
  [ -s "dist/glamuploader/_internal/glamuploader/translations/glamuploader_$code.qm" ] || fail "no $code translation in the bundle"
done
echo "   the 14 translations are in the bundle (and English)"
window_stays_up "$BUNDLE"
window_on_x "$BUNDLE"
echo "   the window opens (offscreen, and on X)"
bare "$BUNDLE" demo --headless >"$WORK/demo.log" 2>&1 || { cat "$WORK/demo.log" >&2; fail "demo --headless"; }
grep -q "3 uploaded" "$WORK/demo.log" || { cat "$WORK/demo.log" >&2; fail "demo --headless did not upload 3 files"; }
! grep -E "Traceback|WARNING" "$WORK/demo.log" || fail "demo --headless printed warnings"
bare "$BUNDLE" sandbox stop >/dev/null 2>&1 || true      # the demo leaves it running for a look
echo "   demo --headless uploaded 3 files to the sandbox wiki"

echo "== desktop entry and metainfo"
desktop-file-validate "resources/$APP_ID.desktop"
appstreamcli validate --no-net "resources/$APP_ID.metainfo.xml"

DEB=$(ls dist/glamuploader_*.deb 2>/dev/null | head -1)
[ -n "$DEB" ] || fail "no .deb: run packaging/make-deb.sh"
echo "== the Debian package: $DEB"
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "./$DEB" >"$WORK/apt.log" 2>&1 \
  || { cat "$WORK/apt.log" >&2; fail "apt install ./$DEB"; }
trap 'as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q glamuploader >/dev/null 2>&1; cleanup' EXIT
bare /usr/bin/glamuploader --version | grep -q "^glamuploader " || fail "the installed command"
window_stays_up /usr/bin/glamuploader
grep -q "glam.yaml" /usr/share/mime/globs2 || fail "the MIME type of .glam.yaml is not registered"
[ -f "/usr/share/icons/hicolor/256x256/apps/$APP_ID.png" ] || fail "icons"
desktop-file-validate "/usr/share/applications/$APP_ID.desktop"
echo "   installed, runs, opens its window; .glam.yaml is application/x-glamuploader-batch"
echo "check-bundle: all good"
