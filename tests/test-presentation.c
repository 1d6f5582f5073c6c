/* test-presentation.c
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <gtk/gtk.h>
#include <string.h>

#include "mp-application.h"
#include "mp-slide-view.h"
#include "mp-test-app.h"
#include "mp-test-init.h"
#include "mp-test-widgets.h"
#include "mp-window.h"

/* Presentation as a teacher gives it, with a clicker (Page Down and Page
 * Up) and the keys of presentation programs, pressed for real: xdotool
 * types them into the window on the X server, as a keyboard would,
 * wherever the focus was before. */

static MpApplication *shared_app;

typedef struct
{
  MpWindow *window;
  guint     loads;
} Fixture;

static void
load_finished_cb (MpWindow *window,
                  gboolean  ok,
                  Fixture  *fixture)
{
  fixture->loads++;
}

static void
iterate (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_settings_reset (mp_application_get_settings (shared_app), "presentation-scale");
  g_settings_reset (mp_application_get_settings (shared_app), "high-contrast");
  fixture->window = mp_window_new (GTK_APPLICATION (shared_app));
  g_signal_connect (fixture->window, "load-finished", G_CALLBACK (load_finished_cb), fixture);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1024, 768);
  gtk_window_present (GTK_WINDOW (fixture->window));
  while (fixture->loads < 1 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (fixture->loads, ==, 1);
  iterate (200);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  iterate (50);
}

static void
xdotool_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  gboolean *done = user_data;

  g_subprocess_wait_finish (G_SUBPROCESS (object), result, NULL);
  *done = TRUE;
}

/* Presses @keys (xdotool's names) in the window, one after the other. */
static void
press (Fixture    *fixture,
       const char *keys)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (fixture->window));
  g_autofree char *xid = NULL;
  g_auto(GStrv) names = g_strsplit (keys, " ", -1);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  gboolean done = FALSE;

  g_assert_true (GDK_IS_X11_SURFACE (surface));
  xid = g_strdup_printf ("%lu", (unsigned long) gdk_x11_surface_get_xid (surface));
  g_ptr_array_add (argv, (char *) "xdotool");
  g_ptr_array_add (argv, (char *) "windowfocus");
  g_ptr_array_add (argv, (char *) "--sync");
  g_ptr_array_add (argv, xid);
  g_ptr_array_add (argv, (char *) "key");
  g_ptr_array_add (argv, (char *) "--delay");
  g_ptr_array_add (argv, (char *) "60");
  for (guint i = 0; names[i] != NULL; i++)
    g_ptr_array_add (argv, names[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata, G_SUBPROCESS_FLAGS_NONE, &error);
  g_assert_no_error (error);
  /* The window handles each key as it comes. */
  g_subprocess_wait_async (process, NULL, xdotool_done_cb, &done);
  while (!done)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_true (g_subprocess_get_successful (process));
  iterate (150);
}

static MpSlideView *
slide_view (Fixture *fixture)
{
  GtkWidget *view = mp_test_find_widget_of_type (GTK_WIDGET (fixture->window), MP_TYPE_SLIDE_VIEW);

  g_assert_nonnull (view);
  return MP_SLIDE_VIEW (view);
}

static guint
slide (Fixture *fixture)
{
  return mp_slide_view_get_index (slide_view (fixture));
}

/* A widget on screen that could take the keyboard from the slides. */
static gboolean
takes_focus (GtkWidget     *widget,
             gconstpointer  data)
{
  return !GTK_IS_WINDOW (widget) && gtk_widget_get_mapped (widget) &&
         gtk_widget_get_focusable (widget) && gtk_widget_is_sensitive (widget);
}

/* Whether a shortcut of the window's own sends @keyval with @modifiers
 * to @action. */
static gboolean
window_has_shortcut (Fixture         *fixture,
                     guint            keyval,
                     GdkModifierType  modifiers,
                     const char      *action)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *named = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) && GTK_IS_NAMED_ACTION (named) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers &&
              g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (named)), action) == 0)
            return TRUE;
        }
    }

  return FALSE;
}

/* F5 and Shift+F5 start presenting.  The keys themselves are checked in
 * the window's shortcuts, and pressed through their actions: on some X
 * keymaps (Debian unstable's) xdotool can only type F5 with Alt held. */
static void
start_presenting (Fixture    *fixture,
                  const char *action)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, NULL);
  iterate (150);
}

static void
test_clicker_steps_through (Fixture       *fixture,
                            gconstpointer  data)
{
  GSettings *settings = mp_application_get_settings (shared_app);
  guint n;

  /* The teacher was using a card's country picker. */
  g_assert_nonnull (gtk_root_get_focus (GTK_ROOT (fixture->window)));

  g_assert_true (window_has_shortcut (fixture, GDK_KEY_F5, 0, "win.presentation"));
  g_assert_true (window_has_shortcut (fixture, GDK_KEY_F5, GDK_SHIFT_MASK, "win.presentation-resume"));
  start_presenting (fixture, "win.presentation");
  g_assert_true (mp_window_is_presenting (fixture->window));
  g_assert_cmpuint (slide (fixture), ==, 0);
  n = mp_slide_view_get_n_slides (slide_view (fixture));
  g_assert_cmpuint (n, ==, 8);   /* seven steps, then "End of lesson" */
  /* Only content: nothing on screen can take a key from the slides. */
  g_assert_null (mp_test_find_widget (GTK_WIDGET (fixture->window), takes_focus, NULL));

  /* Every key of a clicker or a keyboard advances, one slide each. */
  press (fixture, "Page_Down");
  g_assert_cmpuint (slide (fixture), ==, 1);
  press (fixture, "space");
  g_assert_cmpuint (slide (fixture), ==, 2);
  press (fixture, "Right");
  g_assert_cmpuint (slide (fixture), ==, 3);
  press (fixture, "Return");
  g_assert_cmpuint (slide (fixture), ==, 4);
  press (fixture, "Down");
  g_assert_cmpuint (slide (fixture), ==, 5);
  press (fixture, "Page_Up");
  g_assert_cmpuint (slide (fixture), ==, 4);
  press (fixture, "BackSpace Left");
  g_assert_cmpuint (slide (fixture), ==, 2);
  press (fixture, "Up");
  g_assert_cmpuint (slide (fixture), ==, 1);
  press (fixture, "End");
  g_assert_cmpuint (slide (fixture), ==, n - 2);
  press (fixture, "Home");
  g_assert_cmpuint (slide (fixture), ==, 0);

  /* Eight presses on a clicker: to the end of the lesson, which stays. */
  press (fixture, "Page_Down Page_Down Page_Down Page_Down Page_Down Page_Down Page_Down Page_Down");
  g_assert_cmpuint (slide (fixture), ==, n - 1);

  /* B and . black the screen out and back; a clicker's key brings the
   * slide back without moving on. */
  press (fixture, "b");
  g_assert_true (mp_slide_view_get_blank (slide_view (fixture)));
  press (fixture, "Page_Up");
  g_assert_false (mp_slide_view_get_blank (slide_view (fixture)));
  g_assert_cmpuint (slide (fixture), ==, n - 1);
  press (fixture, "period");
  g_assert_true (mp_slide_view_get_blank (slide_view (fixture)));
  press (fixture, "period");
  g_assert_false (mp_slide_view_get_blank (slide_view (fixture)));

  /* The presenter's size and contrast, live and remembered. */
  press (fixture, "plus");
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "presentation-scale"), 1.75, 1e-9);
  press (fixture, "minus minus");
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "presentation-scale"), 1.25, 1e-9);
  press (fixture, "h");
  g_assert_true (g_settings_get_boolean (settings, "high-contrast"));
  press (fixture, "h");
  g_assert_false (g_settings_get_boolean (settings, "high-contrast"));

  press (fixture, "Escape");
  g_assert_false (mp_window_is_presenting (fixture->window));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (slide_view (fixture))));

  /* Out of a presentation the keys are the window's again. */
  press (fixture, "Home Page_Down");
  g_assert_cmpuint (slide (fixture), ==, n - 1);

  /* Shift+F5 resumes where the lesson was left (its last step, when it
   * was left at its end); F5 starts it again. */
  start_presenting (fixture, "win.presentation-resume");
  g_assert_true (mp_window_is_presenting (fixture->window));
  g_assert_cmpuint (slide (fixture), ==, n - 2);
  press (fixture, "Escape");
  start_presenting (fixture, "win.presentation");
  g_assert_cmpuint (slide (fixture), ==, 0);
  press (fixture, "Escape");
}

/* The slides are drawn for the window's size: on a 1024x768 projector
 * the chart keeps half of the height and the text is large. */
static void
test_slides_fill_the_screen (Fixture       *fixture,
                             gconstpointer  data)
{
  const MpSlideLayout *layout;
  int height;

  start_presenting (fixture, "win.presentation");
  press (fixture, "Page_Down");
  g_assert_cmpuint (slide (fixture), ==, 1);
  iterate (200);
  height = gtk_widget_get_height (GTK_WIDGET (slide_view (fixture)));
  layout = mp_slide_view_get_layout (slide_view (fixture));
  g_assert_cmpint (height, >=, 700);
  g_assert_cmpfloat (layout->plot_bottom - layout->plot_top, >=, MP_SLIDE_PLOT_SHARE * height);
  g_assert_cmpfloat (layout->plot_bottom, <=, height);
  g_assert_cmpfloat (layout->text_px, >=, height / 72.0);
  press (fixture, "Escape");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  mp_test_gtk_init (&argc, &argv);

  shared_app = mp_test_application_new ();

  g_test_add ("/presentation/clicker-steps-through", Fixture, NULL, fixture_set_up,
              test_clicker_steps_through, fixture_tear_down);
  g_test_add ("/presentation/slides-fill-the-screen", Fixture, NULL, fixture_set_up,
              test_slides_fill_the_screen, fixture_tear_down);

  ret = g_test_run ();

  g_clear_pointer (&shared_app, mp_test_application_free);

  return ret;
}
