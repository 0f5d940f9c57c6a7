#!/usr/bin/env bash
# Make a Debian package from the bundle (run packaging/build-bundle.sh first):
#   packaging/make-deb.sh      -> dist/glamuploader_<version>_<arch>.deb
# The bundle goes to /opt/glamuploader, the command to /usr/bin/glamuploader, with the desktop
# entry, the icons, the MIME type of .glam.yaml batches and the AppStream metainfo.
# Install it with: sudo apt install ./dist/glamuploader_<version>_<arch>.deb
set -euo pipefail
cd "$(dirname "$0")/.."
APP_ID=io.github.glam_uploader.glamuploader
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
ARCH=$(dpkg --print-architecture)
[ -x dist/glamuploader/glamuploader ] || { echo "no bundle: run packaging/build-bundle.sh first" >&2; exit 1; }
ROOT=build/deb/glamuploader_${VERSION}_${ARCH}
rm -rf "$ROOT"
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" "$ROOT/usr/share/metainfo" \
  "$ROOT/usr/share/mime/packages" "$ROOT/usr/share/icons/hicolor/scalable/apps" "$ROOT/usr/share/doc/glamuploader"
cp -a dist/glamuploader "$ROOT/opt/glamuploader"
ln -s /opt/glamuploader/glamuploader "$ROOT/usr/bin/glamuploader"
cp resources/$APP_ID.desktop "$ROOT/usr/share/applications/"
cp resources/$APP_ID.metainfo.xml "$ROOT/usr/share/metainfo/"
cp resources/$APP_ID.mime.xml "$ROOT/usr/share/mime/packages/$APP_ID.xml"
cp resources/icons/glamuploader.svg "$ROOT/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in resources/icons/hicolor/*/apps/glamuploader.png; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  mkdir -p "$ROOT/usr/share/icons/hicolor/$size/apps"
  cp "$png" "$ROOT/usr/share/icons/hicolor/$size/apps/$APP_ID.png"
done
cat > "$ROOT/usr/share/doc/glamuploader/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: glamuploader

Files: *
Copyright: 2026 the GLAM Uploader authors
License: GPL-3.0-or-later
 On Debian systems the full text is in /usr/share/common-licenses/GPL-3.
 The bundle in /opt/glamuploader also holds Python, Qt (LGPL-3.0) and the libraries listed in
 the app's Help > About, each under its own licence.
COPYRIGHT
SIZE=$(du -sk "$ROOT" | cut -f1)
cat > "$ROOT/DEBIAN/control" <<CONTROL
Package: glamuploader
Version: $VERSION
Architecture: $ARCH
Maintainer: GLAM Uploader authors <glamuploader@localhost>
Installed-Size: $SIZE
Section: graphics
Priority: optional
Depends: libc6 (>= 2.31), libegl1, libgl1, libfontconfig1, libfreetype6, libdbus-1-3, libxkbcommon0,
 libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libxcb-render-util0,
 libxcb-image0, libx11-xcb1
Recommends: fonts-dejavu-core
Suggests: php-cli, php-sqlite3, php-intl, php-mbstring, php-xml, mediawiki
Homepage: https://github.com/glam-uploader/glamuploader
Description: batch uploads of photos and scans to Wikimedia Commons
 GLAM Uploader is a desktop application for Wikimedia volunteers who upload many
 files at once, from photo walks, cultural events and museum partnerships:
 licences, categories, descriptions and captions in many languages, Wikidata
 depicts statements, museum spreadsheets, every problem shown before upload,
 and uploads that resume after a crash without sending a file twice.
 .
 The local test wiki ("sandbox") needs PHP and MediaWiki (the suggested packages).
CONTROL
mkdir -p dist
dpkg-deb --build --root-owner-group "$ROOT" "dist/glamuploader_${VERSION}_${ARCH}.deb" >/dev/null
echo "built dist/glamuploader_${VERSION}_${ARCH}.deb ($(du -h "dist/glamuploader_${VERSION}_${ARCH}.deb" | cut -f1))"
