/* karta-risk-export.h — risk charts to PNG, SVG, PDF and the printer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* @views: of KartaRiskChartView*, drawn one below another (a PDF page or
 * printed page each) with the print palette; the format by the extension
 * of @path: .png, .svg or .pdf */
gboolean karta_risk_export_write (GPtrArray  *views,
                                  const char *path,
                                  GError    **error);
/* Asks for a file name, then writes; errors shown in a dialog */
void karta_risk_export_save (GtkWidget  *parent,
                             GPtrArray  *views,
                             const char *title);
void karta_risk_export_print (GtkWidget  *parent,
                              GPtrArray  *views,
                              const char *job_name);

GPtrArray *karta_risk_export_views_new (gpointer first_view,
                                        ...) G_GNUC_NULL_TERMINATED;
void       karta_risk_export_activate (GtkWidget  *parent,
                                       const char *action_name,
                                       GPtrArray  *views,
                                       const char *title);

G_END_DECLS
