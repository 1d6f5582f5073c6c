/* mp-window-datasets.c
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Datasets in the window: opening (file chooser, drag and drop, command
 * line), resetting, the progress bar while files load, and the problems
 * panel of a dataset that did not validate.  Loading itself, watching
 * and reloading are MpDatasetSession's (app/model). */

#include "config.h"

#include <glib/gi18n.h>

#include "mp-accessible.h"
#include "mp-file-dialog.h"
#include "mp-problem.h"
#include "mp-window-private.h"

static gboolean
pulse_cb (gpointer user_data)
{
  MpWindow *self = user_data;

  gtk_progress_bar_pulse (self->progress_bar);

  return G_SOURCE_CONTINUE;
}

static void
loading_changed_cb (MpWindow *self)
{
  gboolean loading = mp_dataset_session_is_loading (self->session);

  if (loading && self->progress_bar == NULL)
    {
      /* Above the problems and the content. */
      self->progress_bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Loading dataset"), -1);
      gtk_box_prepend (GTK_BOX (self->content_box), GTK_WIDGET (self->progress_bar));
    }
  if (self->progress_bar != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), loading);
  g_clear_handle_id (&self->pulse_source, g_source_remove);
  if (loading)
    self->pulse_source = g_timeout_add (100, pulse_cb, self);
}

/* Problems ------------------------------------------------------------------ */

/* Every problem, one per line, for a teacher to keep or send on. */
static void
copy_problems_cb (MpWindow *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->problems == NULL)
    return;

  for (guint i = 0; i < self->problems->len; i++)
    {
      g_autofree char *line = mp_problem_to_string (g_ptr_array_index (self->problems, i));

      g_string_append (text, line);
      g_string_append_c (text, '\n');
    }
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text->str);
}

static void
mp_window_hide_problems (MpWindow *self)
{
  _mp_window_reveal (self->problems_revealer, FALSE);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
}

static void
dismiss_problems_cb (MpWindow *self)
{
  mp_window_hide_problems (self);
}

/* A row of the problems list: the problem's text, red for an error. */
static void
setup_problem_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "problem");
  gtk_list_item_set_child (item, label);
}

static void
bind_problem_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 MpWindow                 *self)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  GtkStringObject *text = gtk_list_item_get_item (item);
  guint position = gtk_list_item_get_position (item);
  gboolean error = FALSE;

  if (self->problems != NULL && position < self->problems->len)
    error = ((const MpProblem *) g_ptr_array_index (self->problems, position))->severity == MP_PROBLEM_ERROR;

  gtk_label_set_label (GTK_LABEL (label), gtk_string_object_get_string (text));
  gtk_widget_remove_css_class (label, error ? "warning" : "error");
  gtk_widget_add_css_class (label, error ? "error" : "warning");
}

/* The problems panel is built the first time a dataset has problems
 * (ui/mp-problems-panel.ui): hidden widgets cost the first frame too.
 * A dataset can have any number of problems (one per bad row of a big
 * file): a list view makes rows only for those in sight. */
static void
mp_window_ensure_problems_panel (MpWindow *self)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GtkBuilderScope) scope = NULL;
  g_autoptr(GError) error = NULL;
  GtkListItemFactory *factory;

  if (self->problems_list != NULL)
    return;

  builder = gtk_builder_new ();
  scope = gtk_builder_cscope_new ();
  gtk_builder_cscope_add_callback (GTK_BUILDER_CSCOPE (scope), dismiss_problems_cb);
  gtk_builder_cscope_add_callback (GTK_BUILDER_CSCOPE (scope), copy_problems_cb);
  gtk_builder_set_scope (builder, scope);
  gtk_builder_set_current_object (builder, G_OBJECT (self));
  if (!gtk_builder_add_from_resource (builder, RESOURCE_PREFIX "/ui/mp-problems-panel.ui", &error))
    g_error ("ui/mp-problems-panel.ui: %s", error->message);

  self->problems_title = GTK_LABEL (gtk_builder_get_object (builder, "problems_title"));
  mp_accessible_name_by_text (GTK_BUTTON (gtk_builder_get_object (builder, "copy_problems_button")));
  self->problems_list = GTK_LIST_VIEW (gtk_builder_get_object (builder, "problems_list"));
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_problem_cb), NULL);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_problem_cb), self, 0);
  gtk_list_view_set_factory (self->problems_list, factory);
  g_object_unref (factory);
  gtk_revealer_set_child (self->problems_revealer, GTK_WIDGET (gtk_builder_get_object (builder, "problems_panel")));
}

static void
mp_window_show_problems (MpWindow  *self,
                         GPtrArray *problems,
                         guint      n_errors)
{
  g_autoptr(GtkStringList) texts = gtk_string_list_new (NULL);
  g_autoptr(GtkNoSelection) selection = NULL;
  g_autofree char *title = NULL;

  mp_window_ensure_problems_panel (self);

  g_clear_pointer (&self->problems, g_ptr_array_unref);
  self->problems = g_ptr_array_ref (problems);

  for (guint i = 0; i < problems->len; i++)
    gtk_string_list_take (texts, mp_problem_to_string (g_ptr_array_index (problems, i)));
  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&texts)));
  gtk_list_view_set_model (self->problems_list, GTK_SELECTION_MODEL (selection));

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "The dataset has %u problem. The data shown before is kept.",
                                        "The dataset has %u problems. The data shown before is kept.",
                                        n_errors),
                           n_errors);
  gtk_label_set_label (self->problems_title, title);
  _mp_window_reveal (self->problems_revealer, TRUE);
}

/* Datasets ------------------------------------------------------------------ */

/* The result of a load: the new data, or its problems with the data shown
 * before kept. */
static void
session_finished_cb (MpWindow              *self,
                     MpDatasetSessionCause  cause,
                     gboolean               success)
{
  g_autofree char *open_message = g_steal_pointer (&self->open_message);

  if (success)
    {
      _mp_window_apply_dataset (self, mp_dataset_session_get_dataset (self->session));
      mp_window_hide_problems (self);
      switch (cause)
        {
        case MP_DATASET_SESSION_OPEN:
          _mp_window_show_toast (self, open_message);
          break;

        case MP_DATASET_SESSION_RELOAD:
          _mp_window_show_toast (self, _("Dataset reloaded"));
          break;

        case MP_DATASET_SESSION_RESET:
          _mp_window_show_toast (self, _("Showing the bundled dataset"));
          break;

        case MP_DATASET_SESSION_START:
        default:
          break;
        }
    }
  else
    {
      mp_window_show_problems (self,
                               mp_dataset_session_get_problems (self->session),
                               mp_dataset_session_get_n_errors (self->session));
    }

  _mp_window_load_finished (self, success, cause == MP_DATASET_SESSION_START);
}

/* Public entry for opening files (file chooser, drag and drop, command line). */
void
mp_window_open_files (MpWindow  *self,
                      GFile    **files,
                      guint      n_files)
{
  g_autoptr(GString) names = g_string_new (NULL);

  g_return_if_fail (MP_IS_WINDOW (self));

  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *basename = g_file_get_basename (files[i]);

      g_string_append_printf (names, "%s%s", names->len ? ", " : "", basename);
    }

  g_free (self->open_message);
  /* Translators: %s is a list of file names */
  self->open_message = g_strdup_printf (_("Added %s"), names->str);
  mp_dataset_session_open (self->session, files, n_files);
}

static void
reset_cb (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  mp_dataset_session_reset (MP_WINDOW (widget)->session);
}

static void
open_chosen_cb (GFile    **files,
                guint      n_files,
                gpointer   user_data)
{
  mp_window_open_files (MP_WINDOW (user_data), files, n_files);
}

static GtkFileFilter *
json_filter_new (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Middle Powers datasets (JSON)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");

  return filter;
}

static void
open_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  g_autoptr(GtkFileFilter) filter = json_filter_new ();

  mp_file_dialog_open (GTK_WINDOW (widget), _("Open Dataset"), filter, TRUE,
                       open_chosen_cb, g_object_ref (widget), g_object_unref);
}

static gboolean
drop_cb (MpWindow      *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  GSList *list;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  list = g_value_get_boxed (value);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      g_autofree char *basename = g_file_get_basename (l->data);

      if (basename != NULL && g_str_has_suffix (basename, ".json"))
        g_ptr_array_add (files, g_object_ref (l->data));
    }

  if (files->len == 0)
    {
      _mp_window_show_toast (self, _("Only .json dataset files can be opened"));
      return FALSE;
    }

  mp_window_open_files (self, (GFile **) files->pdata, files->len);

  return TRUE;
}

void
_mp_window_class_datasets_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_cb);
  gtk_widget_class_install_action (widget_class, "win.reset-dataset", NULL, reset_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
}

void
_mp_window_datasets_init (MpWindow *self)
{
  GtkDropTarget *target;

  self->session = mp_dataset_session_new ();
  g_signal_connect_object (self->session, "finished", G_CALLBACK (session_finished_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::loading", G_CALLBACK (loading_changed_cb),
                           self, G_CONNECT_SWAPPED);

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

void
_mp_window_datasets_dispose (MpWindow *self)
{
  g_clear_handle_id (&self->pulse_source, g_source_remove);
  /* Cancels a load in progress, whose task holds the session. */
  if (self->session != NULL)
    g_object_run_dispose (G_OBJECT (self->session));
  g_clear_object (&self->session);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->open_message, g_free);
}
