/* mp-window-export.c
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Export (chart, table, cards, handout, lesson) through the export
 * dialog (mp-export-dialog.c), and printing the handout.  What is drawn
 * is app/export's. */

#include "config.h"

#include <glib/gi18n.h>

#include "mp-export-dialog.h"
#include "mp-export.h"
#include "mp-window-private.h"

static void
exported_cb (MpWindow   *self,
             const char *path)
{
  /* Translators: %s is a file path */
  g_autofree char *message = g_strdup_printf (_("Saved %s"), path);

  _mp_window_show_toast (self, message);
}

/* The export dialog; @parameter is what to export ("chart", "table",
 * "cards", "handout", "lesson"), or "" for what was exported last. */
static void
export_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  static const char * const whats[] = { "chart", "table", "cards", "handout", "lesson" };
  MpWindow *self = MP_WINDOW (widget);
  const char *what = g_variant_get_string (parameter, NULL);
  g_auto(GStrv) countries = _mp_window_dup_countries (self);
  g_autoptr(MpLesson) lesson = NULL;
  GtkWidget *dialog;

  if (self->dataset == NULL)
    return;

  lesson = self->lesson != NULL ? g_object_ref (self->lesson) : mp_lesson_new_builtin ();
  dialog = mp_export_dialog_new (GTK_WINDOW (self), self->dataset, (const char * const *) countries,
                                 mp_chart_panel_get_chart (self->chart_panel), lesson, self->settings);
  for (guint i = 0; i < G_N_ELEMENTS (whats); i++)
    if (g_str_equal (what, whats[i]))
      mp_export_dialog_set_what (MP_EXPORT_DIALOG (dialog), i);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (exported_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              MpWindow          *self)
{
  g_auto(GStrv) countries = _mp_window_dup_countries (self);
  g_autoptr(GError) error = NULL;
  MpExportRequest request = { 0 };

  request.dataset = self->dataset;
  request.countries = (const char * const *) countries;
  request.chart = "handout";

  if (!mp_export_render (&request, gtk_print_context_get_cairo_context (context),
                         gtk_print_context_get_width (context),
                         gtk_print_context_get_height (context), &error))
    g_warning ("Cannot print: %s", error->message);
}

/* Prints the handout; with @pdf_path, writes it to that PDF instead of
 * showing the print dialog (for tests). */
gboolean
mp_window_print (MpWindow    *self,
                 const char  *pdf_path,
                 GError     **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (MP_IS_WINDOW (self), FALSE);

  if (self->dataset == NULL)
    return FALSE;

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_job_name (operation, _("Middle Powers handout"));
  gtk_print_operation_set_use_full_page (operation, FALSE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (draw_page_cb), self, 0);

  if (pdf_path != NULL)
    {
      gtk_print_operation_set_export_filename (operation, pdf_path);
      result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (self), error);
    }
  else
    result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), error);

  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

static void
print_cb (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!mp_window_print (self, NULL, &error) && error != NULL)
    _mp_window_show_toast (self, error->message);
}

void
_mp_window_class_export_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", "s", export_cb);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", "s", "");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
}
