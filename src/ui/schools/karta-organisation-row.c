/* karta-organisation-row.c — a list row showing a school
 *
 * The row keeps its own copies of the school's id, name and search key:
 * it stays valid whatever becomes of the list it was made from.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "karta-organisation-row.h"

struct _KartaOrganisationRow
{
  AdwActionRow parent_instance;

  gint64 id;
  char  *display_name;
  char  *search_key;
};

G_DEFINE_FINAL_TYPE (KartaOrganisationRow, karta_organisation_row, ADW_TYPE_ACTION_ROW)

static void
karta_organisation_row_finalize (GObject *object)
{
  KartaOrganisationRow *self = KARTA_ORGANISATION_ROW (object);

  g_free (self->display_name);
  g_free (self->search_key);

  G_OBJECT_CLASS (karta_organisation_row_parent_class)->finalize (object);
}

static void
karta_organisation_row_class_init (KartaOrganisationRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = karta_organisation_row_finalize;
}

static void
karta_organisation_row_init (KartaOrganisationRow *self)
{
}

/**
 * karta_organisation_row_new:
 * @search_key: (nullable): the casefolded text the list's search looks in
 */
GtkWidget *
karta_organisation_row_new (const KartaOrganisation *organisation,
                            const char              *search_key)
{
  KartaOrganisationRow *self = g_object_new (KARTA_TYPE_ORGANISATION_ROW, NULL);
  const char           *display_name = karta_organisation_get_display_name (organisation);

  self->id = organisation->id;
  self->display_name = g_strdup (display_name != NULL ? display_name : "");
  self->search_key = g_strdup (search_key);
  return GTK_WIDGET (self);
}

gint64
karta_organisation_row_get_id (KartaOrganisationRow *self)
{
  g_return_val_if_fail (KARTA_IS_ORGANISATION_ROW (self), 0);
  return self->id;
}

const char *
karta_organisation_row_get_display_name (KartaOrganisationRow *self)
{
  g_return_val_if_fail (KARTA_IS_ORGANISATION_ROW (self), "");
  return self->display_name;
}

const char *
karta_organisation_row_get_search_key (KartaOrganisationRow *self)
{
  g_return_val_if_fail (KARTA_IS_ORGANISATION_ROW (self), NULL);
  return self->search_key;
}

/**
 * karta_organisation_row_find:
 * @widget: a row, or a widget in one (its buttons)
 *
 * Returns: (nullable) (transfer none): the row @widget is in
 */
KartaOrganisationRow *
karta_organisation_row_find (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, KARTA_TYPE_ORGANISATION_ROW);

  return row != NULL ? KARTA_ORGANISATION_ROW (row) : NULL;
}
