#!/bin/sh
# check-po.sh [SOURCE-ROOT] — checks po/POTFILES.in and every translation in po/LINGUAS.
#
# Fails (exit 1) when:
#  - a file listed in po/POTFILES.in does not exist;
#  - a C file under src/ or a .ui file under resources/ has translatable strings
#    but is not listed in po/POTFILES.in (nor in the optional po/POTFILES.skip);
#  - a translation, merged with the messages of the current sources, has
#    untranslated or fuzzy messages, or fails `msgfmt -c`.
# Exits 77 (skipped, for meson) when the gettext tools are missing.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

srcdir=${1:-$(dirname "$0")/..}
cd "$srcdir"

for tool in xgettext msgmerge msgfmt msgattrib; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "check-po: $tool not found (install gettext); skipping"
    exit 77
  fi
done

# msgfmt --statistics is parsed below: keep its messages in English.
LC_ALL=C
export LC_ALL

tmp=$(mktemp -d "${TMPDIR:-/tmp}/karta-check-po.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

status=0
fail () {
  echo "check-po: $*" >&2
  status=1
}

# The list of files, without comments and blank lines.
sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' po/POTFILES.in > "$tmp/potfiles"
: > "$tmp/skip"
if [ -f po/POTFILES.skip ]; then
  sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' po/POTFILES.skip > "$tmp/skip"
fi

# 1. Every listed file exists.
while IFS= read -r file; do
  [ -f "$file" ] || fail "po/POTFILES.in lists $file, which does not exist"
done < "$tmp/potfiles"

# 2. Every file with translatable strings is listed.
{
  if [ -d src ]; then
    find src -type f \( -name '*.c' -o -name '*.h' \) \
      -exec grep -lE '(^|[^A-Za-z0-9_])(_|N_|C_|NC_|Q_|ngettext|g_dngettext|g_dpgettext2)[[:space:]]*\(' {} + || true
  fi
  find src resources -type f -name '*.ui' -exec grep -l 'translatable="yes"' {} + 2>/dev/null || true
} | LC_ALL=C sort > "$tmp/candidates"
while IFS= read -r file; do
  if ! grep -qxF "$file" "$tmp/potfiles" && ! grep -qxF "$file" "$tmp/skip"; then
    fail "$file has translatable strings but is not listed in po/POTFILES.in"
  fi
done < "$tmp/candidates"

if [ "$status" -ne 0 ]; then
  exit "$status"
fi

# 3. The messages of the current sources, extracted as meson's 'glib' preset does.
xgettext --package-name=karta --from-code=UTF-8 --add-comments \
  --directory=. --files-from="$tmp/potfiles" --output="$tmp/karta.pot" \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --keyword=ngettext:1,2 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format \
  --flag=g_print:1:c-format --flag=g_printerr:1:c-format --flag=g_printf:1:c-format \
  --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format \
  || { echo "check-po: xgettext failed" >&2; exit 1; }

if [ ! -f "$tmp/karta.pot" ]; then
  echo "check-po: no translatable strings found; nothing to check"
  exit 0
fi

# 4. Every translation is complete against them.
languages=$(sed -e 's/#.*//' po/LINGUAS)
for lang in $languages; do
  po="po/$lang.po"
  if [ ! -f "$po" ]; then
    fail "po/LINGUAS lists $lang but $po does not exist"
    continue
  fi
  msgfmt -c -o /dev/null "$po" || fail "$po: msgfmt -c failed"
  merged="$tmp/$lang.po"
  if ! msgmerge --quiet --previous -o "$merged" "$po" "$tmp/karta.pot"; then
    fail "$po: msgmerge failed"
    continue
  fi
  stats=$(msgfmt -c --statistics -o /dev/null "$merged" 2>&1) || fail "$po: msgfmt -c failed after merging"
  echo "$po: $stats"
  case "$stats" in
    *untranslated*|*fuzzy*)
      fail "$po is incomplete against the current sources:"
      msgattrib --untranslated --no-obsolete --no-wrap "$merged" | grep -E '^(msgctxt|msgid) ' | grep -v '^msgid ""$' | sed 's/^/  untranslated: /' >&2 || true
      msgattrib --only-fuzzy --no-obsolete --no-wrap "$merged" | grep -E '^(msgctxt|msgid) ' | grep -v '^msgid ""$' | sed 's/^/  fuzzy: /' >&2 || true
      echo "  (update with: meson compile -C build karta-update-po, then translate $po)" >&2
      ;;
  esac
done

exit "$status"
