/* mp-window-export.c
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Export (chart, table, cards, handout) to a file the user names, and
 * printing the handout.  What is drawn is app/export's. */

#include "config.h"

#include <glib/gi18n.h>

#include "mp-export.h"
#include "mp-file-dialog.h"
#include "mp-window-private.h"

typedef struct
{
  MpWindow *self;
  char     *what;   /* "chart", "table", "cards", "handout", "lesson" */
} ExportData;

static void
export_data_free (gpointer user_data)
{
  ExportData *data = user_data;

  g_clear_object (&data->self);
  g_free (data->what);
  g_free (data);
}

static void
mp_window_export_to (MpWindow   *self,
                     const char *what,
                     GFile      *file)
{
  g_auto(GStrv) countries = _mp_window_dup_countries (self);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *target = NULL;
  MpExportRequest request = { 0 };
  gboolean saved;

  if (self->dataset == NULL || path == NULL)
    return;

  if (g_str_equal (what, "lesson"))
    {
      g_autoptr(MpLesson) lesson = self->lesson != NULL ? g_object_ref (self->lesson) : mp_lesson_new_builtin ();

      target = g_strdup (path);
      saved = mp_export_lesson_to_file (self->dataset, lesson, target, 0, 0,
                                        g_settings_get_double (self->settings, "presentation-scale"), &error);
    }
  else
    {
      if (g_str_equal (what, "chart") || g_str_equal (what, "table"))
        request.chart = mp_chart_panel_get_chart (self->chart_panel);
      else
        request.chart = what;

      /* The table goes out as CSV whatever name was typed. */
      if (g_str_equal (what, "table") && !g_str_has_suffix (path, ".csv"))
        target = g_strconcat (path, ".csv", NULL);
      else
        target = g_strdup (path);

      request.dataset = self->dataset;
      request.countries = (const char * const *) countries;
      request.pixel_scale = g_settings_get_boolean (self->settings, "export-hidpi") ? 2 : 1;
      /* A handout asks the open lesson's questions, as printed. */
      request.lesson = self->lesson;
      saved = mp_export_to_file (&request, target, &error);
    }

  if (saved)
    /* Translators: %s is a file path */
    message = g_strdup_printf (_("Saved %s"), target);
  else
    message = g_strdup (error->message);

  _mp_window_show_toast (self, message);
}

static void
export_chosen_cb (GFile    **files,
                  guint      n_files,
                  gpointer   user_data)
{
  ExportData *data = user_data;

  mp_window_export_to (data->self, data->what, files[0]);
}

/* Where a file of this kind goes: Pictures for images, Documents for
 * the rest, when the user has them. */
static GFile *
export_folder_for (const char *name)
{
  gboolean image = g_str_has_suffix (name, ".png") || g_str_has_suffix (name, ".svg");
  const char *dir = g_get_user_special_dir (image ? G_USER_DIRECTORY_PICTURES : G_USER_DIRECTORY_DOCUMENTS);

  if (dir == NULL || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    return NULL;

  return g_file_new_for_path (dir);
}

static void
export_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);
  const char *what = g_variant_get_string (parameter, NULL);
  g_auto(GStrv) countries = _mp_window_dup_countries (self);
  g_autofree char *joined = g_strjoinv ("-", countries);
  g_autofree char *chart = g_strdup (mp_chart_panel_get_chart (self->chart_panel));
  g_autofree char *name = NULL;
  g_autoptr(GFile) folder = NULL;
  ExportData *data;

  g_strdelimit (chart, ":", '-');
  if (g_str_equal (what, "table"))
    name = g_strdup_printf ("%s-%s.csv", chart, joined);
  else if (g_str_equal (what, "chart"))
    name = g_strdup_printf ("%s-%s.png", chart, joined);
  else if (g_str_equal (what, "handout"))
    name = g_strdup_printf ("handout-%s.pdf", joined);
  else if (g_str_equal (what, "lesson"))
    name = g_strdup (_("lesson-slides.pdf"));
  else
    name = g_strdup_printf ("cards-%s.png", joined);

  data = g_new0 (ExportData, 1);
  data->self = g_object_ref (self);
  data->what = g_strdup (what);

  folder = export_folder_for (name);
  mp_file_dialog_save (GTK_WINDOW (self), _("Export"), name, folder,
                       export_chosen_cb, data, export_data_free);
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

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", "s", "chart");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
}
