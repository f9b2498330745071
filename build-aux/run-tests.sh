#!/bin/sh
# run-tests.sh — builds Karta and runs every test suite twice: in ./build, and in
# ./build-asan with AddressSanitizer and UndefinedBehaviorSanitizer (the fuzz
# suite aside). The UI tests get a virtual X display and a session bus.
# Exits non-zero if either run fails.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# Run "$@" with a virtual X display and a private D-Bus session, when we can.
with_display () {
  if command -v xvfb-run >/dev/null 2>&1 && command -v dbus-run-session >/dev/null 2>&1; then
    xvfb-run -a -s '-screen 0 1600x1000x24' dbus-run-session -- "$@"
  else
    echo "run-tests: xvfb-run or dbus-run-session missing; UI tests may be skipped" >&2
    "$@"
  fi
}

# setup_build DIR [MESON-OPTIONS…]
setup_build () {
  dir=$1
  shift
  if [ -f "$dir/build.ninja" ]; then
    if [ $# -gt 0 ]; then
      meson configure "$dir" "$@" >/dev/null
    fi
  else
    meson setup "$dir" "$@"
  fi
}

status=0

echo "run-tests: == build =="
if setup_build build && ninja -C build; then
  with_display meson test -C build --print-errorlogs || status=1
else
  echo "run-tests: the build in ./build failed" >&2
  status=1
fi

echo "run-tests: == build-asan (address, undefined) =="
if setup_build build-asan -Db_sanitize=address,undefined -Db_lundef=false && ninja -C build-asan; then
  (
    # Leaks are checked in the core; the UI suite turns it off in its own
    # environment (tests/meson.build), for GTK and fontconfig keep caches.
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export ASAN_OPTIONS UBSAN_OPTIONS
    with_display meson test -C build-asan --print-errorlogs --no-suite fuzz
  ) || status=1
else
  echo "run-tests: the build in ./build-asan failed" >&2
  status=1
fi

if [ "$status" -eq 0 ]; then
  echo "run-tests: all tests passed"
else
  echo "run-tests: FAILED" >&2
fi
exit "$status"
