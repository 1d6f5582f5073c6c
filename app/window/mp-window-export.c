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

/* The handout is laid out once the page setup (the paper) is known. */
static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                MpWindow          *self)
{
  g_auto(GStrv) countries = _mp_window_dup_countries (self);
  g_autoptr(GError) error = NULL;
  MpExportRequest request = { 0 };
  MpHandout *handout;

  request.dataset = self->dataset;
  request.countries = (const char * const *) countries;
  request.chart = "handout";
  /* The questions of the lesson open in the window, if it has any. */
  request.lesson = self->lesson;

  handout = mp_export_new_handout (&request, gtk_print_context_get_width (context),
                                   gtk_print_context_get_height (context), &error);
  if (handout == NULL)
    {
      g_warning ("Cannot print: %s", error->message);
      gtk_print_operation_cancel (operation);
      return;
    }
  g_object_set_data_full (G_OBJECT (operation), "mp-handout", handout, (GDestroyNotify) mp_handout_free);
  gtk_print_operation_set_n_pages (operation, (int) mp_handout_get_n_pages (handout));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              MpWindow          *self)
{
  MpHandout *handout = g_object_get_data (G_OBJECT (operation), "mp-handout");

  if (handout != NULL)
    mp_handout_render_page (handout, gtk_print_context_get_cairo_context (context), (guint) page_nr);
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
  gtk_print_operation_set_job_name (operation, _("Middle Powers handout"));
  /* The handout keeps its own margins, on the paper the page setup
   * names. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (begin_print_cb), self, 0);
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
