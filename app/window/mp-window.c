/* mp-window.c
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

#include <glib/gi18n.h>
#include <math.h>

#include "mp-cards-box.h"
#include "mp-chart-panel.h"
#include "mp-country-card.h"
#include "mp-citation.h"
#include "mp-dataset-loader.h"
#include "mp-export.h"
#include "mp-font-preload.h"
#include "mp-lesson.h"
#include "mp-presets.h"
#include "mp-source-popover.h"
#include "mp-window.h"
#include "mp-text-context.h"
#include "mp-tooltip.h"
#include "mp-wrap-label.h"

#define MAX_CARDS 4
#define RELOAD_DELAY_MS 250
#define TOAST_TIMEOUT_S 5

struct _MpWindow
{
  GtkApplicationWindow  parent_instance;

  GSettings            *settings;
  MpDataset            *dataset;
  GPtrArray            *files;          /* GFile*: user datasets on top of the bundled one */
  GPtrArray            *monitors;       /* GFileMonitor* */
  GPtrArray            *problems;       /* MpProblem* of the last failed load */
  GCancellable         *cancellable;
  guint                 reload_source;
  guint                 pulse_source;
  guint                 toast_source;
  guint                 finished_source;
  guint                 loading : 1;
  guint                 presenting : 1;

  MpLesson             *lesson;
  guint                 step;
  GStrv                 saved_countries;  /* the user's view before presenting */
  char                 *saved_chart;
  GtkCssProvider       *presentation_css;
  double                presentation_scale;  /* the one applied */
  guint                 scale_source;

  GtkWidget            *open_button;
  GtkWidget            *add_card_button;
  GtkMenuButton        *menu_button;
  GMenuModel           *primary_menu;  /* loaded on first use */
  MpCardsBox           *cards_box;
  GtkBox               *chart_slot;
  MpChartPanel         *chart_panel;
  GtkWidget            *chart_popover;
  GtkWidget            *shortcuts_window;
  GtkRevealer          *problems_revealer;
  GtkLabel             *problems_title;  /* built with the panel, on first use */
  GtkListBox           *problems_list;
  GtkProgressBar       *progress_bar;    /* built on the first load from files */
  GtkRevealer          *toast_revealer;
  GtkLabel             *toast_label;     /* built with the first message */
  GtkWidget            *caption_box;
  GtkLabel             *caption_label;   /* built on first presentation */
  GtkLabel             *step_label;
  GtkWidget            *sources_view;
  GtkListBox           *sources_list;    /* built when first shown */
};

G_DEFINE_FINAL_TYPE (MpWindow, mp_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  DATASET_CHANGED,
  LOAD_FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void mp_window_load (MpWindow  *self,
                            GPtrArray *files,
                            char      *success_message);

static void
mp_window_save_state (MpWindow *self)
{
  int width = 0;
  int height = 0;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static void
mp_window_restore_state (MpWindow *self)
{
  int width = 0;
  int height = 0;

  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), MAX (width, 360), MAX (height, 360));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

/* Cards ------------------------------------------------------------------ */

static MpCountryCard *
mp_window_get_card (MpWindow *self,
                    guint     index)
{
  GtkWidget *child = mp_cards_box_get_card (self->cards_box, index);

  return child != NULL ? MP_COUNTRY_CARD (child) : NULL;
}

static guint
mp_window_get_n_cards (MpWindow *self)
{
  return mp_cards_box_get_n_cards (self->cards_box);
}

static GStrv
mp_window_dup_countries (MpWindow *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  MpCountryCard *card;

  for (guint i = 0; (card = mp_window_get_card (self, i)) != NULL; i++)
    if (mp_country_card_get_country (card) != NULL)
      g_strv_builder_add (builder, mp_country_card_get_country (card));

  return g_strv_builder_end (builder);
}

static void
mp_window_countries_changed (MpWindow *self)
{
  g_auto(GStrv) countries = mp_window_dup_countries (self);
  guint n_cards = mp_window_get_n_cards (self);
  MpCountryCard *card;

  g_settings_set_strv (self->settings, "countries", (const char * const *) countries);
  if (countries[0] != NULL)
    mp_chart_panel_set_countries (self->chart_panel, (const char * const *) countries);

  for (guint i = 0; (card = mp_window_get_card (self, i)) != NULL; i++)
    {
      mp_country_card_set_removable (card, n_cards > 1);
      mp_country_card_set_index (card, i);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-card", n_cards < MAX_CARDS);
}

static void
card_country_changed_cb (MpWindow *self)
{
  mp_window_countries_changed (self);
}

static void
card_remove_requested_cb (MpWindow      *self,
                          MpCountryCard *card)
{
  if (mp_window_get_n_cards (self) <= 1)
    return;

  mp_cards_box_remove (self->cards_box, GTK_WIDGET (card));
  mp_window_countries_changed (self);
}

static MpCountryCard *
mp_window_append_card (MpWindow   *self,
                       const char *country_id)
{
  GtkWidget *card = mp_country_card_new ();

  mp_country_card_set_dataset (MP_COUNTRY_CARD (card), self->dataset);
  mp_country_card_set_country (MP_COUNTRY_CARD (card), country_id);
  g_signal_connect_object (card, "notify::country", G_CALLBACK (card_country_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (card, "remove-requested", G_CALLBACK (card_remove_requested_cb),
                           self, G_CONNECT_SWAPPED);
  mp_cards_box_append (self->cards_box, card);

  return MP_COUNTRY_CARD (card);
}

/* Shows @countries (ids that the dataset knows), two to four cards. */
static void
mp_window_set_countries (MpWindow           *self,
                         const char * const *countries)
{
  GtkWidget *child;
  guint n = 0;

  while ((child = mp_cards_box_get_card (self->cards_box, 0)) != NULL)
    mp_cards_box_remove (self->cards_box, child);

  for (guint i = 0; countries != NULL && countries[i] != NULL && n < MAX_CARDS; i++)
    {
      if (self->dataset != NULL && mp_dataset_lookup_country (self->dataset, countries[i]) == NULL)
        continue;

      mp_window_append_card (self, countries[i]);
      n++;
    }

  /* Nothing known: fall back to the first countries of the dataset. */
  if (n == 0 && self->dataset != NULL)
    {
      GPtrArray *all = mp_dataset_get_countries (self->dataset);

      for (guint i = 0; i < all->len && n < 2; i++, n++)
        mp_window_append_card (self, ((const MpCountry *) g_ptr_array_index (all, i))->id);
    }

  mp_window_countries_changed (self);
}

static void
mp_window_apply_dataset (MpWindow  *self,
                         MpDataset *dataset)
{
  g_auto(GStrv) countries = NULL;
  MpCountryCard *card;

  g_set_object (&self->dataset, dataset);
  mp_chart_panel_set_dataset (self->chart_panel, dataset);

  countries = mp_window_get_n_cards (self) > 0
            ? mp_window_dup_countries (self)
            : g_settings_get_strv (self->settings, "countries");

  /* Cards keep their countries when the new data still has them. */
  if (mp_window_get_n_cards (self) > 0)
    {
      for (guint i = 0; (card = mp_window_get_card (self, i)) != NULL; i++)
        mp_country_card_set_dataset (card, dataset);
    }

  mp_window_set_countries (self, (const char * const *) countries);

  g_signal_emit (self, signals[DATASET_CHANGED], 0);
}

/* Messages ------------------------------------------------------------------ */

/* A closed revealer is hidden as well, so that neither it nor its
 * children are styled and measured for every frame (GtkRevealer measures
 * its child even when closed).  It is shown again before it opens. */
static void
reveal (GtkRevealer *revealer,
        gboolean     reveal_child)
{
  if (reveal_child)
    gtk_widget_set_visible (GTK_WIDGET (revealer), TRUE);
  gtk_revealer_set_reveal_child (revealer, reveal_child);
}

static void
revealer_child_revealed_cb (GtkRevealer *revealer)
{
  if (!gtk_revealer_get_reveal_child (revealer) &&
      !gtk_revealer_get_child_revealed (revealer))
    gtk_widget_set_visible (GTK_WIDGET (revealer), FALSE);
}

static gboolean
toast_timeout_cb (gpointer user_data)
{
  MpWindow *self = user_data;

  reveal (self->toast_revealer, FALSE);
  self->toast_source = 0;

  return G_SOURCE_REMOVE;
}

static void
mp_window_show_toast (MpWindow   *self,
                      const char *message)
{
  if (self->toast_label == NULL)
    {
      self->toast_label = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_wrap (self->toast_label, TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->toast_label), "app-notification");
      gtk_widget_add_css_class (GTK_WIDGET (self->toast_label), "toast");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->toast_label),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Message"), -1);
      gtk_revealer_set_child (self->toast_revealer, GTK_WIDGET (self->toast_label));
    }
  gtk_label_set_label (self->toast_label, message);
  reveal (self->toast_revealer, TRUE);
  g_clear_handle_id (&self->toast_source, g_source_remove);
  self->toast_source = g_timeout_add_seconds (TOAST_TIMEOUT_S, toast_timeout_cb, self);
}

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
dismiss_problems_cb (MpWindow *self);

/* A dataset can have any number of problems (one per bad row of a big
 * file): the panel lists the first ones, says how many more there are,
 * and copies them all.  Building a label for each of 100,000 took the
 * window minutes. */
#define MAX_SHOWN_PROBLEMS 100

/* The problems panel is built the first time a dataset has problems
 * (ui/mp-problems-panel.ui): hidden widgets cost the first frame too. */
static void
mp_window_ensure_problems_panel (MpWindow *self)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GtkBuilderScope) scope = NULL;
  g_autoptr(GError) error = NULL;

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
  self->problems_list = GTK_LIST_BOX (gtk_builder_get_object (builder, "problems_list"));
  gtk_revealer_set_child (self->problems_revealer, GTK_WIDGET (gtk_builder_get_object (builder, "problems_panel")));
}

static void
mp_window_show_problems (MpWindow  *self,
                         GPtrArray *problems,
                         guint      n_errors)
{
  GtkWidget *row;
  g_autofree char *title = NULL;

  mp_window_ensure_problems_panel (self);
  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->problems_list))) != NULL)
    gtk_list_box_remove (self->problems_list, row);

  g_clear_pointer (&self->problems, g_ptr_array_unref);
  self->problems = g_ptr_array_ref (problems);

  for (guint i = 0; i < MIN (problems->len, MAX_SHOWN_PROBLEMS); i++)
    {
      const MpProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *text = mp_problem_to_string (problem);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, problem->severity == MP_PROBLEM_ERROR ? "error" : "warning");
      gtk_widget_add_css_class (label, "problem");
      gtk_list_box_append (self->problems_list, label);
    }
  if (problems->len > MAX_SHOWN_PROBLEMS)
    {
      guint rest = problems->len - MAX_SHOWN_PROBLEMS;
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            /* Translators: the last line of the problems list */
                                                            "… and %u more problem: Copy All lists every one.",
                                                            "… and %u more problems: Copy All lists every one.",
                                                            rest),
                                               rest);
      GtkWidget *label = gtk_label_new (more);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_list_box_append (self->problems_list, label);
    }

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "The dataset has %u problem. The data shown before is kept.",
                                        "The dataset has %u problems. The data shown before is kept.",
                                        n_errors),
                           n_errors);
  gtk_label_set_label (self->problems_title, title);
  reveal (self->problems_revealer, TRUE);
}

static void
mp_window_hide_problems (MpWindow *self)
{
  reveal (self->problems_revealer, FALSE);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
}

static void
dismiss_problems_cb (MpWindow *self)
{
  mp_window_hide_problems (self);
}

/* Loading ------------------------------------------------------------------ */

static gboolean
pulse_cb (gpointer user_data)
{
  MpWindow *self = user_data;

  gtk_progress_bar_pulse (self->progress_bar);

  return G_SOURCE_CONTINUE;
}

static void
mp_window_set_loading (MpWindow *self,
                       gboolean  loading)
{
  self->loading = !!loading;
  if (loading && self->progress_bar == NULL)
    {
      /* Above the caption, the problems and the content. */
      self->progress_bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Loading dataset"), -1);
      gtk_box_prepend (GTK_BOX (gtk_widget_get_parent (self->caption_box)), GTK_WIDGET (self->progress_bar));
    }
  if (self->progress_bar != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), loading);
  g_clear_handle_id (&self->pulse_source, g_source_remove);
  if (loading)
    self->pulse_source = g_timeout_add (100, pulse_cb, self);
}

static void file_changed_cb (MpWindow          *self,
                             GFile             *file,
                             GFile             *other,
                             GFileMonitorEvent  event);

/* Watches @files: the shown ones, or after a failed load the requested
 * ones, so that saving a fix reloads them. */
static void
mp_window_watch_files (MpWindow  *self,
                       GPtrArray *files)
{
  for (guint i = 0; i < self->monitors->len; i++)
    g_file_monitor_cancel (g_ptr_array_index (self->monitors, i));
  g_ptr_array_set_size (self->monitors, 0);

  for (guint i = 0; i < files->len; i++)
    {
      GFile *file = g_ptr_array_index (files, i);
      g_autoptr(GFileMonitor) monitor = NULL;

      monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
      if (monitor == NULL)
        continue;

      g_object_set_data_full (G_OBJECT (monitor), "mp-file", g_object_ref (file), g_object_unref);
      g_file_monitor_set_rate_limit (monitor, RELOAD_DELAY_MS);
      g_signal_connect_object (monitor, "changed", G_CALLBACK (file_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_ptr_array_add (self->monitors, g_steal_pointer (&monitor));
    }
}

typedef struct
{
  MpWindow  *self;
  GPtrArray *files;
  char      *success_message;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->self);
  g_clear_pointer (&data->files, g_ptr_array_unref);
  g_clear_pointer (&data->success_message, g_free);
  g_free (data);
}

/* Shows the result of a load: the new data, or the problems with the
 * data shown before kept. */
static void
mp_window_finish_load (MpWindow        *self,
                       MpDatasetLoader *loader,
                       MpDataset       *dataset,
                       LoadData        *data)
{
  mp_window_set_loading (self, FALSE);

  if (dataset != NULL)
    {
      g_ptr_array_unref (self->files);
      self->files = g_ptr_array_ref (data->files);
      mp_window_apply_dataset (self, dataset);
      mp_window_hide_problems (self);
      if (data->success_message != NULL)
        mp_window_show_toast (self, data->success_message);
    }
  else
    {
      mp_window_show_problems (self,
                               mp_dataset_loader_get_problems (loader),
                               mp_dataset_loader_get_n_errors (loader));
    }

  mp_window_watch_files (self, data->files);
}

static void
load_ready_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  MpDatasetLoader *loader = MP_DATASET_LOADER (object);
  LoadData *data = user_data;
  MpWindow *self = data->self;
  g_autoptr(MpDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = mp_dataset_loader_load_finish (loader, result, &error);

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      mp_window_finish_load (self, loader, dataset, data);
      g_signal_emit (self, signals[LOAD_FINISHED], 0, dataset != NULL);
    }

  load_data_free (data);
}

static gboolean
emit_load_finished_cb (gpointer user_data)
{
  MpWindow *self = user_data;

  self->finished_source = 0;
  g_signal_emit (self, signals[LOAD_FINISHED], 0, self->dataset != NULL);

  return G_SOURCE_REMOVE;
}

/* Loads the bundled dataset with @files on top.  The shown data changes
 * only when everything validates.  User files are parsed in a worker
 * thread; the bundled dataset alone comes from its pre-parsed cache in
 * about a millisecond, so it is read at once and the very first frame
 * shows the cards ("load-finished" still comes from the main loop, before
 * that frame is painted). */
static void
mp_window_load (MpWindow  *self,
                GPtrArray *files,
                char      *success_message)
{
  g_autoptr(MpDatasetLoader) loader = mp_dataset_loader_new ();
  LoadData *data;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  data = g_new0 (LoadData, 1);
  data->self = g_object_ref (self);
  data->files = g_ptr_array_ref (files);
  data->success_message = success_message;

  if (files->len == 0)
    {
      g_autoptr(MpDatasetLoader) preloader = NULL;
      /* The first window takes the bundled dataset main() had loaded on
       * a worker thread while GTK started (the cache makes it small, so
       * any later load is synchronous too). */
      g_autoptr(MpDataset) dataset = mp_dataset_loader_take_preloaded_bundled (&preloader);

      if (dataset != NULL)
        g_set_object (&loader, preloader);
      else
        {
          mp_dataset_loader_add_bundled (loader);
          dataset = mp_dataset_loader_load (loader, NULL);
        }

      mp_window_finish_load (self, loader, dataset, data);
      load_data_free (data);
      g_clear_handle_id (&self->finished_source, g_source_remove);
      self->finished_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, emit_load_finished_cb, self, NULL);
      return;
    }

  mp_dataset_loader_add_bundled (loader);
  for (guint i = 0; i < files->len; i++)
    mp_dataset_loader_add_file (loader, g_ptr_array_index (files, i));

  mp_window_set_loading (self, TRUE);
  mp_dataset_loader_load_async (loader, self->cancellable, load_ready_cb, data);
}

static gboolean
reload_cb (gpointer user_data)
{
  MpWindow *self = user_data;
  g_autoptr(GPtrArray) files = NULL;

  self->reload_source = 0;

  /* Reload what is watched: the shown files, or the failed request. */
  files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->monitors->len; i++)
    {
      GFile *file = g_object_get_data (G_OBJECT (g_ptr_array_index (self->monitors, i)), "mp-file");

      g_ptr_array_add (files, g_object_ref (file));
    }

  mp_window_load (self, files, g_strdup (_("Dataset reloaded")));

  return G_SOURCE_REMOVE;
}

static void
file_changed_cb (MpWindow          *self,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_RENAMED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
      g_clear_handle_id (&self->reload_source, g_source_remove);
      self->reload_source = g_timeout_add (RELOAD_DELAY_MS, reload_cb, self);
      break;

    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    default:
      break;
    }
}

/* Public entry for opening files (file chooser, drag and drop, command line). */
void
mp_window_open_files (MpWindow  *self,
                      GFile    **files,
                      guint      n_files)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GString) names = g_string_new (NULL);

  g_return_if_fail (MP_IS_WINDOW (self));

  all = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->files->len; i++)
    {
      GFile *existing = g_ptr_array_index (self->files, i);
      gboolean replaced = FALSE;

      for (guint j = 0; j < n_files; j++)
        replaced |= g_file_equal (existing, files[j]);
      if (!replaced)
        g_ptr_array_add (all, g_object_ref (existing));
    }

  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *basename = g_file_get_basename (files[i]);

      g_ptr_array_add (all, g_object_ref (files[i]));
      g_string_append_printf (names, "%s%s", names->len ? ", " : "", basename);
    }

  /* Translators: %s is a list of file names */
  mp_window_load (self, all, g_strdup_printf (_("Added %s"), names->str));
}

/* Actions ------------------------------------------------------------------ */

static void
add_card_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);
  g_auto(GStrv) shown = mp_window_dup_countries (self);
  GPtrArray *countries;
  MpCountryCard *card;

  if (self->dataset == NULL || mp_window_get_n_cards (self) >= MAX_CARDS)
    return;

  countries = mp_dataset_get_countries (self->dataset);
  for (guint i = 0; i < countries->len; i++)
    {
      const MpCountry *country = g_ptr_array_index (countries, i);

      if (!g_strv_contains ((const char * const *) shown, country->id))
        {
          card = mp_window_append_card (self, country->id);
          mp_window_countries_changed (self);
          mp_country_card_focus_picker (card);
          return;
        }
    }
}

static void
focus_card_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);
  MpCountryCard *card = mp_window_get_card (self, g_variant_get_int32 (parameter));

  if (card != NULL)
    mp_country_card_focus_picker (card);
}

static void
preset_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);
  g_auto(GStrv) countries = NULL;

  if (self->dataset == NULL)
    return;

  countries = mp_presets_get_countries (self->dataset, g_variant_get_string (parameter, NULL));
  if (countries == NULL || countries[0] == NULL)
    {
      mp_window_show_toast (self, _("The dataset has no countries for this preset"));
      return;
    }

  mp_window_set_countries (self, (const char * const *) countries);
}

/* Built on first use: GtkApplication would build a "gtk/help-overlay.ui"
 * for every window at start-up. */
static void
show_shortcuts_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);

  if (self->shortcuts_window == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/mp-shortcuts-window.ui");

      self->shortcuts_window = GTK_WIDGET (gtk_builder_get_object (builder, "shortcuts_window"));
      gtk_window_set_transient_for (GTK_WINDOW (self->shortcuts_window), GTK_WINDOW (self));
      gtk_window_set_hide_on_close (GTK_WINDOW (self->shortcuts_window), TRUE);
    }

  gtk_window_present (GTK_WINDOW (self->shortcuts_window));
}

static void
show_chart_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);

  mp_chart_panel_set_chart (self->chart_panel, g_variant_get_string (parameter, NULL));
  gtk_widget_grab_focus (GTK_WIDGET (mp_chart_panel_get_view (self->chart_panel)));
}

static void
chart_source_activated_cb (MpWindow     *self,
                           const char   *source_id,
                           MpChartPanel *panel)
{
  const MpSource *source = NULL;

  if (self->dataset != NULL && source_id != NULL)
    source = mp_dataset_lookup_source (self->dataset, source_id);
  if (source == NULL)
    return;

  /* Built on first use. */
  if (self->chart_popover == NULL)
    {
      self->chart_popover = mp_source_popover_new ();
      gtk_widget_set_parent (self->chart_popover, GTK_WIDGET (self->chart_panel));
    }
  mp_source_popover_set_source (MP_SOURCE_POPOVER (self->chart_popover), source, NULL, MP_VALUE_FINAL);
  gtk_popover_popup (GTK_POPOVER (self->chart_popover));
}

static void
reset_cb (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);
  g_autoptr(GPtrArray) none = g_ptr_array_new_with_free_func (g_object_unref);

  mp_window_load (self, none, g_strdup (_("Showing the bundled dataset")));
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
open_dialog_ready_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(MpWindow) self = user_data;
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

  files = gtk_file_dialog_open_multiple_finish (GTK_FILE_DIALOG (object), result, NULL);
  if (files == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    g_ptr_array_add (array, g_list_model_get_item (files, i));

  mp_window_open_files (self, (GFile **) array->pdata, array->len);
}
#else
static void
native_response_cb (GtkNativeDialog *native,
                    int              response,
                    MpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));
      g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));

      mp_window_open_files (self, (GFile **) array->pdata, array->len);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}
#endif

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
  MpWindow *self = MP_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = json_filter_new ();

#if GTK_CHECK_VERSION (4, 10, 0)
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  g_list_store_append (filters, filter);
  gtk_file_dialog_set_title (dialog, _("Open Dataset"));
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_open_multiple (dialog, GTK_WINDOW (self), NULL, open_dialog_ready_cb, g_object_ref (self));
#else
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Open Dataset"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_signal_connect (native, "response", G_CALLBACK (native_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
#endif
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
      mp_window_show_toast (self, _("Only .json dataset files can be opened"));
      return FALSE;
    }

  mp_window_open_files (self, (GFile **) files->pdata, files->len);

  return TRUE;
}


/* Export and print ----------------------------------------------------------- */

typedef struct
{
  MpWindow *self;
  char     *what;   /* "chart", "table", "cards", "handout" */
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_object (&data->self);
  g_free (data->what);
  g_free (data);
}

static void
mp_window_export_to (MpWindow   *self,
                     const char *what,
                     GFile      *file)
{
  g_auto(GStrv) countries = mp_window_dup_countries (self);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *target = NULL;
  MpExportRequest request = { 0 };

  if (self->dataset == NULL || path == NULL)
    return;

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

  if (mp_export_to_file (&request, target, &error))
    /* Translators: %s is a file path */
    message = g_strdup_printf (_("Saved %s"), target);
  else
    message = g_strdup (error->message);

  mp_window_show_toast (self, message);
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
export_dialog_ready_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  ExportData *data = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, NULL);

  if (file != NULL)
    mp_window_export_to (data->self, data->what, file);
  export_data_free (data);
}
#else
static void
export_native_response_cb (GtkNativeDialog *native,
                           int              response,
                           ExportData      *data)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      mp_window_export_to (data->self, data->what, file);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  export_data_free (data);
}
#endif

static void
export_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);
  const char *what = g_variant_get_string (parameter, NULL);
  g_auto(GStrv) countries = mp_window_dup_countries (self);
  g_autofree char *joined = g_strjoinv ("-", countries);
  g_autofree char *chart = g_strdup (mp_chart_panel_get_chart (self->chart_panel));
  g_autofree char *name = NULL;
  ExportData *data;

  g_strdelimit (chart, ":", '-');
  if (g_str_equal (what, "table"))
    name = g_strdup_printf ("%s-%s.csv", chart, joined);
  else if (g_str_equal (what, "chart"))
    name = g_strdup_printf ("%s-%s.png", chart, joined);
  else if (g_str_equal (what, "handout"))
    name = g_strdup_printf ("handout-%s.pdf", joined);
  else
    name = g_strdup_printf ("cards-%s.png", joined);

  data = g_new0 (ExportData, 1);
  data->self = g_object_ref (self);
  data->what = g_strdup (what);

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

    gtk_file_dialog_set_title (dialog, _("Export"));
    gtk_file_dialog_set_initial_name (dialog, name);
    gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, export_dialog_ready_cb, data);
  }
#else
  {
    GtkFileChooserNative *native;

    native = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                          GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
    g_signal_connect (native, "response", G_CALLBACK (export_native_response_cb), data);
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
  }
#endif
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              MpWindow          *self)
{
  g_auto(GStrv) countries = mp_window_dup_countries (self);
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
    mp_window_show_toast (self, error->message);
}

/* Presentation and lessons ------------------------------------------------- */

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

/* Before the window is first measured.  Its labels, and its images
 * (which align to the text's baseline through the font's metrics), lay
 * text out with the font it is drawn with (mp-text-context.h).
 *
 * The cards' texts (MpWrapLabels) are laid out now, before anything
 * measures an icon: GTK loads the icon theme on a thread of its own when
 * the application starts, just after the theme's CSS, and the first icon
 * looked up waits for it (the header bar's come first: 7 ms on the
 * benchmark machine).  Shaping the cards' texts first gives that thread
 * the time; the window's measure then finds them laid out. */
static void
prepare_texts (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) || GTK_IS_IMAGE (widget))
    mp_text_context_prepare (gtk_widget_get_pango_context (widget));
  else if (MP_IS_WRAP_LABEL (widget) && gtk_widget_get_visible (widget))
    mp_wrap_label_prepare (MP_WRAP_LABEL (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    prepare_texts (child);
}

/* The window opens with the first card's country picker focused, as
 * Ctrl+1 would: GTK would otherwise walk the whole widget tree for the
 * first focusable widget in tab order, which is the first card's Remove
 * button, not a good place for Enter or Space to land. */
static void
mp_window_show (GtkWidget *widget)
{
  MpWindow *self = MP_WINDOW (widget);
  MpCountryCard *card = mp_window_get_card (self, 0);

  /* The fonts loaded while GTK started, before any text of the window
   * is laid out (the template and the cards only set texts). */
  mp_font_preload_finish ();
  if (card != NULL && gtk_root_get_focus (GTK_ROOT (self)) == NULL)
    mp_country_card_focus_picker (card);
  prepare_texts (widget);

  GTK_WIDGET_CLASS (mp_window_parent_class)->show (widget);
}

/* A presentation in a narrower window (or on a smaller screen) gets a
 * size that fits, after the allocation that showed the change. */
static void
mp_window_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  MpWindow *self = MP_WINDOW (widget);

  GTK_WIDGET_CLASS (mp_window_parent_class)->size_allocate (widget, width, height, baseline);

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
mp_window_apply_step (MpWindow *self)
{
  const MpLessonStep *step;
  g_autofree char *counter = NULL;
  const char *caption;

  if (self->lesson == NULL)
    {
      self->lesson = mp_lesson_new_builtin ();
      g_object_set_data (G_OBJECT (self->lesson), "mp-builtin", GINT_TO_POINTER (TRUE));
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

          mp_window_show_toast (self, message);
        }
    }

  mp_window_set_countries (self, (const char * const *) step->countries);
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
      self->saved_countries = mp_window_dup_countries (self);
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
        mp_window_set_countries (self, (const char * const *) self->saved_countries);
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
step_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);
  guint n;

  if (!self->presenting || self->lesson == NULL)
    return;

  n = mp_lesson_get_n_steps (self->lesson);
  if (g_str_equal (action_name, "win.next-step") && self->step + 1 < n)
    self->step++;
  else if (g_str_equal (action_name, "win.previous-step") && self->step > 0)
    self->step--;
  else
    return;

  mp_window_apply_step (self);
}

static void
mp_window_set_lesson (MpWindow *self,
                      MpLesson *lesson)
{
  g_set_object (&self->lesson, lesson);
  self->step = 0;
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

  g_object_set_data (G_OBJECT (lesson), "mp-builtin", GINT_TO_POINTER (TRUE));
  mp_window_set_lesson (self, lesson);
  mp_window_show_toast (self, _("The built-in lesson is ready: press F5 to present it"));
}

/* The view on screen now, as a lesson step would name it. */
static void
add_to_lesson_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);
  g_auto(GStrv) countries = mp_window_dup_countries (self);
  const char *view = mp_chart_panel_get_chart (self->chart_panel);
  g_autofree char *message = NULL;

  if (countries[0] == NULL)
    return;

  /* Adding to the built-in lesson starts the user's own lesson. */
  if (self->lesson == NULL || g_object_get_data (G_OBJECT (self->lesson), "mp-builtin") != NULL)
    {
      g_autoptr(MpLesson) lesson = mp_lesson_new (_("My Lesson"));

      mp_window_set_lesson (self, lesson);
    }

  if (!mp_lesson_view_is_valid (view))
    view = "cards";

  mp_lesson_append_step (self->lesson, (const char * const *) countries, view, FALSE, NULL);
  /* Translators: %u is the number of steps in the lesson */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added to the lesson (%u step)",
                                          "Added to the lesson (%u steps)",
                                          mp_lesson_get_n_steps (self->lesson)),
                             mp_lesson_get_n_steps (self->lesson));
  mp_window_show_toast (self, message);
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
      mp_window_show_toast (self, error->message);
      return;
    }

  mp_window_set_lesson (self, lesson);
  /* Translators: %s is a lesson title */
  message = g_strdup_printf (_("Opened the lesson “%s”: press F5 to present it"),
                             mp_lesson_get_title (lesson));
  mp_window_show_toast (self, message);
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
mp_window_lesson_file_chosen (MpWindow *self,
                              GFile    *file,
                              gboolean  save)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *message = NULL;

  if (save)
    {
      if (self->lesson != NULL && mp_lesson_save (self->lesson, file, &error))
        /* Translators: %s is a file path */
        message = g_strdup_printf (_("Saved %s"), path);
    }
  else
    {
      mp_window_open_lesson (self, file);
      return;
    }

  mp_window_show_toast (self, message != NULL ? message : error->message);
}

#if GTK_CHECK_VERSION (4, 10, 0)
static void
lesson_dialog_ready_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(MpWindow) self = user_data;
  gboolean save = GPOINTER_TO_INT (g_object_get_data (object, "mp-save"));
  g_autoptr(GFile) file = NULL;

  if (save)
    file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, NULL);
  else
    file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (object), result, NULL);

  if (file != NULL)
    mp_window_lesson_file_chosen (self, file, save);
}
#else
static void
lesson_native_response_cb (GtkNativeDialog *native,
                           int              response,
                           MpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      gboolean save = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (native)) == GTK_FILE_CHOOSER_ACTION_SAVE;

      mp_window_lesson_file_chosen (self, file, save);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}
#endif

static void
lesson_file_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);
  gboolean save = g_str_equal (action_name, "win.save-lesson");

  if (save && self->lesson == NULL)
    return;

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

    g_object_set_data (G_OBJECT (dialog), "mp-save", GINT_TO_POINTER (save));
    if (save)
      {
        gtk_file_dialog_set_title (dialog, _("Save Lesson"));
        gtk_file_dialog_set_initial_name (dialog, "lesson.json");
        gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, lesson_dialog_ready_cb, g_object_ref (self));
      }
    else
      {
        gtk_file_dialog_set_title (dialog, _("Open Lesson"));
        gtk_file_dialog_open (dialog, GTK_WINDOW (self), NULL, lesson_dialog_ready_cb, g_object_ref (self));
      }
  }
#else
  {
    GtkFileChooserNative *native;

    native = gtk_file_chooser_native_new (save ? _("Save Lesson") : _("Open Lesson"), GTK_WINDOW (self),
                                          save ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
                                          save ? _("_Save") : _("_Open"), _("_Cancel"));
    if (save)
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), "lesson.json");
    g_signal_connect (native, "response", G_CALLBACK (lesson_native_response_cb), self);
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
  }
#endif
}

/* GObject ------------------------------------------------------------------ */

static gboolean
mp_window_close_request (GtkWindow *window)
{
  mp_window_save_state (MP_WINDOW (window));

  return GTK_WINDOW_CLASS (mp_window_parent_class)->close_request (window);
}

static void
mp_window_constructed (GObject *object)
{
  MpWindow *self = MP_WINDOW (object);
  g_autoptr(GPtrArray) none = g_ptr_array_new_with_free_func (g_object_unref);

  G_OBJECT_CLASS (mp_window_parent_class)->constructed (object);

  mp_window_restore_state (self);
  mp_window_load (self, none, NULL);
}

/* The window's actions that follow GSettings keys. */
static const char * const settings_actions[] = { "export-hidpi", "high-contrast", "presentation-scale" };

static void
mp_window_dispose (GObject *object)
{
  MpWindow *self = MP_WINDOW (object);

  /* A settings action outliving the window's action group would report
   * a later change of its key to the destroyed window. */
  for (guint i = 0; i < G_N_ELEMENTS (settings_actions); i++)
    g_action_map_remove_action (G_ACTION_MAP (self), settings_actions[i]);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_handle_id (&self->pulse_source, g_source_remove);
  g_clear_handle_id (&self->toast_source, g_source_remove);
  g_clear_handle_id (&self->finished_source, g_source_remove);
  g_clear_handle_id (&self->scale_source, g_source_remove);
  if (self->monitors != NULL)
    for (guint i = 0; i < self->monitors->len; i++)
      g_file_monitor_cancel (g_ptr_array_index (self->monitors, i));
  g_clear_pointer (&self->monitors, g_ptr_array_unref);
  g_clear_pointer (&self->chart_popover, gtk_widget_unparent);
  g_clear_pointer ((GtkWindow **) &self->shortcuts_window, gtk_window_destroy);
  if (self->presentation_css != NULL)
    gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                   GTK_STYLE_PROVIDER (self->presentation_css));
  g_clear_object (&self->presentation_css);
  g_clear_object (&self->lesson);
  g_clear_pointer (&self->saved_countries, g_strfreev);
  g_clear_pointer (&self->saved_chart, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_WINDOW);

  g_clear_object (&self->settings);
  g_clear_object (&self->primary_menu);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->files, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (mp_window_parent_class)->dispose (object);
}

static void
mp_window_class_init (MpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = mp_window_constructed;
  object_class->dispose = mp_window_dispose;
  widget_class->show = mp_window_show;
  widget_class->size_allocate = mp_window_size_allocate;

  window_class->close_request = mp_window_close_request;

  signals[DATASET_CHANGED] =
    g_signal_new ("dataset-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
  signals[LOAD_FINISHED] =
    g_signal_new ("load-finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  g_type_ensure (MP_TYPE_CARDS_BOX);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MpWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, add_card_button);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, cards_box);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, chart_slot);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, problems_revealer);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, toast_revealer);
  gtk_widget_class_bind_template_callback (widget_class, revealer_child_revealed_cb);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, caption_box);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, sources_view);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_cb);
  gtk_widget_class_install_action (widget_class, "win.add-card", NULL, add_card_cb);
  gtk_widget_class_install_action (widget_class, "win.focus-card", "i", focus_card_cb);
  gtk_widget_class_install_action (widget_class, "win.preset", "s", preset_cb);
  gtk_widget_class_install_action (widget_class, "win.reset-dataset", NULL, reset_cb);
  gtk_widget_class_install_action (widget_class, "win.show-chart", "s", show_chart_cb);
  gtk_widget_class_install_action (widget_class, "win.show-shortcuts", NULL, show_shortcuts_cb);
  gtk_widget_class_install_action (widget_class, "win.export", "s", export_cb);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_cb);
  gtk_widget_class_install_action (widget_class, "win.presentation", NULL, presentation_cb);
  gtk_widget_class_install_action (widget_class, "win.leave-presentation", NULL, leave_presentation_cb);
  gtk_widget_class_install_action (widget_class, "win.next-step", NULL, step_cb);
  gtk_widget_class_install_action (widget_class, "win.previous-step", NULL, step_cb);
  gtk_widget_class_install_action (widget_class, "win.open-lesson", NULL, lesson_file_cb);
  gtk_widget_class_install_action (widget_class, "win.save-lesson", NULL, lesson_file_cb);
  gtk_widget_class_install_action (widget_class, "win.add-to-lesson", NULL, add_to_lesson_cb);
  gtk_widget_class_install_action (widget_class, "win.builtin-lesson", NULL, builtin_lesson_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", "s", "chart");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.presentation", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-presentation", NULL);
  {
    static const guint next_keys[] = { GDK_KEY_Page_Down, GDK_KEY_Right, GDK_KEY_Down, GDK_KEY_KP_Page_Down };
    static const guint previous_keys[] = { GDK_KEY_Page_Up, GDK_KEY_Left, GDK_KEY_Up, GDK_KEY_KP_Page_Up };

    /* A presenter clicker sends Page Down / Page Up.  (Space and
     * Backspace: mp_window_init.) */
    for (guint i = 0; i < G_N_ELEMENTS (next_keys); i++)
      gtk_widget_class_add_binding_action (widget_class, next_keys[i], 0, "win.next-step", NULL);
    for (guint i = 0; i < G_N_ELEMENTS (previous_keys); i++)
      gtk_widget_class_add_binding_action (widget_class, previous_keys[i], 0, "win.previous-step", NULL);
  }

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK, "win.show-shortcuts", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.show-shortcuts", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.add-card", NULL);
  for (int i = 0; i < MAX_CARDS; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_CONTROL_MASK,
                                         "win.focus-card", "i", i);
}

/* The main menu (its model as well as its popover) is built the first
 * time it opens, by click or F10: with the window, the model alone took
 * 2 ms of the first frame and the popover 5 ms. */
static void
create_primary_menu_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  MpWindow *self = MP_WINDOW (user_data);
  g_autoptr(GtkBuilder) builder = NULL;
  const MpPreset *presets;
  guint n_presets;
  GMenu *presets_menu;

  /* GtkMenuButton asks each time it opens: build it once. */
  if (self->primary_menu != NULL)
    return;

  builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/mp-primary-menu.ui");
  self->primary_menu = g_object_ref (G_MENU_MODEL (gtk_builder_get_object (builder, "primary_menu")));
  presets_menu = G_MENU (gtk_builder_get_object (builder, "presets_menu"));
  presets = mp_presets_get_all (&n_presets);
  for (guint i = 0; i < n_presets; i++)
    {
      g_autofree char *action = g_strdup_printf ("win.preset::%s", presets[i].id);

      g_menu_append (presets_menu, _(presets[i].label), action);
    }
  gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
mp_window_init (MpWindow *self)
{
  GtkDropTarget *target;

  self->files = g_ptr_array_new_with_free_func (g_object_unref);
  self->monitors = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Translators: tooltip of a header bar button; keep the shortcut in parentheses */
  mp_widget_set_tooltip (self->open_button, _("Open Dataset (Ctrl+O)"));
  /* Translators: tooltip of a header bar button; keep the shortcut in parentheses */
  mp_widget_set_tooltip (self->add_card_button, _("Add a Country Card (Ctrl+N)"));
  mp_widget_set_tooltip (GTK_WIDGET (self->menu_button), _("Main Menu"));
  /* Icon-only buttons: a screen reader says their names, not "button". */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->open_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Open Dataset"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_card_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add a Country Card"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Main Menu"), -1);
  gtk_menu_button_set_create_popup_func (self->menu_button, create_primary_menu_cb, self, NULL);

  self->settings = g_settings_new (APP_ID);

  self->chart_panel = MP_CHART_PANEL (mp_chart_panel_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->chart_panel), TRUE);
  gtk_box_append (self->chart_slot, GTK_WIDGET (self->chart_panel));
  g_settings_bind (self->settings, "chart", self->chart_panel, "chart", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->chart_panel, "source-activated",
                           G_CALLBACK (chart_source_activated_cb), self, G_CONNECT_SWAPPED);

  {
    for (guint i = 0; i < G_N_ELEMENTS (settings_actions); i++)
      {
        g_autoptr(GAction) action = g_settings_create_action (self->settings, settings_actions[i]);

        g_action_map_add_action (G_ACTION_MAP (self), action);
      }
  }

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

  {
    GtkEventController *keys = gtk_shortcut_controller_new ();
    GtkShortcutTrigger *space = gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_space, 0),
                                                             gtk_keyval_trigger_new (GDK_KEY_KP_Space, 0));

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

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

MpWindow *
mp_window_new (GtkApplication *application)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  return g_object_new (MP_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

MpDataset *
mp_window_get_dataset (MpWindow *self)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), NULL);

  return self->dataset;
}

GStrv
mp_window_get_countries (MpWindow *self)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), NULL);

  return mp_window_dup_countries (self);
}

GPtrArray *
mp_window_get_problems (MpWindow *self)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), NULL);

  return self->problems;
}

GtkWidget *
mp_window_get_card_widget (MpWindow *self,
                           guint     index)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), NULL);

  return (GtkWidget *) mp_window_get_card (self, index);
}

gboolean
mp_window_is_loading (MpWindow *self)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), FALSE);

  return self->loading;
}

gboolean
mp_window_is_presenting (MpWindow *self)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), FALSE);

  return self->presenting;
}

MpChartPanel *
mp_window_get_chart_panel (MpWindow *self)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), NULL);

  return self->chart_panel;
}

/* The keyboard shortcuts window, once it was shown; NULL before. */
GtkWidget *
mp_window_get_shortcuts_window (MpWindow *self)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), NULL);

  return self->shortcuts_window;
}
