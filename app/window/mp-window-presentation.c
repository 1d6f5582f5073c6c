/* mp-window-presentation.c
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Presentation mode and lessons: the full-screen steps of a lesson with
 * their captions, the presentation size and contrast, the sources view,
 * and opening, saving and adding to lessons. */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mp-citation.h"
#include "mp-file-dialog.h"
#include "mp-window-private.h"

/* The presentation size the window can show: the chosen one, but no
 * more than its width allows (about 640 px per 1x: a card with its
 * figures and the chart's labels), and never below the normal size. */
static double
mp_window_get_presentation_scale (MpWindow *self)
{
  double scale = g_settings_get_double (self->settings, "presentation-scale");
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  /* The schema's range lets NaN through (it compares false with both
   * ends); a hand-edited setting must not reach the CSS. */
  scale = isfinite (scale) ? CLAMP (scale, 1.0, 2.5) : 1.0;

  /* In quarter steps, so resizing restyles the window now and then, not
   * at every step. */
  if (width > 0)
    scale = MIN (scale, MAX (1.0, floor (width / 640.0 * 4) / 4));

  return scale;
}

static void
mp_window_update_presentation_css (MpWindow *self)
{
  double scale = mp_window_get_presentation_scale (self);
  g_autofree char *css = NULL;
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  /* Scales every label that uses relative sizes, which the theme does. */
  g_ascii_formatd (number, sizeof number, "%.2f", 11.0 * scale);
  css = g_strdup_printf ("window.presentation { font-size: %spt; }", number);
#if GTK_CHECK_VERSION (4, 12, 0)
  gtk_css_provider_load_from_string (self->presentation_css, css);
#else
  gtk_css_provider_load_from_data (self->presentation_css, css, -1);
#endif
  self->presentation_scale = scale;

  mp_chart_panel_set_scale (self->chart_panel, self->presenting ? scale : 1.0);
}

static gboolean
update_presentation_css_cb (gpointer user_data)
{
  MpWindow *self = user_data;

  self->scale_source = 0;
  mp_window_update_presentation_css (self);

  return G_SOURCE_REMOVE;
}

/* A presentation in a narrower window (or on a smaller screen) gets a
 * size that fits, after the allocation that showed the change. */
void
_mp_window_presentation_allocated (MpWindow *self)
{
  if (self->presenting && self->scale_source == 0 &&
      fabs (mp_window_get_presentation_scale (self) - self->presentation_scale) > 0.01)
    self->scale_source = g_idle_add (update_presentation_css_cb, self);
}

static void
mp_window_fill_sources (MpWindow *self)
{
  GtkWidget *row;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *sources;

  if (self->sources_list == NULL)
    {
      /* Translators: heading of the list of sources under the chart */
      GtkWidget *heading = gtk_label_new (_("Sources"));

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "title-1");
      gtk_box_append (GTK_BOX (self->sources_view), heading);
      self->sources_list = GTK_LIST_BOX (gtk_list_box_new ());
      gtk_list_box_set_selection_mode (self->sources_list, GTK_SELECTION_NONE);
      gtk_widget_add_css_class (GTK_WIDGET (self->sources_list), "sources-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->sources_list),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sources of the figures shown"), -1);
      gtk_box_append (GTK_BOX (self->sources_view), GTK_WIDGET (self->sources_list));
    }

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->sources_list))) != NULL)
    gtk_list_box_remove (self->sources_list, row);

  if (self->dataset == NULL)
    return;

  sources = mp_dataset_get_sources (self->dataset);
  for (guint i = 0; i < sources->len; i++)
    {
      const MpSource *source = g_ptr_array_index (sources, i);
      g_autofree char *citation = mp_citation_format (source);
      GtkWidget *label = gtk_label_new (citation);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_list_box_append (self->sources_list, label);
    }
}

/* Shows one view: "cards", a chart name, or "sources"; NULL shows the
 * normal layout (cards above the chart). */
static void
mp_window_show_view (MpWindow   *self,
                     const char *view)
{
  gboolean cards = view == NULL || g_str_equal (view, "cards");
  gboolean sources = view != NULL && g_str_equal (view, "sources");
  gboolean chart = view == NULL || (!cards && !sources);

  gtk_widget_set_visible (GTK_WIDGET (self->cards_box), cards);
  gtk_widget_set_visible (GTK_WIDGET (self->chart_slot), chart);
  gtk_widget_set_visible (self->sources_view, sources);

  if (sources)
    mp_window_fill_sources (self);
  if (view != NULL && chart)
    mp_chart_panel_set_chart (self->chart_panel, view);
}

static void
mp_window_set_lesson (MpWindow *self,
                      MpLesson *lesson,
                      gboolean  builtin)
{
  g_set_object (&self->lesson, lesson);
  self->lesson_is_builtin = !!builtin;
  self->step = 0;
}

static void
mp_window_apply_step (MpWindow *self)
{
  const MpLessonStep *step;
  g_autofree char *counter = NULL;
  const char *caption;

  if (self->lesson == NULL)
    {
      g_autoptr(MpLesson) builtin = mp_lesson_new_builtin ();

      mp_window_set_lesson (self, builtin, TRUE);
    }

  step = mp_lesson_get_step (self->lesson, self->step);
  if (step == NULL)
    return;

  /* A lesson written for another dataset: say which countries this one
   * lacks rather than show others without a word. */
  if (self->dataset != NULL)
    {
      g_autoptr(GStrvBuilder) missing = g_strv_builder_new ();
      g_auto(GStrv) ids = NULL;

      for (guint i = 0; step->countries[i] != NULL; i++)
        if (mp_dataset_lookup_country (self->dataset, step->countries[i]) == NULL)
          g_strv_builder_add (missing, step->countries[i]);
      ids = g_strv_builder_end (missing);
      if (ids[0] != NULL)
        {
          g_autofree char *list = g_strjoinv (", ", ids);
          /* Translators: %s is a list of country codes, like "XK, TW" */
          g_autofree char *message = g_strdup_printf (_("Not in the dataset, so not shown: %s"), list);

          _mp_window_show_toast (self, message);
        }
    }

  _mp_window_set_countries (self, (const char * const *) step->countries);
  mp_window_show_view (self, step->view);
  if (g_str_has_prefix (step->view, "indicator:"))
    mp_chart_view_set_log_scale (mp_chart_panel_get_view (self->chart_panel), step->log_scale);

  if (self->caption_label == NULL)
    {
      /* Built on the first presentation. */
      self->caption_label = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_xalign (self->caption_label, 0);
      gtk_label_set_wrap (self->caption_label, TRUE);
      gtk_widget_set_hexpand (GTK_WIDGET (self->caption_label), TRUE);
      gtk_box_append (GTK_BOX (self->caption_box), GTK_WIDGET (self->caption_label));
      self->step_label = GTK_LABEL (gtk_label_new (NULL));
      gtk_widget_set_valign (GTK_WIDGET (self->step_label), GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (GTK_WIDGET (self->step_label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->step_label), "numeric");
      gtk_box_append (GTK_BOX (self->caption_box), GTK_WIDGET (self->step_label));
    }
  caption = step->caption != NULL ? mp_text_get (step->caption, NULL) : NULL;
  gtk_label_set_label (self->caption_label, caption != NULL ? caption : mp_lesson_get_title (self->lesson));
  /* Translators: the step of a lesson, "3 / 7" */
  counter = g_strdup_printf (_("%u / %u"), self->step + 1, mp_lesson_get_n_steps (self->lesson));
  gtk_label_set_label (self->step_label, counter);
}
static void
mp_window_set_presenting (MpWindow *self,
                          gboolean  presenting)
{
  presenting = !!presenting;
  if (self->presenting == presenting)
    return;

  self->presenting = presenting;

  /* Not a bound template child: the window owns its titlebar. */
  gtk_widget_set_visible (gtk_window_get_titlebar (GTK_WINDOW (self)), !presenting);
  gtk_widget_set_visible (self->caption_box, presenting);

  if (presenting)
    {
      g_strfreev (self->saved_countries);
      self->saved_countries = _mp_window_dup_countries (self);
      g_free (self->saved_chart);
      self->saved_chart = g_strdup (mp_chart_panel_get_chart (self->chart_panel));
      gtk_widget_add_css_class (GTK_WIDGET (self), "presentation");
      if (g_settings_get_boolean (self->settings, "high-contrast"))
        gtk_widget_add_css_class (GTK_WIDGET (self), "high-contrast");
      gtk_window_fullscreen (GTK_WINDOW (self));
      mp_window_apply_step (self);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "presentation");
      gtk_widget_remove_css_class (GTK_WIDGET (self), "high-contrast");
      gtk_window_unfullscreen (GTK_WINDOW (self));
      mp_window_show_view (self, NULL);
      /* Back to the cards and chart the user had before the lesson. */
      if (self->saved_countries != NULL && self->saved_countries[0] != NULL)
        _mp_window_set_countries (self, (const char * const *) self->saved_countries);
      if (self->saved_chart != NULL)
        mp_chart_panel_set_chart (self->chart_panel, self->saved_chart);
      g_clear_pointer (&self->saved_countries, g_strfreev);
      g_clear_pointer (&self->saved_chart, g_free);
    }

  mp_window_update_presentation_css (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-step", presenting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-step", presenting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-presentation", presenting);
}

static void
presentation_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);

  mp_window_set_presenting (self, !self->presenting);
}

static void
leave_presentation_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  mp_window_set_presenting (MP_WINDOW (widget), FALSE);
}

static void
next_step_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);

  if (!self->presenting || self->lesson == NULL ||
      self->step + 1 >= mp_lesson_get_n_steps (self->lesson))
    return;

  self->step++;
  mp_window_apply_step (self);
}

static void
previous_step_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);

  if (!self->presenting || self->lesson == NULL || self->step == 0)
    return;

  self->step--;
  mp_window_apply_step (self);
}

/* Lessons ------------------------------------------------------------------ */

/* Shows @lesson from its first step (at once when presenting). */
static void
mp_window_use_lesson (MpWindow *self,
                      MpLesson *lesson,
                      gboolean  builtin)
{
  mp_window_set_lesson (self, lesson, builtin);
  if (self->presenting)
    mp_window_apply_step (self);
}

static void
builtin_lesson_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);
  g_autoptr(MpLesson) lesson = mp_lesson_new_builtin ();

  mp_window_use_lesson (self, lesson, TRUE);
  _mp_window_show_toast (self, _("The built-in lesson is ready: press F5 to present it"));
}

/* The view on screen now, as a lesson step would name it. */
static void
add_to_lesson_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);
  g_auto(GStrv) countries = _mp_window_dup_countries (self);
  const char *view = mp_chart_panel_get_chart (self->chart_panel);
  g_autofree char *message = NULL;

  if (countries[0] == NULL)
    return;

  /* Adding to the built-in lesson starts the user's own lesson. */
  if (self->lesson == NULL || self->lesson_is_builtin)
    {
      g_autoptr(MpLesson) lesson = mp_lesson_new (_("My Lesson"));

      mp_window_use_lesson (self, lesson, FALSE);
    }

  if (!mp_lesson_view_is_valid (view))
    view = "cards";

  mp_lesson_append_step (self->lesson, (const char * const *) countries, view, FALSE, NULL);
  /* Translators: %u is the number of steps in the lesson */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added to the lesson (%u step)",
                                          "Added to the lesson (%u steps)",
                                          mp_lesson_get_n_steps (self->lesson)),
                             mp_lesson_get_n_steps (self->lesson));
  _mp_window_show_toast (self, message);
}

static void
lesson_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(MpWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MpLesson) lesson = mp_lesson_new_from_file_finish (result, &error);
  g_autofree char *message = NULL;

  if (lesson == NULL)
    {
      _mp_window_show_toast (self, error->message);
      return;
    }

  mp_window_use_lesson (self, lesson, FALSE);
  /* Translators: %s is a lesson title */
  message = g_strdup_printf (_("Opened the lesson “%s”: press F5 to present it"),
                             mp_lesson_get_title (lesson));
  _mp_window_show_toast (self, message);
}

/* Opens a lesson file; a message says what came of it.  Read on a worker
 * thread: the file can be anything a file chooser shows (a big file, a
 * network one). */
void
mp_window_open_lesson (MpWindow *self,
                       GFile    *file)
{
  g_return_if_fail (MP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  mp_lesson_new_from_file_async (file, NULL, lesson_loaded_cb, g_object_ref (self));
}

static void
open_lesson_chosen_cb (GFile    **files,
                       guint      n_files,
                       gpointer   user_data)
{
  mp_window_open_lesson (MP_WINDOW (user_data), files[0]);
}

static void
save_lesson_chosen_cb (GFile    **files,
                       guint      n_files,
                       gpointer   user_data)
{
  MpWindow *self = MP_WINDOW (user_data);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (files[0]);
  g_autofree char *message = NULL;

  if (self->lesson == NULL)
    return;

  if (mp_lesson_save (self->lesson, files[0], &error))
    /* Translators: %s is a file path */
    message = g_strdup_printf (_("Saved %s"), path);

  _mp_window_show_toast (self, message != NULL ? message : error->message);
}

static void
open_lesson_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  mp_file_dialog_open (GTK_WINDOW (widget), _("Open Lesson"), NULL, FALSE,
                       open_lesson_chosen_cb, g_object_ref (widget), g_object_unref);
}

static void
save_lesson_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  if (MP_WINDOW (widget)->lesson == NULL)
    return;

  mp_file_dialog_save (GTK_WINDOW (widget), _("Save Lesson"), "lesson.json", NULL,
                       save_lesson_chosen_cb, g_object_ref (widget), g_object_unref);
}

/* Set-up ------------------------------------------------------------------ */

void
_mp_window_class_presentation_init (GtkWidgetClass *widget_class)
{
  static const guint next_keys[] = { GDK_KEY_Page_Down, GDK_KEY_Right, GDK_KEY_Down, GDK_KEY_KP_Page_Down };
  static const guint previous_keys[] = { GDK_KEY_Page_Up, GDK_KEY_Left, GDK_KEY_Up, GDK_KEY_KP_Page_Up };

  gtk_widget_class_install_action (widget_class, "win.presentation", NULL, presentation_cb);
  gtk_widget_class_install_action (widget_class, "win.leave-presentation", NULL, leave_presentation_cb);
  gtk_widget_class_install_action (widget_class, "win.next-step", NULL, next_step_cb);
  gtk_widget_class_install_action (widget_class, "win.previous-step", NULL, previous_step_cb);
  gtk_widget_class_install_action (widget_class, "win.open-lesson", NULL, open_lesson_cb);
  gtk_widget_class_install_action (widget_class, "win.save-lesson", NULL, save_lesson_cb);
  gtk_widget_class_install_action (widget_class, "win.add-to-lesson", NULL, add_to_lesson_cb);
  gtk_widget_class_install_action (widget_class, "win.builtin-lesson", NULL, builtin_lesson_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.presentation", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-presentation", NULL);
  /* A presenter clicker sends Page Down / Page Up.  (Space and
   * Backspace: _mp_window_presentation_init.) */
  for (guint i = 0; i < G_N_ELEMENTS (next_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, next_keys[i], 0, "win.next-step", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (previous_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, previous_keys[i], 0, "win.previous-step", NULL);
}

void
_mp_window_presentation_init (MpWindow *self)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();
  GtkShortcutTrigger *space = gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_space, 0),
                                                           gtk_keyval_trigger_new (GDK_KEY_KP_Space, 0));

  self->presentation_css = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (self->presentation_css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  g_signal_connect_object (self->settings, "changed::presentation-scale",
                           G_CALLBACK (mp_window_update_presentation_css), self, G_CONNECT_SWAPPED);
  mp_window_update_presentation_css (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-step", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-step", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-presentation", FALSE);

  /* Space and Backspace step through a presentation wherever the focus
   * is: as a binding of the window's, Space reached GtkWindow's own
   * first, which activates the focused widget.  Out of a presentation
   * the actions are disabled and the keys go on as usual. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (space, gtk_named_action_new ("win.next-step")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_BackSpace, 0),
                                                          gtk_named_action_new ("win.previous-step")));
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

void
_mp_window_presentation_dispose (MpWindow *self)
{
  g_clear_handle_id (&self->scale_source, g_source_remove);
  if (self->presentation_css != NULL)
    gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                   GTK_STYLE_PROVIDER (self->presentation_css));
  g_clear_object (&self->presentation_css);
  g_clear_object (&self->lesson);
  g_clear_pointer (&self->saved_countries, g_strfreev);
  g_clear_pointer (&self->saved_chart, g_free);
}
