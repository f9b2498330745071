/* karta-recognise-numbers.c — numbers for activities that the plan left
 * unnumbered
 *
 * An activity is addressed by its number (the table, `karta-cli attach`,
 * the reports), so one without gets a number from its position: «2.3» for
 * the third of section 2 (or of the second section, when sections have no
 * numbers either). It is marked as generated, and can be edited.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-import"

#include "config.h"

#include "karta-recognise-private.h"

static void
number_sections (GPtrArray  *sections,
                 const char *outer,
                 gboolean    by_position)
{
  for (guint s = 0; s < sections->len; s++)
    {
      KartaSection    *section = g_ptr_array_index (sections, s);
      g_autofree char *prefix = NULL;

      if (section->number != NULL)
        prefix = g_strdup (section->number);
      else if (by_position)
        prefix = outer != NULL ? g_strdup_printf ("%s.%u", outer, s + 1) : g_strdup_printf ("%u", s + 1);
      for (guint i = 0; i < section->activities->len; i++)
        {
          KartaActivity *activity = g_ptr_array_index (section->activities, i);

          if (activity->number != NULL)
            continue;
          activity->number = prefix != NULL ? g_strdup_printf ("%s.%u", prefix, i + 1) : g_strdup_printf ("%u", i + 1);
          activity->number_generated = TRUE;
        }
      number_sections (section->sections, prefix, TRUE);
    }
}

/**
 * karta_recognise_number_activities:
 *
 * Numbers the activities of @roadmap that have none, by their position.
 */
void
karta_recognise_number_activities (KartaRoadmap *roadmap)
{
  number_sections (roadmap->sections, NULL, roadmap->sections->len > 1);
}
