#!/bin/sh
# install-deps.sh — installs what Karta needs to build, run and test on Debian 12
# (the packages in build-aux/debian-packages.txt) and the ru_RU.UTF-8 locale the
# tests use. Runs as root, or through sudo otherwise. Safe to run again: it only
# touches apt when a package is missing.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

here=$(cd "$(dirname "$0")" && pwd)
list="$here/debian-packages.txt"

if [ "$(id -u)" -eq 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1; then
  as_root="sudo"
else
  echo "install-deps: run as root or install sudo" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive

packages=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$list")

missing=""
for pkg in $packages; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
  if [ "$status" != "installed" ]; then
    missing="$missing $pkg"
  fi
done

if [ -n "$missing" ]; then
  echo "install-deps: installing$missing"
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
else
  echo "install-deps: all $(echo "$packages" | wc -l) packages are installed"
fi

# The tests run with LANG=ru_RU.UTF-8.
if ! locale -a 2>/dev/null | grep -qix 'ru_RU\.utf-\{0,1\}8'; then
  echo "install-deps: generating the ru_RU.UTF-8 locale"
  if [ -f /etc/locale.gen ] && grep -q '^[#[:space:]]*ru_RU\.UTF-8 UTF-8' /etc/locale.gen; then
    $as_root sed -i 's/^[#[:space:]]*\(ru_RU\.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  else
    echo "ru_RU.UTF-8 UTF-8" | $as_root tee -a /etc/locale.gen >/dev/null
  fi
  $as_root locale-gen >/dev/null
fi

echo "install-deps: done"
