/* mp-country-card.c
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

#include "mp-accessible.h"
#include "mp-chart-widget-style.h"
#include "mp-country-card.h"
#include "mp-country-facts.h"
#include "mp-country-popover.h"
#include "mp-flag.h"
#include "mp-source-popover.h"
#include "mp-sparkline.h"
#include "mp-tooltip.h"
#include "mp-wrap-label.h"

typedef struct
{
  GtkWidget *caption;
  GtkWidget *label;    /* the figure, which is also its button */
} FactRow;

struct _MpCountryCard
{
  GtkWidget       parent_instance;

  MpDataset      *dataset;
  char           *country_id;
  GStrv           compared;     /* the countries shown with it, or NULL */
  MpCountryFact   facts[MP_N_FACTS];
  FactRow         rows[MP_N_FACTS];

  GtkWidget      *box;
  MpFlag         *flag;
  MpWrapLabel    *name_label;
  MpWrapLabel    *official_label;
  GtkButton      *remove_button;
  GtkMenuButton  *picker;       /* its popover is built on first use */
  GtkLabel       *picker_label;
  GtkGrid        *facts_grid;
  GtkBox         *extra_box;
  MpSparkline    *sparkline;
  GtkLabel       *sparkline_caption;  /* what and when: "Population 1960–2024" */
  GtkWidget      *popover;
  guint           index;
  gboolean        needs_update;  /* shown once the card is in a window */
  gboolean        compact;       /* less space around, for short windows */
  gboolean        wide;          /* compact and wide: facts two a row */
};

G_DEFINE_FINAL_TYPE (MpCountryCard, mp_country_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COUNTRY,
  N_PROPS
};

enum {
  REMOVE_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const MpCountry *
mp_country_card_get_country_record (MpCountryCard *self)
{
  if (self->dataset == NULL || self->country_id == NULL)
    return NULL;

  return mp_dataset_lookup_country (self->dataset, self->country_id);
}

static void
fact_activate (MpCountryCard *self,
               GtkWidget     *widget)
{
  const MpCountryFact *fact = g_object_get_data (G_OBJECT (widget), "mp-fact");
  const MpSource *source = NULL;
  g_autofree char *figure = NULL;

  g_assert (fact != NULL);

  if (fact->kind == MP_FACT_MEMBERSHIPS)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.show-chart", "s", "memberships");
      return;
    }

  if (fact->text == NULL)
    return;

  if (fact->source != NULL)
    source = mp_dataset_lookup_source (self->dataset, fact->source);

  if (fact->words != NULL)
    figure = g_strdup_printf ("%s: %s", fact->caption, fact->words);
  else if (fact->year != 0)
    figure = g_strdup_printf ("%s: %s (%d)", fact->caption, fact->text, fact->year);
  else
    figure = g_strdup_printf ("%s: %s", fact->caption, fact->text);

  /* Built on first use (most cards never open one), and kept: the card
   * holds its own reference, as a parent's goes with each unparent. */
  if (self->popover == NULL)
    self->popover = g_object_ref_sink (mp_source_popover_new ());
  else if (gtk_widget_get_parent (self->popover) != NULL)
    gtk_widget_unparent (self->popover);
  mp_source_popover_set_source (MP_SOURCE_POPOVER (self->popover), source, figure, fact->status);
  /* On the figure itself: closing the popover gives the figure its focus
   * back. */
  gtk_widget_set_parent (self->popover, widget);
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

/* The figure @widget is, or is in; NULL if none, or if it is insensitive
 * (no data). */
static GtkWidget *
figure_of (GtkWidget *widget)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (g_object_get_data (G_OBJECT (widget), "mp-fact") != NULL)
      return gtk_widget_is_sensitive (widget) ? widget : NULL;

  return NULL;
}

/* A figure is a button without a GtkButton (every widget is styled,
 * measured and drawn in the first frame, and a card has many figures):
 * the facts grid takes the clicks and the card the Enter and Space keys
 * of its figures. */
static void
facts_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  MpCountryCard   *self)
{
  GtkWidget *figure = figure_of (gtk_widget_pick (GTK_WIDGET (self->facts_grid), x, y, GTK_PICK_DEFAULT));

  if (figure == NULL)
    return;

  gtk_widget_set_state_flags (figure, GTK_STATE_FLAG_ACTIVE, FALSE);
  gtk_widget_grab_focus (figure);
}

/* A press ended (released, or taken by another gesture): no figure is
 * pressed. */
static void
facts_stopped_cb (GtkGestureClick *gesture,
                  MpCountryCard   *self)
{
  for (guint i = 0; i < MP_N_FACTS; i++)
    gtk_widget_unset_state_flags (self->rows[i].label, GTK_STATE_FLAG_ACTIVE);
}

static void
facts_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   MpCountryCard   *self)
{
  GtkWidget *figure = figure_of (gtk_widget_pick (GTK_WIDGET (self->facts_grid), x, y, GTK_PICK_DEFAULT));

  facts_stopped_cb (gesture, self);
  /* Released on the figure it was pressed on. */
  if (figure != NULL && figure == figure_of (gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)))))
    fact_activate (self, figure);
}

/* figure.open, each figure's own action: what a screen reader's "click"
 * on the button calls (GTK 4.8 offers a widget's own actions). */
static void
figure_open_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkWidget *figure = figure_of (user_data);
  GtkWidget *card = figure != NULL ? gtk_widget_get_ancestor (figure, MP_TYPE_COUNTRY_CARD) : NULL;

  if (card != NULL)
    fact_activate (MP_COUNTRY_CARD (card), figure);
}

/* card.open-figure (Enter and Space): opens the focused figure, as a
 * button would. */
static void
open_figure_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MpCountryCard *self = MP_COUNTRY_CARD (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *figure = root != NULL ? figure_of (gtk_root_get_focus (root)) : NULL;

  if (figure != NULL && gtk_widget_is_ancestor (figure, widget))
    fact_activate (self, figure);
}

static void
mp_country_card_update_facts (MpCountryCard *self)
{
  const MpCountry *country = mp_country_card_get_country_record (self);

  mp_country_facts_clear (self->facts);
  mp_country_facts_compute_compared (self->dataset, country, (const char * const *) self->compared,
                                     self->facts);

  {
    const MpIndicator *population = self->dataset != NULL
      ? mp_dataset_lookup_indicator (self->dataset, "population") : NULL;

    if (population != NULL && country != NULL)
      mp_sparkline_set_indicator (self->sparkline, population, country->id);
    else
      mp_sparkline_set_series (self->sparkline, NULL, MP_VALUE_FINAL);
    gtk_widget_set_visible (GTK_WIDGET (self->sparkline), mp_sparkline_get_n_points (self->sparkline) > 1);
    {
      g_autofree char *caption = mp_sparkline_dup_caption (self->sparkline);

      gtk_label_set_text (self->sparkline_caption, caption != NULL ? caption : "");
      gtk_widget_set_visible (GTK_WIDGET (self->sparkline_caption),
                              gtk_widget_get_visible (GTK_WIDGET (self->sparkline)));
    }
  }

  for (guint i = 0; i < MP_N_FACTS; i++)
    {
      const MpCountryFact *fact = &self->facts[i];
      FactRow *row = &self->rows[i];
      g_autofree char *qualifier = mp_country_fact_qualifier (fact);
      g_autofree char *described = mp_country_fact_describe (self->dataset, fact);
      g_autofree char *accessible = NULL;
      const MpSource *source = NULL;

      if (fact->text == NULL)
        {
          mp_wrap_label_set_text (MP_WRAP_LABEL (row->label), _("no data"));
          gtk_widget_add_css_class (row->label, "no-data");
        }
      else
        {
          g_autofree char *markup = NULL;

          /* Tabular figures, so figures line up from card to card. */
          if (qualifier != NULL)
            markup = g_markup_printf_escaped ("<span font_features=\"tnum\">%s <span weight=\"normal\" alpha=\"65%%\">%s</span></span>",
                                              fact->text, qualifier);
          else
            markup = g_markup_printf_escaped ("<span font_features=\"tnum\">%s</span>", fact->text);
          mp_wrap_label_set_markup (MP_WRAP_LABEL (row->label), markup);
          gtk_widget_remove_css_class (row->label, "no-data");
        }

      /* Translators: accessible name of a fact, e.g. "Population: 10.2 million (2024, World Bank)" */
      accessible = g_strdup_printf (_("%s: %s"), fact->caption, described);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row->label),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);

      if (fact->source != NULL)
        source = mp_dataset_lookup_source (self->dataset, fact->source);
      if (source != NULL)
        {
          /* Translators: tooltip of a figure, %s is the source title */
          g_autofree char *tooltip = g_strdup_printf (_("Source: %s — click for details"), source->title);
          mp_widget_set_tooltip (row->label, tooltip);
        }
      else if (fact->kind == MP_FACT_MEMBERSHIPS && fact->text != NULL)
        mp_widget_set_tooltip (row->label, _("Show the memberships chart"));
      else
        mp_widget_set_tooltip (row->label, NULL);

      gtk_widget_set_sensitive (row->label, fact->text != NULL);
    }

  if (country != NULL)
    {
      g_autofree char *summary = mp_country_facts_summary (self->dataset, country, self->facts);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, summary,
                                      -1);
    }
}

static void
mp_country_card_update (MpCountryCard *self)
{
  const MpCountry *country = mp_country_card_get_country_record (self);

  if (country == NULL)
    {
      mp_wrap_label_set_text (self->name_label, _("No country"));
      gtk_widget_set_visible (GTK_WIDGET (self->official_label), FALSE);
      mp_flag_set_path (self->flag, NULL);
    }
  else
    {
      const char *official = country->official_name ? mp_text_get (country->official_name, NULL) : NULL;

      mp_wrap_label_set_text (self->name_label, mp_text_get (country->name, NULL));
      mp_wrap_label_set_text (self->official_label, official != NULL ? official : "");
      gtk_widget_set_visible (GTK_WIDGET (self->official_label), official != NULL && !self->compact);
      mp_flag_set_path (self->flag, country->flag);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->flag),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      mp_text_get (country->name, NULL),
                                      -1);
    }

  /* The picker names the country, to the eye and to a screen reader,
   * and ticks it in its list. */
  {
    const char *name = country != NULL ? mp_text_get (country->name, NULL) : _("No country");
    g_autofree char *accessible = g_strdup_printf (_("%s: %s"), _("Country"), name);

    gtk_label_set_label (self->picker_label, name);
    gtk_widget_set_sensitive (GTK_WIDGET (self->picker), self->dataset != NULL);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->picker),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  }
  if (MP_IS_COUNTRY_POPOVER (gtk_menu_button_get_popover (self->picker)))
    mp_country_popover_set_selected (MP_COUNTRY_POPOVER (gtk_menu_button_get_popover (self->picker)),
                                     self->country_id);

  mp_country_card_update_facts (self);
}

/* Shows a pending update now; getters use it too, so they answer for the
 * card's current dataset and country, in a window or not yet. */
static void
mp_country_card_flush_update (MpCountryCard *self)
{
  if (self->needs_update)
    {
      self->needs_update = FALSE;
      mp_country_card_update (self);
    }
}

/* A card computes and shows its facts once it is in a window: the window
 * sets a new card's dataset and country before adding it, and each
 * update sets some 50 texts, tooltips and states. */
static void
mp_country_card_queue_update (MpCountryCard *self)
{
  self->needs_update = TRUE;
  if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    mp_country_card_flush_update (self);
}

static void
mp_country_card_root (GtkWidget *widget)
{
  MpCountryCard *self = MP_COUNTRY_CARD (widget);

  GTK_WIDGET_CLASS (mp_country_card_parent_class)->root (widget);

  mp_country_card_flush_update (self);
}

static void
country_chosen_cb (MpCountryCard *self,
                   const char    *country_id)
{
  mp_country_card_set_country (self, country_id);
}

/* The country list is built the first time the picker opens, not with
 * the cards, whose first frame does not show it. */
static void
create_picker_popover_cb (GtkMenuButton *button,
                          gpointer       user_data)
{
  MpCountryCard *self = MP_COUNTRY_CARD (user_data);
  GtkWidget *popover;

  /* GtkMenuButton asks each time it opens: build once per dataset. */
  if (gtk_menu_button_get_popover (button) != NULL || self->dataset == NULL)
    return;

  popover = mp_country_popover_new (self->dataset, self->country_id);
  g_signal_connect_object (popover, "country-chosen", G_CALLBACK (country_chosen_cb), self, G_CONNECT_SWAPPED);
  gtk_menu_button_set_popover (button, popover);
}

/* Typing a letter on the focused picker opens it, searching for it: as
 * a drop-down's type-ahead does. */
static gboolean
picker_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       MpCountryCard         *self)
{
  gunichar c = gdk_keyval_to_unicode (keyval);
  char text[8] = { 0 };

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0 ||
      c == 0 || !g_unichar_isgraph (c))
    return FALSE;

  g_unichar_to_utf8 (c, text);
  mp_country_card_open_picker (self, text);

  return TRUE;
}

static void
remove_clicked_cb (MpCountryCard *self)
{
  g_signal_emit (self, signals[REMOVE_REQUESTED], 0);
}

/* One fact a row, or in a compact card two a row, so that a short
 * window (1024x768, 1366x768) leaves the chart most of its height. */
static void
mp_country_card_attach_facts (MpCountryCard *self)
{
  guint per_row = self->compact && self->wide ? 2 : 1;

  for (guint i = 0; i < MP_N_FACTS; i++)
    {
      FactRow *row = &self->rows[i];
      int column = (int) (i % per_row) * 2;
      int line = (int) (i / per_row);

      if (gtk_widget_get_parent (row->caption) != NULL)
        {
          /* Moved, not added: they are not the grid's to destroy here. */
          GtkGridLayoutChild *child;

          child = GTK_GRID_LAYOUT_CHILD (gtk_layout_manager_get_layout_child (
            gtk_widget_get_layout_manager (GTK_WIDGET (self->facts_grid)), row->caption));
          gtk_grid_layout_child_set_row (child, line);
          gtk_grid_layout_child_set_column (child, column);
          child = GTK_GRID_LAYOUT_CHILD (gtk_layout_manager_get_layout_child (
            gtk_widget_get_layout_manager (GTK_WIDGET (self->facts_grid)), row->label));
          gtk_grid_layout_child_set_row (child, line);
          gtk_grid_layout_child_set_column (child, column + 1);
          continue;
        }
      gtk_grid_attach (self->facts_grid, row->caption, column, line, 1, 1);
      gtk_grid_attach (self->facts_grid, row->label, column + 1, line, 1, 1);
    }
}

static void
mp_country_card_build_facts (MpCountryCard *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (facts_pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (facts_released_cb), self);
  g_signal_connect (click, "stopped", G_CALLBACK (facts_stopped_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->facts_grid), GTK_EVENT_CONTROLLER (click));

  mp_country_facts_compute (NULL, NULL, self->facts);

  for (guint i = 0; i < MP_N_FACTS; i++)
    {
      FactRow *row = &self->rows[i];

      /* Long captions (Kazakh, Russian) and values wrap instead of
       * widening the card, so four cards still fit two by two; short
       * ones are laid out once (MpWrapLabel). */
      row->caption = mp_wrap_label_new (self->facts[i].caption);
      mp_wrap_label_set_max_width_chars (MP_WRAP_LABEL (row->caption), 14);
      gtk_widget_add_css_class (row->caption, "fact-caption");

      row->label = g_object_new (MP_TYPE_WRAP_LABEL,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_BUTTON,
                                 "focusable", TRUE,
                                 "hexpand", TRUE,
                                 "halign", GTK_ALIGN_START,
                                 NULL);
      mp_wrap_label_set_wrap_mode (MP_WRAP_LABEL (row->label), PANGO_WRAP_WORD_CHAR);
      mp_wrap_label_set_max_width_chars (MP_WRAP_LABEL (row->label), 20);
      gtk_widget_add_css_class (row->label, "fact-value");
      g_object_set_data (G_OBJECT (row->label), "mp-fact", &self->facts[i]);
      {
        g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
        g_autoptr(GSimpleAction) open = g_simple_action_new ("open", NULL);

        g_signal_connect (open, "activate", G_CALLBACK (figure_open_cb), row->label);
        g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (open));
        gtk_widget_insert_action_group (row->label, "figure", G_ACTION_GROUP (group));
      }

    }
  mp_country_card_attach_facts (self);
}

static void
mp_country_card_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MpCountryCard *self = MP_COUNTRY_CARD (object);

  switch (prop_id)
    {
    case PROP_COUNTRY:
      g_value_set_string (value, mp_country_card_get_country (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_country_card_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MpCountryCard *self = MP_COUNTRY_CARD (object);

  switch (prop_id)
    {
    case PROP_COUNTRY:
      mp_country_card_set_country (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_country_card_dispose (GObject *object)
{
  MpCountryCard *self = MP_COUNTRY_CARD (object);

  if (self->popover != NULL && gtk_widget_get_parent (self->popover) != NULL)
    gtk_widget_unparent (self->popover);
  g_clear_object (&self->popover);
  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_COUNTRY_CARD);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (mp_country_card_parent_class)->dispose (object);
}

static void
mp_country_card_finalize (GObject *object)
{
  MpCountryCard *self = MP_COUNTRY_CARD (object);

  mp_country_facts_clear (self->facts);
  g_clear_pointer (&self->country_id, g_free);
  g_clear_pointer (&self->compared, g_strfreev);

  G_OBJECT_CLASS (mp_country_card_parent_class)->finalize (object);
}

/* The top edge's colour is the chart's (style.css): the dark variant on
 * a dark style, which CSS cannot tell in GTK 4.8.  The class changes
 * only when the style turns, so this settles at once. */
static void
mp_country_card_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (mp_country_card_parent_class)->css_changed (widget, change);

  if (mp_widget_style_is_dark (widget) != gtk_widget_has_css_class (widget, "dark"))
    {
      if (gtk_widget_has_css_class (widget, "dark"))
        gtk_widget_remove_css_class (widget, "dark");
      else
        gtk_widget_add_css_class (widget, "dark");
    }
}

static void
mp_country_card_class_init (MpCountryCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_country_card_dispose;
  object_class->finalize = mp_country_card_finalize;
  widget_class->root = mp_country_card_root;
  widget_class->css_changed = mp_country_card_css_changed;
  object_class->get_property = mp_country_card_get_property;
  object_class->set_property = mp_country_card_set_property;

  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[REMOVE_REQUESTED] =
    g_signal_new ("remove-requested",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (MP_TYPE_FLAG);
  g_type_ensure (MP_TYPE_WRAP_LABEL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-country-card.ui");
  gtk_widget_class_bind_template_child (widget_class, MpCountryCard, box);
  gtk_widget_class_bind_template_child (widget_class, MpCountryCard, flag);
  gtk_widget_class_bind_template_child (widget_class, MpCountryCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, MpCountryCard, official_label);
  gtk_widget_class_bind_template_child (widget_class, MpCountryCard, remove_button);
  gtk_widget_class_bind_template_child (widget_class, MpCountryCard, picker);
  gtk_widget_class_bind_template_child (widget_class, MpCountryCard, facts_grid);
  gtk_widget_class_bind_template_child (widget_class, MpCountryCard, extra_box);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);

  gtk_widget_class_install_action (widget_class, "card.open-figure", NULL, open_figure_action);
  {
    const guint keys[] = { GDK_KEY_space, GDK_KEY_KP_Space, GDK_KEY_Return, GDK_KEY_ISO_Enter, GDK_KEY_KP_Enter };

    for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
      gtk_widget_class_add_binding_action (widget_class, keys[i], 0, "card.open-figure", NULL);
  }

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "countrycard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mp_country_card_init (MpCountryCard *self)
{

  gtk_widget_init_template (GTK_WIDGET (self));
  /* A dataset's names are anybody's: a name without spaces breaks inside
   * words, and a long one wraps rather than widen the window. */
  mp_wrap_label_set_wrap_mode (self->name_label, PANGO_WRAP_WORD_CHAR);
  mp_wrap_label_set_max_width_chars (self->name_label, 40);
  mp_wrap_label_set_wrap_mode (self->official_label, PANGO_WRAP_WORD_CHAR);
  mp_wrap_label_set_max_width_chars (self->official_label, 40);
  mp_widget_set_tooltip (GTK_WIDGET (self->remove_button), _("Remove Card"));
  mp_accessible_name_icon_button (GTK_WIDGET (self->remove_button), _("Remove Card"));
  mp_widget_set_tooltip (GTK_WIDGET (self->picker), _("Choose a Country"));

  {
    GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

    self->picker_label = GTK_LABEL (gtk_label_new (NULL));
    gtk_label_set_xalign (self->picker_label, 0);
    gtk_label_set_ellipsize (self->picker_label, PANGO_ELLIPSIZE_END);
    gtk_widget_set_hexpand (GTK_WIDGET (self->picker_label), TRUE);
    gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->picker_label));
    gtk_box_append (GTK_BOX (content), gtk_image_new_from_icon_name ("pan-down-symbolic"));
    mp_accessible_hide (gtk_widget_get_last_child (content));
    gtk_widget_set_hexpand (content, TRUE);
    gtk_menu_button_set_child (self->picker, content);
    /* Name at the start, arrow at the end, like a drop-down: GtkMenuButton
     * centres its child in a box of its own. */
    gtk_widget_set_halign (gtk_widget_get_parent (content), GTK_ALIGN_FILL);
    gtk_menu_button_set_create_popup_func (self->picker, create_picker_popover_cb, self, NULL);
    {
      GtkEventController *keys = gtk_event_controller_key_new ();

      g_signal_connect (keys, "key-pressed", G_CALLBACK (picker_key_pressed_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (self->picker), keys);
    }
  }

  mp_country_card_build_facts (self);

  self->sparkline = MP_SPARKLINE (mp_sparkline_new ());
  gtk_widget_set_size_request (GTK_WIDGET (self->sparkline), -1, 48);
  mp_widget_set_tooltip (GTK_WIDGET (self->sparkline), _("Population over time (World Bank)"));
  /* The sparkline's caption: what it shows and over which years (its
   * scale starts at zero). */
  self->sparkline_caption = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->sparkline_caption, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->sparkline_caption), "fact-caption");
  gtk_widget_set_visible (GTK_WIDGET (self->sparkline_caption), FALSE);
  gtk_box_append (self->extra_box, GTK_WIDGET (self->sparkline_caption));
  gtk_box_append (self->extra_box, GTK_WIDGET (self->sparkline));

  self->needs_update = TRUE;
}

GtkWidget *
mp_country_card_new (void)
{
  return g_object_new (MP_TYPE_COUNTRY_CARD, NULL);
}

void
mp_country_card_set_dataset (MpCountryCard *self,
                             MpDataset     *dataset)
{
  g_return_if_fail (MP_IS_COUNTRY_CARD (self));
  g_return_if_fail (!dataset || MP_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  /* A new list of countries: built again when the picker next opens. */
  gtk_menu_button_set_popover (self->picker, NULL);
  mp_country_card_queue_update (self);
}

MpDataset *
mp_country_card_get_dataset (MpCountryCard *self)
{
  g_return_val_if_fail (MP_IS_COUNTRY_CARD (self), NULL);

  return self->dataset;
}

void
mp_country_card_set_country (MpCountryCard *self,
                             const char    *country_id)
{
  g_return_if_fail (MP_IS_COUNTRY_CARD (self));

  if (g_strcmp0 (self->country_id, country_id) == 0)
    return;

  g_free (self->country_id);
  self->country_id = g_strdup (country_id);

  mp_country_card_queue_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTRY]);
}

const char *
mp_country_card_get_country (MpCountryCard *self)
{
  g_return_val_if_fail (MP_IS_COUNTRY_CARD (self), NULL);

  return self->country_id;
}

void
mp_country_card_set_removable (MpCountryCard *self,
                               gboolean       removable)
{
  g_return_if_fail (MP_IS_COUNTRY_CARD (self));

  gtk_widget_set_visible (GTK_WIDGET (self->remove_button), removable);
}

void
mp_country_card_focus_picker (MpCountryCard *self)
{
  g_return_if_fail (MP_IS_COUNTRY_CARD (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->picker));
}

void
mp_country_card_open_picker (MpCountryCard *self,
                             const char    *search)
{
  GtkPopover *popover;

  g_return_if_fail (MP_IS_COUNTRY_CARD (self));

  create_picker_popover_cb (self->picker, self);
  popover = gtk_menu_button_get_popover (self->picker);
  if (!MP_IS_COUNTRY_POPOVER (popover))
    return;

  mp_country_popover_set_initial_search (MP_COUNTRY_POPOVER (popover), search);
  gtk_menu_button_popup (self->picker);
}



/* The index of @fact ("capital", …) in the card's facts, up to date, or -1. */
static int
find_fact (MpCountryCard *self,
           const char    *fact)
{
  mp_country_card_flush_update (self);

  for (guint i = 0; i < MP_N_FACTS; i++)
    if (g_str_equal (self->facts[i].key, fact))
      return (int) i;

  return -1;
}

/* The widget showing @fact's figure (its button), or NULL. */
GtkWidget *
mp_country_card_get_fact_widget (MpCountryCard *self,
                                 const char    *fact)
{
  int i;

  g_return_val_if_fail (MP_IS_COUNTRY_CARD (self), NULL);

  i = find_fact (self, fact);
  return i >= 0 ? self->rows[i].label : NULL;
}

/* The source popover of the figure last opened, or NULL. */
GtkWidget *
mp_country_card_get_source_popover (MpCountryCard *self)
{
  g_return_val_if_fail (MP_IS_COUNTRY_CARD (self), NULL);

  return self->popover;
}

const char *
mp_country_card_get_fact_text (MpCountryCard *self,
                               const char    *fact)
{
  int i;

  g_return_val_if_fail (MP_IS_COUNTRY_CARD (self), NULL);

  i = find_fact (self, fact);
  return i >= 0 ? self->facts[i].text : NULL;
}


/* The card's position: its colour in the charts and sparkline. */
void
mp_country_card_set_index (MpCountryCard *self,
                           guint          index)
{
  g_autofree char *old_class = NULL;
  g_autofree char *new_class = NULL;

  g_return_if_fail (MP_IS_COUNTRY_CARD (self));

  old_class = g_strdup_printf ("country-%u", self->index + 1);
  new_class = g_strdup_printf ("country-%u", index + 1);
  gtk_widget_remove_css_class (GTK_WIDGET (self), old_class);
  gtk_widget_add_css_class (GTK_WIDGET (self), new_class);

  self->index = index;
  mp_sparkline_set_country_index (self->sparkline, index);
}

/* The countries shown with this one (it may be among them): its
 * memberships say how many key organizations they all share. */
void
mp_country_card_set_compared (MpCountryCard      *self,
                              const char * const *countries)
{
  g_return_if_fail (MP_IS_COUNTRY_CARD (self));

  if (self->compared == NULL ? countries == NULL
      : countries != NULL && g_strv_equal ((const char * const *) self->compared, countries))
    return;

  g_strfreev (self->compared);
  self->compared = g_strdupv ((char **) countries);
  mp_country_card_queue_update (self);
}

/* A compact card has less space around its facts, no official name
 * and a lower sparkline, and when @wide (about 600 px or more) its facts
 * two a row: for windows 768 px high, where the chart below the cards
 * needs most of the height. */
void
mp_country_card_set_compact (MpCountryCard *self,
                             gboolean       compact,
                             gboolean       wide)
{
  g_return_if_fail (MP_IS_COUNTRY_CARD (self));

  compact = !!compact;
  wide = !!wide;
  if (self->compact == compact && self->wide == wide)
    return;

  self->compact = compact;
  self->wide = wide;
  mp_country_card_attach_facts (self);
  gtk_grid_set_row_spacing (self->facts_grid, compact ? 0 : 2);
  if (compact)
    gtk_widget_add_css_class (GTK_WIDGET (self), "compact");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "compact");
  gtk_box_set_spacing (GTK_BOX (self->box), compact ? 6 : 12);
  /* One pixel less than the spacing would say: the card's one-pixel
   * border (its ring, style.css) is inside its allocation. */
  gtk_widget_set_margin_top (self->box, compact ? 11 : 17);
  gtk_widget_set_margin_bottom (self->box, compact ? 11 : 17);
  gtk_grid_set_column_spacing (self->facts_grid, compact ? 8 : 12);
  gtk_widget_set_size_request (GTK_WIDGET (self->sparkline), -1, compact ? 30 : 48);
  /* The official name is in the country's popover and the picker. */
  gtk_widget_set_visible (GTK_WIDGET (self->official_label),
                          !compact && *mp_wrap_label_get_text (self->official_label) != '\0');
}

gboolean
mp_country_card_get_compact (MpCountryCard *self)
{
  g_return_val_if_fail (MP_IS_COUNTRY_CARD (self), FALSE);

  return self->compact;
}

/* The sparkline's caption as shown, or NULL when hidden (tests). */
const char *
mp_country_card_get_sparkline_caption (MpCountryCard *self)
{
  g_return_val_if_fail (MP_IS_COUNTRY_CARD (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->sparkline_caption)))
    return NULL;

  return gtk_label_get_text (self->sparkline_caption);
}
