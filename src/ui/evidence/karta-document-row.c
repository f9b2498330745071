/* karta-document-row.c — a list row showing a confirming document
 *
 * The Documents page and the activity editor list documents in rows whose
 * buttons act on them: the row owns a copy, so that it stays valid whatever
 * the list it came from does meanwhile.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "karta-document-row.h"

struct _KartaDocumentRow
{
  AdwActionRow parent_instance;

  KartaDocument *document;
};

G_DEFINE_FINAL_TYPE (KartaDocumentRow, karta_document_row, ADW_TYPE_ACTION_ROW)

static void
karta_document_row_finalize (GObject *object)
{
  KartaDocumentRow *self = KARTA_DOCUMENT_ROW (object);

  g_clear_pointer (&self->document, karta_document_free);

  G_OBJECT_CLASS (karta_document_row_parent_class)->finalize (object);
}

static void
karta_document_row_class_init (KartaDocumentRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = karta_document_row_finalize;
}

static void
karta_document_row_init (KartaDocumentRow *self)
{
}

GtkWidget *
karta_document_row_new (const KartaDocument *document)
{
  KartaDocumentRow *self = g_object_new (KARTA_TYPE_DOCUMENT_ROW, NULL);

  self->document = karta_document_copy (document);
  return GTK_WIDGET (self);
}

const KartaDocument *
karta_document_row_get_document (KartaDocumentRow *self)
{
  g_return_val_if_fail (KARTA_IS_DOCUMENT_ROW (self), NULL);
  return self->document;
}

/**
 * karta_document_row_find:
 * @widget: a row, or a widget in one (its buttons)
 *
 * Returns: (nullable): the document of the row @widget is in
 */
const KartaDocument *
karta_document_row_find (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, KARTA_TYPE_DOCUMENT_ROW);

  return row != NULL ? KARTA_DOCUMENT_ROW (row)->document : NULL;
}
