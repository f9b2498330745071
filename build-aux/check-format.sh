#!/bin/sh
# check-format.sh [SOURCE-ROOT] — the C sources are as clang-format writes them
# (.clang-format at the top of the tree). Prints the files that are not and
# how to fix them; exits 77 (skipped, for meson) without clang-format 14, the
# version of Debian 12, since another version formats differently.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

cd "${1:-$(dirname "$0")/..}"

format=
for candidate in clang-format-14 clang-format; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" --version | grep -q 'version 14\.'; then
    format=$candidate
    break
  fi
done
if [ -z "$format" ]; then
  echo "check-format: clang-format 14 not found (install clang-format); skipping"
  exit 77
fi

files=$(git ls-files 'src/*.[ch]' 'tests/*.[ch]' 2>/dev/null || find src tests -name '*.[ch]')
# One run over all files: a process per file takes half a minute on a loaded machine
# shellcheck disable=SC2086
unformatted=$(ls $files 2>/dev/null | xargs "$format" --dry-run -Werror 2>&1 |
              sed -n 's/^\([^:]*\.[ch]\):[0-9]*:[0-9]*: error: .*/\1/p' | sort -u)
if [ -n "$unformatted" ]; then
  for file in $unformatted; do
    echo "check-format: $file is not formatted" >&2
  done
  echo "check-format: run  $format -i FILE…  (or git clang-format) and commit the result" >&2
  exit 1
fi
exit 0
