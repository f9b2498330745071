/* karta-gantt-test-util.h — what the UI tests of the Gantt chart share
 *
 * Header-only (static inline), like karta-ui-test-util.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "karta-gantt-view-private.h"

G_BEGIN_DECLS

/* Where the middle of @row is in the view, scrolled as it is */
static inline double
karta_gantt_test_row_middle (KartaGanttView *view,
                             int             row)
{
  return karta_gantt_layout_get_header_height (view->layout) + karta_gantt_layout_row_to_y (view->layout, row) - gtk_adjustment_get_value (view->scroll.vadjustment) + karta_gantt_layout_get_row_height (view->layout) / 2;
}

G_END_DECLS
