/* mp-window.c
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window: its template, the cards and the countries they show, the
 * dataset shown, messages (toasts), and its size kept across runs.  The
 * other concerns are in mp-window-*.c (mp-window-private.h lists them). */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "mp-accessible.h"
#include "mp-font-preload.h"
#include "mp-source-popover.h"
#include "mp-text-context.h"
#include "mp-tooltip.h"
#include "mp-window-private.h"
#include "mp-wrap-label.h"

#define TOAST_TIMEOUT_S 5

G_DEFINE_FINAL_TYPE (MpWindow, mp_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  DATASET_CHANGED,
  LOAD_FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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

MpCountryCard *
_mp_window_get_card (MpWindow *self,
                     guint     index)
{
  GtkWidget *child = mp_cards_box_get_card (self->cards_box, index);

  return child != NULL ? MP_COUNTRY_CARD (child) : NULL;
}

guint
_mp_window_get_n_cards (MpWindow *self)
{
  return mp_cards_box_get_n_cards (self->cards_box);
}

GStrv
_mp_window_dup_countries (MpWindow *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  MpCountryCard *card;

  for (guint i = 0; (card = _mp_window_get_card (self, i)) != NULL; i++)
    if (mp_country_card_get_country (card) != NULL)
      g_strv_builder_add (builder, mp_country_card_get_country (card));

  return g_strv_builder_end (builder);
}

static void apply_page_size (MpWindow *self);

/* The cards changed: the chart follows them, each card knows its place,
 * and how wide they are is decided again (more cards, more columns). */
static void
mp_window_update_cards (MpWindow *self)
{
  g_auto(GStrv) countries = _mp_window_dup_countries (self);
  guint n_cards = _mp_window_get_n_cards (self);
  MpCountryCard *card;

  if (countries[0] != NULL)
    mp_chart_panel_set_countries (self->chart_panel, (const char * const *) countries);

  for (guint i = 0; (card = _mp_window_get_card (self, i)) != NULL; i++)
    {
      mp_country_card_set_removable (card, n_cards > 1);
      mp_country_card_set_index (card, i);
      mp_country_card_set_compared (card, (const char * const *) countries);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-card", n_cards < MP_MAX_COUNTRIES);
  apply_page_size (self);
}

/* The user changed the countries shown (a card's picker, adding or
 * removing a card, a preset): they are remembered, in the settings too,
 * and shown again by a later dataset that has them. */
void
_mp_window_countries_changed (MpWindow *self)
{
  mp_window_update_cards (self);
  g_strfreev (self->wanted_countries);
  self->wanted_countries = _mp_window_dup_countries (self);
  g_settings_set_strv (self->settings, "countries", (const char * const *) self->wanted_countries);
}

/* The page's height decides how cards and chart share it: below
 * COMPACT_HEIGHT (a 768 px high projector or laptop) the cards are
 * compact, with their facts two a row when a card is WIDE_CARD or wider
 * (two cards across a 1200 px page), and the chart always keeps
 * CHART_SHARE of the height, the cards scrolling away above it when
 * there are many (eight cards: three rows at 1024 px, two at 1366 px). */
#define COMPACT_HEIGHT 900
#define WIDE_CARD 560
#define CHART_SHARE 0.46
#define PAGE_MARGIN 18   /* .comparison's side margin (style.css) */

/* Whether each card is wide enough for its facts two a row at a page
 * @page_width wide, given how many columns the cards take there. */
static gboolean
cards_are_wide (MpWindow *self,
                int       page_width)
{
  return mp_cards_box_get_comfortable_column_width (self->cards_box, page_width - 2 * PAGE_MARGIN) >= WIDE_CARD;
}

/* In a window narrower than this the Presets button shows an icon, not
 * its name: the header bar then fits in 360 px. */
#define PRESETS_LABEL_WIDTH 520

static void
update_presets_button (MpWindow *self,
                       int       width)
{
  gboolean narrow = width < PRESETS_LABEL_WIDTH;

  if (narrow == (gtk_menu_button_get_icon_name (self->presets_button) != NULL))
    return;

  if (narrow)
    gtk_menu_button_set_icon_name (self->presets_button, "user-bookmarks-symbolic");
  else
    gtk_menu_button_set_label (self->presets_button, _("_Presets"));
  mp_accessible_name_menu_button (self->presets_button, _("Presets"));
}

/* Before the window is first laid out: a window that opens narrow is as
 * narrow as asked, not as wide as the button's name. */
static void
default_width_changed_cb (MpWindow *self)
{
  int width = 0;
  int height = 0;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      /* Both: GTK 4.8 does not take NULL for either. */
      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      if (width > 0)
        update_presets_button (self, width);
    }
}

static void
apply_page_size (MpWindow *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->page_scroller);
  int height = (int) gtk_adjustment_get_page_size (adjustment);
  gboolean wide = cards_are_wide (self, gtk_widget_get_width (GTK_WIDGET (self->page_scroller)));
  gboolean compact;
  int chart_height;

  if (height <= 0)
    return;

  update_presets_button (self, gtk_widget_get_width (GTK_WIDGET (self)));
  compact = height < COMPACT_HEIGHT;
  if (compact != self->compact_cards || wide != self->wide_cards)
    {
      self->compact_cards = compact;
      self->wide_cards = wide;
      for (guint i = 0; i < _mp_window_get_n_cards (self); i++)
        mp_country_card_set_compact (_mp_window_get_card (self, i), compact, wide);
      if (compact)
        gtk_widget_add_css_class (GTK_WIDGET (self->page_box), "compact");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->page_box), "compact");
      gtk_box_set_spacing (self->page_box, compact ? 12 : 18);
    }

  chart_height = (int) ceil (height * CHART_SHARE);
  gtk_widget_set_size_request (GTK_WIDGET (self->chart_panel), -1, chart_height);
}

static gboolean
apply_page_size_cb (gpointer data)
{
  MpWindow *self = data;

  self->page_size_source = 0;
  apply_page_size (self);

  return G_SOURCE_REMOVE;
}

/* The page's height changes while the window is laid out, when sizes
 * must not change: they change right after. */
static void
page_size_changed_cb (MpWindow *self)
{
  if (self->page_size_source == 0)
    self->page_size_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_page_size_cb, self, NULL);
}

static void
card_country_changed_cb (MpWindow *self)
{
  _mp_window_countries_changed (self);
}

static void
card_remove_requested_cb (MpWindow      *self,
                          MpCountryCard *card)
{
  if (_mp_window_get_n_cards (self) <= 1)
    return;

  mp_cards_box_remove (self->cards_box, GTK_WIDGET (card));
  _mp_window_countries_changed (self);
}

MpCountryCard *
_mp_window_append_card (MpWindow   *self,
                        const char *country_id)
{
  GtkWidget *card = mp_country_card_new ();

  mp_country_card_set_dataset (MP_COUNTRY_CARD (card), self->dataset);
  mp_country_card_set_country (MP_COUNTRY_CARD (card), country_id);
  g_signal_connect_object (card, "notify::country", G_CALLBACK (card_country_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (card, "remove-requested", G_CALLBACK (card_remove_requested_cb),
                           self, G_CONNECT_SWAPPED);
  mp_country_card_set_compact (MP_COUNTRY_CARD (card), self->compact_cards, self->wide_cards);
  mp_cards_box_append (self->cards_box, card);

  return MP_COUNTRY_CARD (card);
}

/* Shows those of @countries that the dataset knows, up to
 * MP_MAX_COUNTRIES cards, or its first two when it knows none.  Not
 * remembered as the user's choice: a lesson step or a dataset that lacks
 * some countries shows others only for as long as it is shown. */
void
_mp_window_set_countries (MpWindow           *self,
                          const char * const *countries)
{
  GtkWidget *child;
  guint n = 0;

  while ((child = mp_cards_box_get_card (self->cards_box, 0)) != NULL)
    mp_cards_box_remove (self->cards_box, child);

  for (guint i = 0; countries != NULL && countries[i] != NULL && n < MP_MAX_COUNTRIES; i++)
    {
      if (self->dataset != NULL && mp_dataset_lookup_country (self->dataset, countries[i]) == NULL)
        continue;

      _mp_window_append_card (self, countries[i]);
      n++;
    }

  /* Nothing known: fall back to the first countries of the dataset. */
  if (n == 0 && self->dataset != NULL)
    {
      GPtrArray *all = mp_dataset_get_countries (self->dataset);

      for (guint i = 0; i < all->len && n < 2; i++, n++)
        _mp_window_append_card (self, ((const MpCountry *) g_ptr_array_index (all, i))->id);
    }

  mp_window_update_cards (self);
}

/* Shows @countries as the user's choice. */
void
_mp_window_choose_countries (MpWindow           *self,
                             const char * const *countries)
{
  _mp_window_set_countries (self, countries);
  _mp_window_countries_changed (self);
}

void
_mp_window_apply_dataset (MpWindow  *self,
                          MpDataset *dataset)
{
  /* What the dataset lacks is shown by something else for now, and not
   * forgotten: the settings keep the user's countries and chart, which
   * a file opened at start may be the one to have. */
  self->applying_dataset = TRUE;
  g_set_object (&self->dataset, dataset);
  mp_chart_panel_set_chart (self->chart_panel, self->wanted_chart);
  mp_chart_panel_set_dataset (self->chart_panel, dataset);
  if (self->wanted_countries == NULL)
    self->wanted_countries = g_settings_get_strv (self->settings, "countries");
  _mp_window_set_countries (self, (const char * const *) self->wanted_countries);
  self->applying_dataset = FALSE;

  _mp_window_presentation_dataset_changed (self);
  g_signal_emit (self, signals[DATASET_CHANGED], 0);
}

/* The chart shown changed: by the user, or a lesson step, unless it is
 * a dataset's stand-in for one it lacks. */
static void
chart_changed_cb (MpWindow *self)
{
  if (self->applying_dataset)
    return;

  g_free (self->wanted_chart);
  self->wanted_chart = g_strdup (mp_chart_panel_get_chart (self->chart_panel));
  g_settings_set_string (self->settings, "chart", self->wanted_chart);
}

static gboolean
emit_load_finished_cb (gpointer user_data)
{
  MpWindow *self = user_data;
  MpDatasetSession *session = self->session;

  self->finished_source = 0;
  g_signal_emit (self, signals[LOAD_FINISHED], 0, mp_dataset_session_get_n_errors (session) == 0);

  return G_SOURCE_REMOVE;
}

/* Says "load-finished"; @later from the main loop, for a load that ended
 * while the window was being made, before anyone could connect. */
void
_mp_window_load_finished (MpWindow *self,
                          gboolean  success,
                          gboolean  later)
{
  g_clear_handle_id (&self->finished_source, g_source_remove);
  if (later)
    self->finished_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, emit_load_finished_cb, self, NULL);
  else
    g_signal_emit (self, signals[LOAD_FINISHED], 0, success);
}
/* A source opened from the chart or its table gives the keyboard back
 * where it was when it closes, on the same value; GTK would move it to the
 * popover's parent, the panel, whose first focusable child is the page. */
static void
chart_popover_closed_cb (MpWindow *self)
{
  if (self->chart_popover_return != NULL && gtk_widget_get_mapped (self->chart_popover_return))
    gtk_widget_grab_focus (self->chart_popover_return);
  g_clear_weak_pointer (&self->chart_popover_return);
}

static void
chart_source_activated_cb (MpWindow           *self,
                           const char         *source_id,
                           const char         *figure,
                           const GdkRectangle *rect,
                           MpChartPanel       *panel)
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
      g_signal_connect_object (self->chart_popover, "closed", G_CALLBACK (chart_popover_closed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  g_set_weak_pointer (&self->chart_popover_return, gtk_root_get_focus (GTK_ROOT (self)));
  /* The figure names the value (its status among it); the popover
   * points at it. */
  mp_source_popover_set_source (MP_SOURCE_POPOVER (self->chart_popover), source, figure, MP_VALUE_FINAL);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->chart_popover), rect);
  gtk_popover_popup (GTK_POPOVER (self->chart_popover));
}

/* Messages ------------------------------------------------------------------ */

/* A closed revealer is hidden as well, so that neither it nor its
 * children are styled and measured for every frame (GtkRevealer measures
 * its child even when closed).  It is shown again before it opens. */
void
_mp_window_reveal (GtkRevealer *revealer,
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

  _mp_window_reveal (self->toast_revealer, FALSE);
  self->toast_source = 0;

  return G_SOURCE_REMOVE;
}

void
_mp_window_show_toast (MpWindow   *self,
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
  _mp_window_reveal (self->toast_revealer, TRUE);
  g_clear_handle_id (&self->toast_source, g_source_remove);
  self->toast_source = g_timeout_add_seconds (TOAST_TIMEOUT_S, toast_timeout_cb, self);
}

/* GObject ------------------------------------------------------------------ */

/* Before the window is first measured.  Its labels, and its images
 * (which align to the text's baseline through the font's metrics), lay
 * text out with the font it is drawn with (mp-text-context.h).
 *
 * The cards' texts (MpWrapLabels) are laid out now, before anything
 * measures an icon: GTK loads the icon theme on a thread of its own when
 * the application starts, just after the theme's CSS, and the first icon
 * looked up waits for it (the header bar's come first).  Shaping the
 * cards' texts first gives that thread the time; the window's measure
 * then finds them laid out. */
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
  MpCountryCard *card = _mp_window_get_card (self, 0);

  /* The fonts loaded while GTK started, before any text of the window
   * is laid out (the template and the cards only set texts). */
  mp_font_preload_finish ();
  if (card != NULL && gtk_root_get_focus (GTK_ROOT (self)) == NULL)
    mp_country_card_focus_picker (card);
  prepare_texts (widget);

  GTK_WIDGET_CLASS (mp_window_parent_class)->show (widget);
}

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

  G_OBJECT_CLASS (mp_window_parent_class)->constructed (object);

  mp_window_restore_state (self);
  mp_dataset_session_start (self->session);
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

  _mp_window_datasets_dispose (self);
  _mp_window_presentation_dispose (self);
  g_clear_handle_id (&self->toast_source, g_source_remove);
  g_clear_handle_id (&self->page_size_source, g_source_remove);
  g_clear_handle_id (&self->finished_source, g_source_remove);
  g_clear_weak_pointer (&self->chart_popover_return);
  g_clear_pointer (&self->chart_popover, gtk_widget_unparent);
  g_clear_pointer ((GtkWindow **) &self->shortcuts_window, gtk_window_destroy);

  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_WINDOW);

  g_clear_object (&self->settings);
  g_clear_object (&self->primary_menu);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->wanted_countries, g_strfreev);
  g_clear_pointer (&self->wanted_chart, g_free);

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
  gtk_widget_class_bind_template_child (widget_class, MpWindow, presets_button);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, page_scroller);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, page_box);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, cards_box);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, chart_slot);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, problems_revealer);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, toast_revealer);
  gtk_widget_class_bind_template_callback (widget_class, revealer_child_revealed_cb);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, MpWindow, content_box);

  _mp_window_class_actions_init (widget_class);
  _mp_window_class_datasets_init (widget_class);
  _mp_window_class_export_init (widget_class);
  _mp_window_class_presentation_init (widget_class);
}

static void
mp_window_init (MpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Translators: tooltip of a header bar button; keep the shortcut in parentheses */
  mp_widget_set_tooltip (self->open_button, _("Open Dataset (Ctrl+O)"));
  /* Translators: tooltip of a header bar button; keep the shortcut in parentheses */
  mp_widget_set_tooltip (self->add_card_button, _("Add a Country Card (Ctrl+N)"));
  mp_widget_set_tooltip (GTK_WIDGET (self->menu_button), _("Main Menu"));
  /* Translators: tooltip of the header bar's Presets button */
  mp_widget_set_tooltip (GTK_WIDGET (self->presets_button), _("Groups of Countries to Compare"));
  g_signal_connect_swapped (self, "notify::default-width", G_CALLBACK (default_width_changed_cb), self);
  /* Icon-only buttons: a screen reader says their names, not "button". */
  mp_accessible_name_icon_button (self->open_button, _("Open Dataset"));
  mp_accessible_name_icon_button (self->add_card_button, _("Add a Country Card"));
  mp_accessible_name_icon_button (GTK_WIDGET (self->menu_button), _("Main Menu"));
  mp_accessible_name_menu_button (self->presets_button, _("Presets"));
  mp_accessible_label_scrollbars (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (self->cards_box),
                                                                                GTK_TYPE_SCROLLED_WINDOW)),
                                  _("Comparison"));

  self->settings = g_settings_new (APP_ID);

  self->chart_panel = MP_CHART_PANEL (mp_chart_panel_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->chart_panel), TRUE);
  gtk_box_append (self->chart_slot, GTK_WIDGET (self->chart_panel));
  self->wanted_chart = g_settings_get_string (self->settings, "chart");
  g_settings_bind (self->settings, "chart", self->chart_panel, "chart", G_SETTINGS_BIND_GET);
  g_signal_connect_object (self->chart_panel, "notify::chart",
                           G_CALLBACK (chart_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->chart_panel, "source-activated",
                           G_CALLBACK (chart_source_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->page_scroller), "notify::page-size",
                           G_CALLBACK (page_size_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->page_scroller), "notify::page-size",
                           G_CALLBACK (page_size_changed_cb), self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < G_N_ELEMENTS (settings_actions); i++)
    {
      g_autoptr(GAction) action = g_settings_create_action (self->settings, settings_actions[i]);

      g_action_map_add_action (G_ACTION_MAP (self), action);
    }

  _mp_window_actions_init (self);
  _mp_window_datasets_init (self);
  _mp_window_presentation_init (self);
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

  return _mp_window_dup_countries (self);
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

  return (GtkWidget *) _mp_window_get_card (self, index);
}

gboolean
mp_window_is_loading (MpWindow *self)
{
  g_return_val_if_fail (MP_IS_WINDOW (self), FALSE);

  return mp_dataset_session_is_loading (self->session);
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
