/* karta-evidence.c — whether an activity has the confirming document it asks for
 *
 * An activity names the kind of document that proves it was done
 * ("Протокол", "Аналитическая справка"); a document attached to it counts
 * when its kind is that one, written either way round a little longer
 * ("Протокол" for "Протокол заседания") and in any case. An activity that
 * names no kind is proven by any document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-evidence"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "karta-date.h"
#include "karta-evidence.h"

/**
 * karta_evidence_kinds:
 *
 * Returns: (transfer none) (array zero-terminated=1): the usual kinds of
 *   confirming document, for suggestions
 */
const char *const *
karta_evidence_kinds (void)
{
  static const char *const kinds[] = {
    "Распоряжение", "Приказ", "Аналитическая справка", "Протокол", "Отчёт",
    "Информационная справка", NULL
  };

  return kinds;
}

/**
 * karta_evidence_matches:
 * @required: (nullable): the kind an activity asks for
 *
 * Returns: whether @document is of the kind @required
 */
gboolean
karta_evidence_matches (const char          *required,
                        const KartaDocument *document)
{
  g_autofree char *wanted = NULL;
  g_autofree char *kind = NULL;

  if (karta_text_is_blank (required))
    return TRUE;
  if (karta_text_is_blank (document->kind))
    return FALSE;
  wanted = g_utf8_casefold (required, -1);
  kind = g_utf8_casefold (document->kind, -1);
  g_strstrip (wanted);
  g_strstrip (kind);
  return g_str_has_prefix (wanted, kind) || g_str_has_prefix (kind, wanted);
}

/* How many of the documents attached to @activity are of the kind it asks for. */
guint
karta_evidence_count (const KartaActivity *activity)
{
  guint n = 0;

  for (guint i = 0; activity->documents != NULL && i < activity->documents->len; i++)
    n += karta_evidence_matches (activity->evidence, g_ptr_array_index (activity->documents, i));
  return n;
}

/* Whether @activity is done but lacks the document that proves it. */
gboolean
karta_evidence_is_missing (const KartaActivity *activity)
{
  return activity->status == KARTA_STATUS_DONE && karta_evidence_count (activity) == 0;
}

/**
 * karta_document_get_heading:
 * @names_kind: (out) (optional): whether the heading names the kind
 *
 * What tells a document apart in a list: its kind with number and date
 * («Приказ № 12 от 01.02.2022») where one is known; else its own title, or
 * its file's name — never the kind alone, which two scans for the same
 * activity share.
 *
 * Returns: (transfer full): the heading
 */
char *
karta_document_get_heading (const KartaDocument *document,
                            gboolean            *names_kind)
{
  g_autofree char *date = karta_day_format (document->date);
  gboolean         numbered = !karta_text_is_blank (document->number) || *date != '\0';
  const char      *dot;

  if (names_kind != NULL)
    *names_kind = numbered;
  if (numbered)
    {
      GString *text = g_string_new (!karta_text_is_blank (document->kind) ? document->kind : _ ("Document"));

      if (!karta_text_is_blank (document->number))
        g_string_append_printf (text, " № %s", document->number);
      if (*date != '\0')
        g_string_append_printf (text, _ (" of %s"), date);
      return g_string_free (text, FALSE);
    }
  if (!karta_text_is_blank (document->title))
    return g_strstrip (g_strdup (document->title));
  if (!karta_text_is_blank (document->file_name))
    {
      dot = strrchr (document->file_name, '.');
      return dot != NULL && dot != document->file_name ? g_strndup (document->file_name, dot - document->file_name)
                                                       : g_strdup (document->file_name);
    }
  if (names_kind != NULL)
    *names_kind = !karta_text_is_blank (document->kind);
  return g_strdup (!karta_text_is_blank (document->kind) ? document->kind : _ ("Document"));
}
