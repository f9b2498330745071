/* karta-slice-growth.c — long lists shown a screenful first
 *
 * GTK 4.8's list and column views make widgets for up to 200 rows at once,
 * whatever fits on the screen, which takes long enough to notice when a
 * window opens. A GtkSliceListModel between the data and the view lets the
 * view start with the rows that fill a screen; the slice then grows a step
 * after each frame until it holds every row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "karta-slice-growth.h"

/* on the slice model it grows, which its owner keeps */
static G_DEFINE_QUARK (karta - slice - growth, growth)

  typedef struct
{
  GtkSliceListModel *slice; /* unowned: the growth dies with it */
  guint              step;
  guint              source;
} Growth;

static void
growth_free (Growth *growth)
{
  g_clear_handle_id (&growth->source, g_source_remove);
  g_free (growth);
}

static gboolean
grow (gpointer user_data)
{
  Growth     *growth = user_data;
  guint       size = gtk_slice_list_model_get_size (growth->slice);
  GListModel *model = gtk_slice_list_model_get_model (growth->slice);

  if (model == NULL || size >= g_list_model_get_n_items (model))
    {
      growth->source = 0;
      gtk_slice_list_model_set_size (growth->slice, G_MAXUINT);
      return G_SOURCE_REMOVE;
    }
  gtk_slice_list_model_set_size (growth->slice, size + growth->step);
  return G_SOURCE_CONTINUE;
}

/**
 * karta_slice_growth_start:
 * @first: the rows to show at once
 * @step: the rows to add after each frame
 *
 * Shows the first rows of the slice's model, then the others a step at a
 * time; restarting (after a reload) begins again from @first.
 */
void
karta_slice_growth_start (GtkSliceListModel *slice,
                          guint              first,
                          guint              step)
{
  Growth *growth = g_object_get_qdata (G_OBJECT (slice), growth_quark ());

  if (growth == NULL)
    {
      growth = g_new0 (Growth, 1);
      growth->slice = slice;
      g_object_set_qdata_full (G_OBJECT (slice), growth_quark (), growth, (GDestroyNotify) growth_free);
    }
  growth->step = step;
  gtk_slice_list_model_set_size (slice, first);
  /* After the frame: idles of the default priority run once GTK has
   * drawn, the frame clock's work having a higher one */
  if (growth->source == 0)
    growth->source = g_idle_add (grow, growth);
}

/**
 * karta_slice_growth_finish:
 *
 * Shows every row now, for code that needs one beyond the first.
 */
void
karta_slice_growth_finish (GtkSliceListModel *slice)
{
  Growth *growth = g_object_get_qdata (G_OBJECT (slice), growth_quark ());

  if (growth != NULL)
    g_clear_handle_id (&growth->source, g_source_remove);
  gtk_slice_list_model_set_size (slice, G_MAXUINT);
}

gboolean
karta_slice_growth_is_done (GtkSliceListModel *slice)
{
  Growth *growth = g_object_get_qdata (G_OBJECT (slice), growth_quark ());

  return growth == NULL || growth->source == 0;
}
