#!/bin/sh
# check-links.sh PAGE-RENDERER CHART-LIBRARY — the layers hold in the binaries.
#
# The page renderer reads hostile PDFs inside its limits: it must link only what
# drawing a page needs, never SQLite, the store or the UI. The chart library
# (src/render) draws from the model alone: it must not call into the store.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

renderer=$1
charts=$2
status=0
fail () {
  echo "check-links: $*" >&2
  status=1
}

for tool in readelf nm; do
  command -v "$tool" >/dev/null 2>&1 || { echo "check-links: $tool not found (binutils); skipping"; exit 77; }
done

for library in libsqlite3 libjson-glib libxml2 libarchive libgtk-4 libadwaita; do
  readelf -d "$renderer" | grep -q "NEEDED.*\[$library" && fail "$renderer links $library"
done
nm "$renderer" | grep -E ' [TtDdBb] (karta_store_|karta_library_|karta_import_|sqlite3_)' \
  | sed 's/^/  /' | head -5 | grep . >&2 && fail "$renderer contains store or import code"
nm -u "$charts" | grep -E ' U (karta_store_|karta_library_|sqlite3_|gtk_|adw_)' \
  | sed 's/^/  /' | head -5 | grep . >&2 && fail "$charts calls into the store or the UI"
[ $status -eq 0 ] && echo "check-links: $renderer and $charts keep to their layers"
exit $status
