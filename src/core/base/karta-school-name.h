/* karta-school-name.h — telling that two ways of writing a school's name
 * mean the same school
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KARTA_SCHOOL_DIFFERENT,
  KARTA_SCHOOL_MAYBE, /* the names do not tell: ask */
  KARTA_SCHOOL_SAME,
} KartaSchoolMatch;

char            *karta_school_name_key (const char *name);
KartaSchoolMatch karta_school_name_compare (const char *a,
                                            const char *b);

/* karta-school-order.c */
void karta_school_names_sort (GPtrArray *items,
                              const char *(*name_of) (gconstpointer item),
                              int (*group_of) (gconstpointer item));

/* karta-school-short-name.c */
char  *karta_school_short_name (const char *name);
char **karta_school_short_names (const char *const *names,
                                 guint              n_names);

G_END_DECLS
