/* karta-activity-row.c — one line of the roadmap table: a section or an activity
 *
 * The row points into a KartaRoadmap that the roadmap page owns and keeps
 * alive as long as the rows; it only adds what the table needs on top: the
 * depth, the parent section row, the collapsed state and the filter result.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "karta-activity-row"

#include "config.h"

#include "karta-activity-filter.h"
#include "karta-activity-row.h"

struct _KartaActivityRow
{
  GObject parent_instance;

  KartaActivityRow    *parent;  /* unowned: outlives its children */
  KartaRoadmap        *roadmap; /* a reference: it holds what the row shows */
  const KartaSection  *section;
  const KartaActivity *activity;
  char                *haystack; /* casefolded text to search, lazily */
  guint                depth;
  guint                n_matching; /* sections: matching activities below */
  guint                collapsed : 1;
  guint                matches : 1;
};

enum
{
  PROP_0,
  PROP_COLLAPSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KartaActivityRow, karta_activity_row, G_TYPE_OBJECT)

static void
karta_activity_row_finalize (GObject *object)
{
  KartaActivityRow *self = (KartaActivityRow *) object;

  g_free (self->haystack);
  karta_roadmap_unref (self->roadmap);

  G_OBJECT_CLASS (karta_activity_row_parent_class)->finalize (object);
}

static void
karta_activity_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KartaActivityRow *self = KARTA_ACTIVITY_ROW (object);

  switch (prop_id)
    {
    case PROP_COLLAPSED:
      g_value_set_boolean (value, self->collapsed);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
karta_activity_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  KartaActivityRow *self = KARTA_ACTIVITY_ROW (object);

  switch (prop_id)
    {
    case PROP_COLLAPSED:
      karta_activity_row_set_collapsed (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
karta_activity_row_class_init (KartaActivityRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = karta_activity_row_finalize;
  object_class->get_property = karta_activity_row_get_property;
  object_class->set_property = karta_activity_row_set_property;

  properties[PROP_COLLAPSED] =
    g_param_spec_boolean ("collapsed", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
karta_activity_row_init (KartaActivityRow *self)
{
  self->matches = TRUE;
}

static KartaActivityRow *
row_new (KartaActivityRow *parent,
         KartaRoadmap     *roadmap)
{
  KartaActivityRow *self = g_object_new (KARTA_TYPE_ACTIVITY_ROW, NULL);

  self->parent = parent;
  self->roadmap = karta_roadmap_ref (roadmap);
  self->depth = parent ? parent->depth + 1 : 0;
  return self;
}

/**
 * karta_activity_row_new_section:
 * @parent: (nullable): the row of the enclosing section
 * @roadmap: the roadmap of @section, of which the row keeps a reference
 * @section: the section shown
 */
KartaActivityRow *
karta_activity_row_new_section (KartaActivityRow   *parent,
                                KartaRoadmap       *roadmap,
                                const KartaSection *section)
{
  KartaActivityRow *self = row_new (parent, roadmap);

  self->section = section;
  return self;
}

/**
 * karta_activity_row_new_activity:
 * @parent: (nullable): the row of the section holding the activity
 * @roadmap: the roadmap of @activity, of which the row keeps a reference
 * @activity: the activity shown
 */
KartaActivityRow *
karta_activity_row_new_activity (KartaActivityRow    *parent,
                                 KartaRoadmap        *roadmap,
                                 const KartaActivity *activity)
{
  KartaActivityRow *self = row_new (parent, roadmap);

  self->activity = activity;
  return self;
}

static gboolean
same_activity_display (const KartaActivity *a,
                       const KartaActivity *b)
{
  KartaScheduleKind kind_a = a->schedule ? a->schedule->kind : KARTA_SCHEDULE_NONE;
  KartaScheduleKind kind_b = b->schedule ? b->schedule->kind : KARTA_SCHEDULE_NONE;

  return a->id == b->id && g_strcmp0 (a->number, b->number) == 0 && g_strcmp0 (a->title, b->title) == 0 && g_strcmp0 (a->term, b->term) == 0 && g_strcmp0 (a->responsible, b->responsible) == 0 && g_strcmp0 (a->executors, b->executors) == 0 && a->status == b->status && kind_a == kind_b && (a->documents ? a->documents->len : 0) == (b->documents ? b->documents->len : 0);
}

/**
 * karta_activity_row_update:
 * @parent: (nullable): the new parent row
 *
 * Points the row at the same section or activity in a reloaded roadmap, if
 * the table would show it the same: then the table keeps the row's widgets,
 * which makes reloading after an edit cheap.
 *
 * Returns: whether the row was updated; if not, make a new row
 */
gboolean
karta_activity_row_update (KartaActivityRow    *self,
                           KartaActivityRow    *parent,
                           KartaRoadmap        *roadmap,
                           const KartaSection  *section,
                           const KartaActivity *activity)
{
  guint depth = parent ? parent->depth + 1 : 0;

  g_return_val_if_fail (KARTA_IS_ACTIVITY_ROW (self), FALSE);

  if (depth != self->depth || (section == NULL) != (self->section == NULL))
    return FALSE;
  if (section != NULL && (section->id != self->section->id || g_strcmp0 (section->number, self->section->number) != 0 || g_strcmp0 (section->title, self->section->title) != 0))
    return FALSE;
  if (activity != NULL && !same_activity_display (activity, self->activity))
    return FALSE;

  self->parent = parent;
  karta_roadmap_ref (roadmap);
  karta_roadmap_unref (self->roadmap);
  self->roadmap = roadmap;
  self->section = section;
  self->activity = activity;
  g_clear_pointer (&self->haystack, g_free);
  return TRUE;
}

KartaActivityRow *
karta_activity_row_get_parent (KartaActivityRow *self)
{
  g_return_val_if_fail (KARTA_IS_ACTIVITY_ROW (self), NULL);
  return self->parent;
}

const KartaSection *
karta_activity_row_get_section (KartaActivityRow *self)
{
  g_return_val_if_fail (KARTA_IS_ACTIVITY_ROW (self), NULL);
  return self->section;
}

const KartaActivity *
karta_activity_row_get_activity (KartaActivityRow *self)
{
  g_return_val_if_fail (KARTA_IS_ACTIVITY_ROW (self), NULL);
  return self->activity;
}

gboolean
karta_activity_row_is_section (KartaActivityRow *self)
{
  g_return_val_if_fail (KARTA_IS_ACTIVITY_ROW (self), FALSE);
  return self->section != NULL;
}

guint
karta_activity_row_get_depth (KartaActivityRow *self)
{
  g_return_val_if_fail (KARTA_IS_ACTIVITY_ROW (self), 0);
  return self->depth;
}

/**
 * karta_activity_row_get_id:
 *
 * Returns: the id of the section or the activity
 */
gint64
karta_activity_row_get_id (KartaActivityRow *self)
{
  g_return_val_if_fail (KARTA_IS_ACTIVITY_ROW (self), 0);
  return self->section ? self->section->id : self->activity->id;
}

/**
 * karta_activity_row_get_haystack:
 *
 * Returns: the casefolded text a search looks in: number, title, term,
 *   responsible and executors; built on the first search only
 */
const char *
karta_activity_row_get_haystack (KartaActivityRow *self)
{
  g_return_val_if_fail (KARTA_IS_ACTIVITY_ROW (self), "");

  if (self->haystack == NULL)
    self->haystack = karta_activity_filter_haystack (self->section, self->activity);
  return self->haystack;
}

gboolean
karta_activity_row_get_collapsed (KartaActivityRow *self)
{
  g_return_val_if_fail (KARTA_IS_ACTIVITY_ROW (self), FALSE);
  return self->collapsed;
}

void
karta_activity_row_set_collapsed (KartaActivityRow *self,
                                  gboolean          collapsed)
{
  g_return_if_fail (KARTA_IS_ACTIVITY_ROW (self));

  collapsed = !!collapsed;
  if (self->collapsed == collapsed)
    return;
  self->collapsed = collapsed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLLAPSED]);
}

/**
 * karta_activity_row_get_hidden_by_parent:
 *
 * Returns: whether an enclosing section is collapsed
 */
gboolean
karta_activity_row_get_hidden_by_parent (KartaActivityRow *self)
{
  g_return_val_if_fail (KARTA_IS_ACTIVITY_ROW (self), FALSE);

  for (KartaActivityRow *p = self->parent; p != NULL; p = p->parent)
    if (p->collapsed)
      return TRUE;
  return FALSE;
}

gboolean
karta_activity_row_get_matches (KartaActivityRow *self)
{
  g_return_val_if_fail (KARTA_IS_ACTIVITY_ROW (self), FALSE);
  return self->matches;
}

/**
 * karta_activity_row_set_matches:
 *
 * Records the filter result. For an activity that matches, every enclosing
 * section counts one more matching activity, so the page can hide sections
 * left empty by a filter: reset the counts first, then set the activities.
 */
void
karta_activity_row_set_matches (KartaActivityRow *self,
                                gboolean          matches)
{
  g_return_if_fail (KARTA_IS_ACTIVITY_ROW (self));

  self->matches = !!matches;
  if (matches && self->activity != NULL)
    for (KartaActivityRow *p = self->parent; p != NULL; p = p->parent)
      p->n_matching++;
}

guint
karta_activity_row_get_n_matching (KartaActivityRow *self)
{
  g_return_val_if_fail (KARTA_IS_ACTIVITY_ROW (self), 0);
  return self->n_matching;
}

void
karta_activity_row_reset_n_matching (KartaActivityRow *self)
{
  g_return_if_fail (KARTA_IS_ACTIVITY_ROW (self));
  self->n_matching = 0;
}
