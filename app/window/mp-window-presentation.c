/* mp-window-presentation.c
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Presentation mode and lessons: a lesson's slides filling the screen
 * (MpSlideView draws them, app/export/mp-slide.c lays them out), the keys
 * a presenter and a clicker use, the text size and contrast, and opening,
 * saving and adding to lessons.  The comparison behind the slides is not
 * touched: leaving shows it as it was. */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mp-file-dialog.h"
#include "mp-lesson-editor.h"
#include "mp-slide-view.h"
#include "mp-window-private.h"

/* The presenter's text size, as the Presentation Size menu offers it. */
#define SIZE_LEAST 1.0
#define SIZE_MOST  2.5
#define SIZE_STEP  0.25

static MpSlideView *
slide_view (MpWindow *self)
{
  return MP_SLIDE_VIEW (self->slide_view);
}

static double
presentation_size (MpWindow *self)
{
  double size = g_settings_get_double (self->settings, "presentation-scale");

  /* The schema's range lets NaN through (it compares false with both
   * ends): a hand-edited setting is the default size. */
  return isfinite (size) ? CLAMP (size, SIZE_LEAST, SIZE_MOST) : 1.5;
}

static void
presentation_settings_changed_cb (MpWindow *self)
{
  if (self->slide_view == NULL)
    return;

  mp_slide_view_set_size (slide_view (self), presentation_size (self));
  mp_slide_view_set_high_contrast (slide_view (self), g_settings_get_boolean (self->settings, "high-contrast"));
}

static void
mp_window_ensure_lesson (MpWindow *self)
{
  if (self->lesson == NULL)
    {
      self->lesson = mp_lesson_new_builtin ();
      self->lesson_is_builtin = TRUE;
      self->step = 0;
    }
}

static void
mp_window_ensure_slide_view (MpWindow *self)
{
  if (self->slide_view != NULL)
    return;

  self->slide_view = mp_slide_view_new ();
  /* Translators: what a screen reader calls the window's page of slides */
  gtk_stack_add_titled (self->main_stack, self->slide_view, NULL, _("Slides"));
  presentation_settings_changed_cb (self);
}

/* A lesson written for another dataset: say which countries this one
 * lacks rather than show others without a word. */
static void
mp_window_check_step_countries (MpWindow *self)
{
  const MpLessonStep *step = mp_slides_get_step (self->lesson, self->step);
  g_auto(GStrv) ids = NULL;

  if (step == NULL || self->dataset == NULL)
    return;

  ids = mp_lesson_step_countries_in (step, self->dataset, FALSE);
  if (ids[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", ids);
      /* Translators: %s is a list of country codes, like "XK, TW" */
      g_autofree char *message = g_strdup_printf (_("Not in the dataset, so not shown: %s"), list);

      _mp_window_show_toast (self, message);
    }
}

static void
mp_window_show_step (MpWindow *self,
                     guint     step)
{
  guint n = mp_slides_get_n (self->lesson, MP_SLIDES_SCREEN);

  self->step = MIN (step, n - 1);
  mp_slide_view_set_index (slide_view (self), self->step);
  mp_window_check_step_countries (self);
}

/* The presenter's keys and actions work while presenting, and only then. */
static void
mp_window_enable_presenting (MpWindow *self,
                             gboolean  presenting)
{
  static const char * const actions[] = {
    "win.leave-presentation", "win.next-step", "win.previous-step", "win.first-step",
    "win.last-step", "win.blank-screen", "win.presentation-larger", "win.presentation-smaller",
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], presenting);
  gtk_event_controller_set_propagation_phase (self->presentation_keys,
                                              presenting ? GTK_PHASE_CAPTURE : GTK_PHASE_NONE);
}

static void
mp_window_set_presenting (MpWindow *self,
                          gboolean  presenting,
                          guint     from_step)
{
  self->presenting = !!presenting;

  /* Not a bound template child: the window owns its titlebar. */
  gtk_widget_set_visible (gtk_window_get_titlebar (GTK_WINDOW (self)), !presenting);
  mp_window_enable_presenting (self, presenting);

  if (presenting)
    {
      mp_window_ensure_lesson (self);
      mp_window_ensure_slide_view (self);
      mp_slide_view_set_lesson (slide_view (self), self->dataset, self->lesson);
      gtk_stack_set_visible_child (self->main_stack, self->slide_view);
      gtk_window_fullscreen (GTK_WINDOW (self));
      mp_window_show_step (self, from_step);
      /* Nothing on a slide takes the keys: the focus leaves the
       * comparison behind it. */
      gtk_root_set_focus (GTK_ROOT (self), NULL);
    }
  else
    {
      gtk_stack_set_visible_child (self->main_stack, self->content_box);
      gtk_window_unfullscreen (GTK_WINDOW (self));
    }
}

/* F5: from the first slide, as presentation programs do. */
static void
presentation_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  mp_window_set_presenting (MP_WINDOW (widget), TRUE, 0);
}

/* Shift+F5: from the step the last presentation was left at (its last
 * step rather than the end slide). */
static void
presentation_resume_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);

  mp_window_ensure_lesson (self);
  mp_window_set_presenting (self, TRUE, MIN (self->step, mp_lesson_get_n_steps (self->lesson) - 1));
}

static void
leave_presentation_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  mp_window_set_presenting (MP_WINDOW (widget), FALSE, 0);
}

static void
next_step_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);

  /* The first key after a black screen brings the slide back. */
  if (mp_slide_view_get_blank (slide_view (self)))
    mp_slide_view_set_blank (slide_view (self), FALSE);
  else
    mp_window_show_step (self, self->step + 1);
}

static void
previous_step_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);

  if (mp_slide_view_get_blank (slide_view (self)))
    mp_slide_view_set_blank (slide_view (self), FALSE);
  else if (self->step > 0)
    mp_window_show_step (self, self->step - 1);
}

static void
first_step_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  mp_window_show_step (MP_WINDOW (widget), 0);
}

static void
last_step_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);

  /* The lesson's last step, not the end slide after it. */
  mp_window_show_step (self, mp_lesson_get_n_steps (self->lesson) - 1);
}

static void
blank_screen_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MpSlideView *view = slide_view (MP_WINDOW (widget));

  mp_slide_view_set_blank (view, !mp_slide_view_get_blank (view));
}

static void
change_size_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);
  double step = g_str_equal (action_name, "win.presentation-larger") ? SIZE_STEP : -SIZE_STEP;

  /* Remembered, as the menu's choice is. */
  g_settings_set_double (self->settings, "presentation-scale",
                         CLAMP (presentation_size (self) + step, SIZE_LEAST, SIZE_MOST));
}

/* The dataset changed under the slides (a saved edit reloads it). */
void
_mp_window_presentation_dataset_changed (MpWindow *self)
{
  if (self->slide_view != NULL && self->lesson != NULL)
    mp_slide_view_set_lesson (slide_view (self), self->dataset, self->lesson);
}

/* Lessons ------------------------------------------------------------------ */

/* An editor edits one lesson: it closes when another is used. */
static void
mp_window_close_lesson_editor (MpWindow *self)
{
  if (self->lesson_editor != NULL)
    gtk_window_destroy (GTK_WINDOW (self->lesson_editor));
  g_clear_weak_pointer (&self->lesson_editor);
}

/* While presenting, the slides follow the editor. */
static void
lesson_changed_cb (MpWindow *self)
{
  if (self->presenting)
    {
      mp_slide_view_set_lesson (slide_view (self), self->dataset, self->lesson);
      mp_window_show_step (self, self->step);
    }
}

/* Uses @lesson from its first step (at once when presenting). */
static void
mp_window_use_lesson (MpWindow *self,
                      MpLesson *lesson,
                      gboolean  builtin)
{
  if (self->lesson != lesson)
    mp_window_close_lesson_editor (self);
  g_set_object (&self->lesson, lesson);
  self->lesson_is_builtin = !!builtin;
  self->step = 0;
  if (self->presenting)
    {
      mp_slide_view_set_lesson (slide_view (self), self->dataset, self->lesson);
      mp_window_show_step (self, 0);
    }
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

/* The built-in lesson, once edited, is the user's own: Add Current View
 * adds to it rather than starting another. */
static void
edit_lesson_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);

  mp_window_ensure_lesson (self);
  self->lesson_is_builtin = FALSE;
  if (self->lesson_editor == NULL)
    {
      g_set_weak_pointer (&self->lesson_editor, mp_lesson_editor_new (GTK_WINDOW (self), self->lesson));
      g_signal_handlers_disconnect_by_func (self->lesson, lesson_changed_cb, self);
      g_signal_connect_object (self->lesson, "changed", G_CALLBACK (lesson_changed_cb), self, G_CONNECT_SWAPPED);
    }
  gtk_window_present (GTK_WINDOW (self->lesson_editor));
}

/* Set-up ------------------------------------------------------------------ */

void
_mp_window_class_presentation_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.presentation", NULL, presentation_cb);
  gtk_widget_class_install_action (widget_class, "win.presentation-resume", NULL, presentation_resume_cb);
  gtk_widget_class_install_action (widget_class, "win.leave-presentation", NULL, leave_presentation_cb);
  gtk_widget_class_install_action (widget_class, "win.next-step", NULL, next_step_cb);
  gtk_widget_class_install_action (widget_class, "win.previous-step", NULL, previous_step_cb);
  gtk_widget_class_install_action (widget_class, "win.first-step", NULL, first_step_cb);
  gtk_widget_class_install_action (widget_class, "win.last-step", NULL, last_step_cb);
  gtk_widget_class_install_action (widget_class, "win.blank-screen", NULL, blank_screen_cb);
  gtk_widget_class_install_action (widget_class, "win.presentation-larger", NULL, change_size_cb);
  gtk_widget_class_install_action (widget_class, "win.presentation-smaller", NULL, change_size_cb);
  gtk_widget_class_install_action (widget_class, "win.open-lesson", NULL, open_lesson_cb);
  gtk_widget_class_install_action (widget_class, "win.save-lesson", NULL, save_lesson_cb);
  gtk_widget_class_install_action (widget_class, "win.add-to-lesson", NULL, add_to_lesson_cb);
  gtk_widget_class_install_action (widget_class, "win.builtin-lesson", NULL, builtin_lesson_cb);
  gtk_widget_class_install_action (widget_class, "win.edit-lesson", NULL, edit_lesson_cb);

}

/* The presenter's keys, as presentation programs have them: a clicker
 * sends Page Down and Page Up. */
static const struct
{
  guint       keyval;
  const char *action;
} presenter_keys[] = {
  { GDK_KEY_Page_Down, "win.next-step" },
  { GDK_KEY_KP_Page_Down, "win.next-step" },
  { GDK_KEY_space, "win.next-step" },
  { GDK_KEY_KP_Space, "win.next-step" },
  { GDK_KEY_Right, "win.next-step" },
  { GDK_KEY_KP_Right, "win.next-step" },
  { GDK_KEY_Down, "win.next-step" },
  { GDK_KEY_KP_Down, "win.next-step" },
  { GDK_KEY_Return, "win.next-step" },
  { GDK_KEY_KP_Enter, "win.next-step" },
  { GDK_KEY_Page_Up, "win.previous-step" },
  { GDK_KEY_KP_Page_Up, "win.previous-step" },
  { GDK_KEY_BackSpace, "win.previous-step" },
  { GDK_KEY_Left, "win.previous-step" },
  { GDK_KEY_KP_Left, "win.previous-step" },
  { GDK_KEY_Up, "win.previous-step" },
  { GDK_KEY_KP_Up, "win.previous-step" },
  { GDK_KEY_Home, "win.first-step" },
  { GDK_KEY_KP_Home, "win.first-step" },
  { GDK_KEY_End, "win.last-step" },
  { GDK_KEY_KP_End, "win.last-step" },
  { GDK_KEY_b, "win.blank-screen" },
  { GDK_KEY_B, "win.blank-screen" },
  { GDK_KEY_period, "win.blank-screen" },
  { GDK_KEY_plus, "win.presentation-larger" },
  { GDK_KEY_equal, "win.presentation-larger" },
  { GDK_KEY_KP_Add, "win.presentation-larger" },
  { GDK_KEY_minus, "win.presentation-smaller" },
  { GDK_KEY_KP_Subtract, "win.presentation-smaller" },
  { GDK_KEY_h, "win.high-contrast" },
  { GDK_KEY_H, "win.high-contrast" },
  { GDK_KEY_Escape, "win.leave-presentation" },
};

void
_mp_window_presentation_init (MpWindow *self)
{
  GtkShortcutController *keys = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  GtkShortcutController *start = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());

  /* F5 and Shift+F5 start presenting wherever the focus is.  (As class
   * key bindings, GTK 4.24 let the focused widget have F5 first, and
   * nothing happened.) */
  gtk_shortcut_controller_add_shortcut (start,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F5, 0),
                                                          gtk_named_action_new ("win.presentation")));
  gtk_shortcut_controller_add_shortcut (start,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F5, GDK_SHIFT_MASK),
                                                          gtk_named_action_new ("win.presentation-resume")));
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (start), GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (start));

  for (guint i = 0; i < G_N_ELEMENTS (presenter_keys); i++)
    gtk_shortcut_controller_add_shortcut (keys,
                                          gtk_shortcut_new (gtk_keyval_trigger_new (presenter_keys[i].keyval, 0),
                                                            gtk_named_action_new (presenter_keys[i].action)));
  /* In the capture phase (active only while presenting): before any
   * widget, GtkWindow's own Space and Enter included, sees the key. */
  self->presentation_keys = GTK_EVENT_CONTROLLER (keys);
  gtk_event_controller_set_propagation_phase (self->presentation_keys, GTK_PHASE_NONE);
  gtk_widget_add_controller (GTK_WIDGET (self), self->presentation_keys);

  g_signal_connect_object (self->settings, "changed::presentation-scale",
                           G_CALLBACK (presentation_settings_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::high-contrast",
                           G_CALLBACK (presentation_settings_changed_cb), self, G_CONNECT_SWAPPED);
  mp_window_enable_presenting (self, FALSE);
}

void
_mp_window_presentation_dispose (MpWindow *self)
{
  /* Before the window goes: the editor's weak pointer is into it. */
  mp_window_close_lesson_editor (self);
  g_clear_object (&self->lesson);
}
