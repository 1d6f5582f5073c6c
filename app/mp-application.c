/* mp-application.c
 *
 * Copyright 2026 The Middle Powers authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <http://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <locale.h>

#include "mp-application.h"
#include "mp-cli.h"
#include "mp-font-preload.h"
#include "mp-format.h"
#include "mp-resources.h"
#include "mp-window.h"

struct _MpApplication
{
  GtkApplication  parent_instance;

  GSettings      *settings;
  GtkCssProvider *css_provider;
  GDBusProxy     *portal_settings;
  gboolean        system_prefers_dark;
  gboolean        benchmark_startup;
  gboolean        opening_files;   /* activated to open files (::open) */
};

G_DEFINE_FINAL_TYPE (MpApplication, mp_application, GTK_TYPE_APPLICATION)

static gint64 process_start_usec;

static const GOptionEntry option_entries[] = {
  { "version", 'v', 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { "dataset", 'd', 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    N_("Load a dataset file on top of the bundled one (repeatable)"), N_("FILE") },
  { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check the dataset files given and print every problem, then exit"), NULL },
  { "list", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the countries, organizations and indicators, then exit"), NULL },
  { "no-bundled", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --validate, --list or --export, do not load the bundled dataset first"), NULL },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Draw a chart into a PNG, SVG, PDF or CSV file, then exit"), N_("FILE") },
  { "chart", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export: aid, contributions, memberships, indicator:ID, cards or handout"), N_("NAME") },
  { "countries", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export: one to eight country ids, like AZ,KZ"), N_("IDS") },
  { "size", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export: the size, like 1600x900, or “slide” (1920x1080 with text large enough to read on a projected slide)"), N_("WxH") },
  { "lesson", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --export: a lesson file, or builtin, as slides (PDF, or one PNG per slide); with --chart handout, its questions on the handout"), N_("FILE") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export and --chart handout: a4 or letter"), N_("PAPER") },
  { "pages", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("With --export and --chart handout: 1 or 2 pages (the lists and sources are never cut; charts that do not fit are left out)"), N_("N") },
  { "student-fields", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export and --chart handout: lines for the student's name, class and date"), NULL },
  { "lang", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The language of names and labels, like ru or kk"), N_("CODE") },
  { "benchmark-startup", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the time from start to the first frame showing the data, then quit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

/* "Publisher (licence)" once per distinct pair, for the About dialog. */
static GStrv
dup_data_credits (MpDataset *dataset)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *sources;

  if (dataset == NULL)
    return g_strv_builder_end (builder);

  sources = mp_dataset_get_sources (dataset);
  for (guint i = 0; i < sources->len; i++)
    {
      const MpSource *source = g_ptr_array_index (sources, i);
      g_autofree char *credit = g_strdup_printf ("%s (%s)", source->publisher, source->licence);

      if (g_hash_table_contains (seen, credit))
        continue;

      g_strv_builder_add (builder, credit);
      g_hash_table_add (seen, g_steal_pointer (&credit));
    }

  return g_strv_builder_end (builder);
}

static void
mp_application_show_about (MpApplication *self)
{
  static const char *developers[] = { "The Middle Powers authors", NULL };
  /* The address stays out of the translatable text (xgettext from 0.23
   * warns about embedded URLs). */
  g_autofree char *flags = g_strdup_printf ("%s https://github.com/lipis/flag-icons",
                                            /* Translators: credit for the flag images in the About dialog */
                                            _("Flags: flag-icons by Panayiotis Lipiridis (MIT)"));
  const char *artwork[] = { flags, NULL };
  const char *about_text = _("Compare middle powers side by side: aid, memberships and indicators, with the source of every figure. The data keep their own licences, listed under Credits.");
  g_autofree char *comments = NULL;
  g_autofree char *as_of = NULL;
  g_auto(GStrv) data = NULL;
  MpDataset *dataset = NULL;
  GtkWindow *window;
  GtkWidget *about;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (MP_IS_WINDOW (window))
    dataset = mp_window_get_dataset (MP_WINDOW (window));
  data = dup_data_credits (dataset);
  if (dataset != NULL)
    as_of = mp_format_data_as_of (dataset);
  if (as_of != NULL)
    comments = g_strdup_printf ("%s\n\n%s", about_text, as_of);
  else
    comments = g_strdup (about_text);

  about = g_object_new (GTK_TYPE_ABOUT_DIALOG,
                        "transient-for", window,
                        "modal", TRUE,
                        "program-name", _("Middle Powers"),
                        "logo-icon-name", APP_ID,
                        "version", PACKAGE_VERSION,
                        "comments", comments,
                        "website", PACKAGE_WEBSITE,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "authors", developers,
                        "copyright", "© 2026 The Middle Powers authors",
                        "translator-credits", _("translator-credits"),
                        "artists", artwork,
                         NULL);
  if (data[0] != NULL)
    /* Translators: heading of the data sources in the About dialog */
    gtk_about_dialog_add_credit_section (GTK_ABOUT_DIALOG (about), _("Data"), (const char **) data);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_activated_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  MpApplication *self = user_data;
  GList *windows;

  /* Close windows first so they save their state. */
  windows = gtk_application_get_windows (GTK_APPLICATION (self));
  while (windows != NULL)
    {
      GList *next = windows->next;

      gtk_window_close (GTK_WINDOW (windows->data));
      windows = next;
    }

  g_application_quit (G_APPLICATION (self));
}

static void
about_activated_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  mp_application_show_about (MP_APPLICATION (user_data));
}

static const GActionEntry app_entries[] = {
  { "quit", quit_activated_cb, NULL, NULL, NULL, { 0 } },
  { "about", about_activated_cb, NULL, NULL, NULL, { 0 } },
};

/* Colour scheme: Light, Dark, or follow the system through the settings
 * portal (org.freedesktop.appearance color-scheme: 1 = prefer dark). */
static void
mp_application_apply_color_scheme (MpApplication *self)
{
  g_autofree char *scheme = g_settings_get_string (mp_application_get_settings (self), "color-scheme");
  gboolean current = FALSE;
  gboolean dark;

  if (g_str_equal (scheme, "dark"))
    dark = TRUE;
  else if (g_str_equal (scheme, "light"))
    dark = FALSE;
  else
    dark = self->system_prefers_dark;

  /* Setting it, even to the same value, reloads the whole theme. */
  g_object_get (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", &current, NULL);
  if (current != dark)
    g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", dark, NULL);
}

static void
mp_application_set_portal_color_scheme (MpApplication *self,
                                        GVariant      *value)
{
  g_autoptr(GVariant) inner = g_variant_ref (value);

  /* Read() wraps the value in one or two variants. */
  while (g_variant_is_of_type (inner, G_VARIANT_TYPE_VARIANT))
    {
      GVariant *unboxed = g_variant_get_variant (inner);

      g_variant_unref (inner);
      inner = unboxed;
    }

  if (!g_variant_is_of_type (inner, G_VARIANT_TYPE_UINT32))
    return;

  self->system_prefers_dark = g_variant_get_uint32 (inner) == 1;
  mp_application_apply_color_scheme (self);
}

static void
portal_setting_changed_cb (GDBusProxy *proxy,
                           const char *sender_name,
                           const char *signal_name,
                           GVariant   *parameters,
                           gpointer    user_data)
{
  const char *namespace;
  const char *key;
  g_autoptr(GVariant) value = NULL;

  if (g_strcmp0 (signal_name, "SettingChanged") != 0 ||
      !g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(ssv)")))
    return;

  g_variant_get (parameters, "(&s&sv)", &namespace, &key, &value);
  if (g_str_equal (namespace, "org.freedesktop.appearance") && g_str_equal (key, "color-scheme"))
    mp_application_set_portal_color_scheme (MP_APPLICATION (user_data), value);
}

static void
portal_read_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(MpApplication) self = user_data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) value = NULL;

  reply = g_dbus_proxy_call_finish (G_DBUS_PROXY (object), result, NULL);
  if (reply == NULL)
    return;

  g_variant_get (reply, "(v)", &value);
  mp_application_set_portal_color_scheme (self, value);
}

static void
portal_proxy_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(MpApplication) self = user_data;

  self->portal_settings = g_dbus_proxy_new_for_bus_finish (result, NULL);
  if (self->portal_settings == NULL)
    return;

  g_signal_connect_object (self->portal_settings, "g-signal",
                           G_CALLBACK (portal_setting_changed_cb), self, 0);
  g_dbus_proxy_call (self->portal_settings, "Read",
                     g_variant_new ("(ss)", "org.freedesktop.appearance", "color-scheme"),
                     G_DBUS_CALL_FLAGS_NONE, 2000, NULL,
                     portal_read_cb, g_object_ref (self));
}

static gboolean
is_c_locale (const char *name)
{
  return name == NULL ||
         g_str_equal (name, "C") || g_str_equal (name, "POSIX") ||
         g_ascii_strcasecmp (name, "C.UTF-8") == 0 || g_ascii_strcasecmp (name, "C.utf8") == 0;
}

/* gettext ignores LANGUAGE in the C locale, and since glibc 2.41
 * (Debian 13) in C.UTF-8 as well: LC_MESSAGES needs a real locale for
 * LANGUAGE to count.  The language's own locale is the natural choice;
 * any installed UTF-8 locale serves, as LANGUAGE picks the catalogue.
 * C.UTF-8 is the last resort (older C libraries honour LANGUAGE there). */
static void
use_messages_locale_for (const char *lang)
{
  static const char *const territories[][2] = {
    { "az", "az_AZ" }, { "kk", "kk_KZ" }, { "ru", "ru_RU" }, { "tr", "tr_TR" }, { "en", "en_US" },
  };
  g_autofree char *first = g_strndup (lang, strcspn (lang, ":_.@"));
  g_autofree char *own = NULL;

  if (!is_c_locale (setlocale (LC_MESSAGES, NULL)))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (territories); i++)
    if (g_str_equal (first, territories[i][0]))
      own = g_strconcat (territories[i][1], ".UTF-8", NULL);

  if ((own == NULL || setlocale (LC_MESSAGES, own) == NULL) &&
      setlocale (LC_MESSAGES, "en_US.UTF-8") == NULL)
    setlocale (LC_MESSAGES, "C.UTF-8");
}

/* Applies a UI language ("ru", "kk", …; "" follows the system) for
 * gettext and for the dataset's translated names. */
void
mp_application_set_language (const char *lang)
{
  if (lang == NULL || *lang == '\0')
    return;

  if (g_strcmp0 (g_getenv ("LANGUAGE"), lang) != 0)
    g_setenv ("LANGUAGE", lang, TRUE);

  use_messages_locale_for (lang);

  /* Setting the text domain again, even to the same one, makes
   * gettext drop what it cached for the previous language. */
  textdomain (textdomain (NULL));
}

/* The language chosen in the menu, applied before any string is
 * translated.  Without the schema (an uninstalled binary run by hand)
 * the system language stays. */
void
mp_application_apply_saved_language (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *lang = NULL;

  if (source == NULL)
    return;

  schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    return;

  settings = g_settings_new (APP_ID);
  lang = g_settings_get_string (settings, "language");
  mp_application_set_language (lang);
}

static void
restart_cb (MpApplication *self)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  const char *argv[] = { exe, NULL };
  g_autoptr(GError) error = NULL;

  if (exe == NULL || !g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &error))
    {
      g_warning ("Cannot restart: %s", error != NULL ? error->message : "no executable");
      return;
    }

  g_action_group_activate_action (G_ACTION_GROUP (self), "quit", NULL);
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
restart_choice_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(MpApplication) self = user_data;

  if (gtk_alert_dialog_choose_finish (GTK_ALERT_DIALOG (object), result, NULL) == 1)
    restart_cb (self);
}
#else
static void
restart_response_cb (GtkDialog     *dialog,
                     int            response,
                     MpApplication *self)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response == GTK_RESPONSE_ACCEPT)
    restart_cb (self);
}
#endif

/* A new language needs a new process: offer to restart now. */
static void
language_changed_cb (MpApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *message = _("Restart Middle Powers to use the new language?");
  const char *detail = _("The window will close and open again with the same countries.");

#if GTK_CHECK_VERSION (4, 10, 0)
  g_autoptr(GtkAlertDialog) dialog = gtk_alert_dialog_new ("%s", message);
  const char *buttons[] = { _("_Later"), _("_Restart"), NULL };

  gtk_alert_dialog_set_detail (dialog, detail);
  gtk_alert_dialog_set_buttons (dialog, buttons);
  gtk_alert_dialog_set_cancel_button (dialog, 0);
  gtk_alert_dialog_set_default_button (dialog, 1);
  gtk_alert_dialog_choose (dialog, window, NULL, restart_choice_cb, g_object_ref (self));
#else
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (window, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s", message);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", detail);
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Later"), GTK_RESPONSE_CANCEL,
                          _("_Restart"), GTK_RESPONSE_ACCEPT, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_signal_connect_object (dialog, "response", G_CALLBACK (restart_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
#endif
}

static int
mp_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  g_autofree char **datasets = NULL;
  g_autofree char **remaining = NULL;
  g_autoptr(GPtrArray) files = NULL;
  const char *export_path = NULL;
  const char *lang = NULL;
  gboolean with_bundled;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  /* The paths stay in @options ("dataset" and G_OPTION_REMAINING, both
   * "^aay"); these are borrowed from it. */
  g_variant_dict_lookup (options, "dataset", "^a&ay", &datasets);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &remaining);
  with_bundled = !g_variant_dict_contains (options, "no-bundled");

  files = g_ptr_array_new ();
  for (guint i = 0; datasets != NULL && datasets[i] != NULL; i++)
    g_ptr_array_add (files, datasets[i]);
  for (guint i = 0; remaining != NULL && remaining[i] != NULL; i++)
    g_ptr_array_add (files, remaining[i]);
  g_ptr_array_add (files, NULL);

  if (g_variant_dict_lookup (options, "lang", "&s", &lang))
    {
      static const char * const languages[] = { "en", "ru", "az", "kk", "tr", NULL };

      if (!g_strv_contains (languages, lang))
        {
          g_printerr (_("Unknown language “%s”: use en, ru, az, kk or tr\n"), lang);
          return 2;
        }
      mp_application_set_language (lang);
    }

  if (!g_variant_dict_contains (options, "export") &&
      (g_variant_dict_contains (options, "chart") || g_variant_dict_contains (options, "countries") ||
       g_variant_dict_contains (options, "size") || g_variant_dict_contains (options, "lesson") ||
       g_variant_dict_contains (options, "paper") || g_variant_dict_contains (options, "pages") ||
       g_variant_dict_contains (options, "student-fields")))
    {
      g_printerr (_("--chart, --countries, --size, --lesson, --paper, --pages and --student-fields go with --export FILE\n"));
      return 2;
    }

  MP_APPLICATION (application)->benchmark_startup = g_variant_dict_contains (options, "benchmark-startup");
  /* A benchmark times its own start: it never hands its files to an
   * instance already running, which would leave it nothing to time
   * (and a test run starts several applications on one session bus). */
  if (MP_APPLICATION (application)->benchmark_startup)
    g_application_set_flags (application, g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);

  /* Commands without a display: GTK is initialised in startup, which
   * these never reach. */
  if (g_variant_dict_lookup (options, "export", "^&ay", &export_path))
    {
      const char *chart = NULL;
      const char *countries = NULL;
      const char *size = NULL;
      const char *lesson = NULL;
      MpCliHandout handout = { 0 };

      g_variant_dict_lookup (options, "chart", "&s", &chart);
      g_variant_dict_lookup (options, "countries", "&s", &countries);
      g_variant_dict_lookup (options, "size", "&s", &size);
      g_variant_dict_lookup (options, "lesson", "^&ay", &lesson);
      g_variant_dict_lookup (options, "paper", "&s", &handout.paper);
      g_variant_dict_lookup (options, "pages", "i", &handout.pages);
      handout.student_fields = g_variant_dict_contains (options, "student-fields");

      /* A lesson's questions on a handout, or the lesson as slides. */
      if (lesson != NULL && g_strcmp0 (chart, "handout") != 0)
        return mp_cli_export_lesson (export_path, lesson, size, (char **) files->pdata, with_bundled);
      handout.lesson = lesson;

      return mp_cli_export (export_path, chart, countries, size, &handout, (char **) files->pdata, with_bundled);
    }

  if (g_variant_dict_contains (options, "validate"))
    return mp_cli_validate ((char **) files->pdata, with_bundled);

  if (g_variant_dict_contains (options, "list"))
    return mp_cli_list ((char **) files->pdata, with_bundled);

  /* The window needs a display: without one GTK would go on and fail
   * in its own words. */
  if (!gtk_init_check ())
    {
      g_printerr (_("Cannot open the display: a graphical session is needed (--export, --validate and --list work without one)\n"));
      return 1;
    }

  /* The window: --dataset files and plain file arguments are opened
   * like files given to "open" (on top of the bundled dataset), in
   * this instance or in the one already running. */
  if (files->len > 1)
    {
      g_autoptr(GPtrArray) gfiles = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GError) error = NULL;

      for (guint i = 0; i + 1 < files->len; i++)
        g_ptr_array_add (gfiles, g_file_new_for_commandline_arg (g_ptr_array_index (files, i)));

      if (!g_application_register (application, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_application_open (application, (GFile **) gfiles->pdata, (int) gfiles->len, "");
    }

  return -1;
}

/* --benchmark-startup: the first frame that counts is the first one
 * painted after the dataset is applied, with the cards and the chart. */
static void
benchmark_after_paint_cb (GdkFrameClock *clock,
                          MpWindow      *window)
{
  g_auto(GStrv) countries = mp_window_get_countries (window);

  g_signal_handlers_disconnect_by_func (clock, benchmark_after_paint_cb, window);
  g_print ("first-frame-ms: %.1f (%u cards, chart %s, %u sources)\n",
           (g_get_monotonic_time () - mp_application_get_process_start ()) / 1000.0,
           g_strv_length (countries), mp_chart_panel_get_chart (mp_window_get_chart_panel (window)),
           mp_window_get_dataset (window) != NULL ? mp_dataset_get_sources (mp_window_get_dataset (window))->len : 0);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static void
benchmark_realize_cb (MpWindow *window)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                           G_CALLBACK (benchmark_after_paint_cb), window, 0);
}

static void
benchmark_load_finished_cb (MpWindow *window,
                            gboolean  success)
{
  /* Files opened at start load after the bundled data: the frame that
   * counts shows them. */
  if (mp_window_is_loading (window))
    return;

  g_signal_handlers_disconnect_by_func (window, benchmark_load_finished_cb, NULL);
  if (!success)
    {
      g_printerr ("%s\n", _("The dataset did not load"));
      g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
      return;
    }

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    benchmark_realize_cb (window);
  else
    g_signal_connect (window, "realize", G_CALLBACK (benchmark_realize_cb), NULL);
}

static void
mp_application_startup (GApplication *application)
{
  MpApplication *self = MP_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  g_autoptr(GAction) color_scheme_action = NULL;
  g_autoptr(GAction) language_action = NULL;

  /* The display is open (handle-local-options opened it, to say so when
   * it cannot; tests that register the application themselves open it
   * here); GTK now loads its theme (a sixth of the time to the first
   * frame): the window's fonts load meanwhile, on a core the main thread
   * leaves idle (mp-font-preload.h). */
  if (gtk_init_check () && g_getenv ("MP_NO_FONT_PRELOAD") == NULL)
    mp_font_preload_start (gdk_display_get_default ());

  G_APPLICATION_CLASS (mp_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_entries,
                                   G_N_ELEMENTS (app_entries),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);

  color_scheme_action = g_settings_create_action (mp_application_get_settings (self), "color-scheme");
  g_action_map_add_action (G_ACTION_MAP (self), color_scheme_action);
  language_action = g_settings_create_action (mp_application_get_settings (self), "language");
  g_action_map_add_action (G_ACTION_MAP (self), language_action);
  g_signal_connect_object (mp_application_get_settings (self), "changed::language",
                           G_CALLBACK (language_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (mp_application_get_settings (self), "changed::color-scheme",
                           G_CALLBACK (mp_application_apply_color_scheme), self, G_CONNECT_SWAPPED);
  mp_application_apply_color_scheme (self);
  g_dbus_proxy_new_for_bus (G_BUS_TYPE_SESSION,
                            G_DBUS_PROXY_FLAGS_DO_NOT_AUTO_START_AT_CONSTRUCTION,
                            NULL,
                            "org.freedesktop.portal.Desktop",
                            "/org/freedesktop/portal/desktop",
                            "org.freedesktop.portal.Settings",
                            NULL, portal_proxy_cb, g_object_ref (self));

  self->css_provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (self->css_provider, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (self->css_provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
mp_application_activate (GApplication *application)
{
  MpApplication *self = MP_APPLICATION (application);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    {
      window = GTK_WINDOW (mp_window_new (GTK_APPLICATION (self)));
      /* The bundled dataset alone is applied before the window shows, so
       * its very first frame has the cards and the chart; files given on
       * the command line (opened right after this) load in a worker
       * thread, and count from when they are shown. */
      if (self->benchmark_startup && mp_window_get_dataset (MP_WINDOW (window)) != NULL &&
          !mp_window_is_loading (MP_WINDOW (window)) && !self->opening_files)
        g_signal_connect (window, "realize", G_CALLBACK (benchmark_realize_cb), NULL);
      else if (self->benchmark_startup)
        g_signal_connect (window, "load-finished", G_CALLBACK (benchmark_load_finished_cb), NULL);
    }

  gtk_window_present (window);
}

static void
mp_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  MpApplication *self = MP_APPLICATION (application);
  MpWindow *window;

  self->opening_files = TRUE;
  g_application_activate (application);
  self->opening_files = FALSE;
  window = MP_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (application)));
  mp_window_open_files (window, files, n_files);
}

static void
mp_application_dispose (GObject *object)
{
  MpApplication *self = MP_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->css_provider);
  g_clear_object (&self->portal_settings);

  G_OBJECT_CLASS (mp_application_parent_class)->dispose (object);
}

static void
mp_application_class_init (MpApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = mp_application_dispose;

  app_class->handle_local_options = mp_application_handle_local_options;
  app_class->startup = mp_application_startup;
  app_class->activate = mp_application_activate;
  app_class->open = mp_application_open;
}

static void
mp_application_init (MpApplication *self)
{
  /* Referencing the resource keeps the linker from dropping it from the
   * static library (it registers itself in a constructor). */
  g_assert (mp_get_resource () != NULL);

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Compare middle powers side by side."));
}

MpApplication *
mp_application_new (void)
{
  return g_object_new (MP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

/**
 * mp_application_get_settings:
 *
 * Returns: (transfer none): the app's GSettings, created on first use
 */
GSettings *
mp_application_get_settings (MpApplication *self)
{
  g_return_val_if_fail (MP_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    self->settings = g_settings_new (APP_ID);

  return self->settings;
}

void
mp_application_mark_process_start (void)
{
  if (process_start_usec == 0)
    process_start_usec = g_get_monotonic_time ();
}

gint64
mp_application_get_process_start (void)
{
  return process_start_usec;
}
