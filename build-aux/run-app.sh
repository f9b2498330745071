#!/bin/sh
# run-app.sh [ARGS…] — builds Karta in ./build and starts it from the build tree.
# Arguments go to the app as they are: run-app.sh --library /tmp/lib roadmap.docx
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build"

if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" "$root"
fi
ninja -C "$build"

# The schema compiled by data/meson.build, not an installed (maybe older) one,
# and the translations compiled in the build tree.
GSETTINGS_SCHEMA_DIR="$build/data"
KARTA_LOCALEDIR="$build/po"
# PDF pages are drawn by a helper process, installed into libexecdir
KARTA_PAGE_RENDERER="$build/src/core/pdf/helper/karta-page-renderer"
export GSETTINGS_SCHEMA_DIR KARTA_LOCALEDIR KARTA_PAGE_RENDERER

exec "$build/src/ui/karta" "$@"
