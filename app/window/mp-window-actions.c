/* mp-window-actions.c
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window's general actions: adding and focusing cards, presets,
 * showing a chart, the keyboard shortcuts window and the main menu. */

#include "config.h"

#include <glib/gi18n.h>

#include "mp-accessible.h"
#include "mp-limits.h"
#include "mp-presets.h"
#include "mp-presets-popover.h"
#include "mp-window-private.h"

static void
add_card_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);
  g_auto(GStrv) shown = _mp_window_dup_countries (self);
  GPtrArray *countries;
  MpCountryCard *card;

  if (self->dataset == NULL || _mp_window_get_n_cards (self) >= MP_MAX_COUNTRIES)
    return;

  /* The next of the dataset's featured countries not shown, else the
   * next country not shown. */
  countries = mp_dataset_get_countries (self->dataset);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < countries->len; i++)
      {
        const MpCountry *country = g_ptr_array_index (countries, i);

        if ((pass == 0 && !country->featured) ||
            g_strv_contains ((const char * const *) shown, country->id))
          continue;

        card = _mp_window_append_card (self, country->id);
        _mp_window_countries_changed (self);
        /* Most often the teacher wants another country: the picker
         * opens, with the keyboard in its search. */
        mp_country_card_focus_picker (card);
        mp_country_card_open_picker (card, NULL);
        return;
      }
}

static void
focus_card_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);
  MpCountryCard *card = _mp_window_get_card (self, g_variant_get_int32 (parameter));

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
      _mp_window_show_toast (self, _("The dataset has no countries for this preset"));
      return;
    }

  _mp_window_choose_countries (self, (const char * const *) countries);
  if (g_strv_length (countries) > MP_MAX_COUNTRIES)
    {
      g_autofree char *message = NULL;

      /* Translators: a message after choosing a preset with more
       * countries than the window shows; the first %u is 8 */
      message = g_strdup_printf (_("Showing the first %u of the preset’s %u countries"),
                                 MP_MAX_COUNTRIES, g_strv_length (countries));
      _mp_window_show_toast (self, message);
    }
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

/* The main menu (its model as well as its popover) is built the first
 * time it opens, by click or F10: built with the window, both would
 * delay its first frame for a menu that may never open. */
static void
create_primary_menu_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  MpWindow *self = MP_WINDOW (user_data);
  g_autoptr(GtkBuilder) builder = NULL;

  /* GtkMenuButton asks each time it opens: build it once. */
  if (self->primary_menu != NULL)
    return;

  builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/mp-primary-menu.ui");
  self->primary_menu = g_object_ref (G_MENU_MODEL (gtk_builder_get_object (builder, "primary_menu")));
  gtk_menu_button_set_menu_model (button, self->primary_menu);
  mp_accessible_label_menu (GTK_POPOVER_MENU (gtk_menu_button_get_popover (button)), _("Main Menu"));
}

static void
preset_activated_cb (MpWindow   *self,
                     const char *preset_id)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.preset", "s", preset_id);
}

/* The presets' popover: built the first time it opens, as the main menu
 * is; each time it opens, its counts follow the dataset shown. */
static void
create_presets_popover_cb (GtkMenuButton *button,
                           gpointer       user_data)
{
  MpWindow *self = MP_WINDOW (user_data);

  if (self->presets_popover == NULL)
    {
      self->presets_popover = mp_presets_popover_new ();
      g_signal_connect_object (self->presets_popover, "preset-activated",
                               G_CALLBACK (preset_activated_cb), self, G_CONNECT_SWAPPED);
      gtk_menu_button_set_popover (button, self->presets_popover);
    }
  mp_presets_popover_set_dataset (MP_PRESETS_POPOVER (self->presets_popover), self->dataset);
}

/* Alt+P, as the shortcuts window says, in every language: the button's
 * mnemonic is its translated name's ("Го_товые подборки" in Russian). */
static void
show_presets_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MpWindow *self = MP_WINDOW (widget);

  if (gtk_widget_is_sensitive (GTK_WIDGET (self->presets_button)))
    gtk_menu_button_popup (self->presets_button);
}

void
_mp_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.add-card", NULL, add_card_cb);
  gtk_widget_class_install_action (widget_class, "win.focus-card", "i", focus_card_cb);
  gtk_widget_class_install_action (widget_class, "win.preset", "s", preset_cb);
  gtk_widget_class_install_action (widget_class, "win.show-chart", "s", show_chart_cb);
  gtk_widget_class_install_action (widget_class, "win.show-shortcuts", NULL, show_shortcuts_cb);
  gtk_widget_class_install_action (widget_class, "win.show-presets", NULL, show_presets_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK, "win.show-shortcuts", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.show-shortcuts", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.add-card", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_ALT_MASK, "win.show-presets", NULL);
  for (int i = 0; i < MP_MAX_COUNTRIES; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_CONTROL_MASK,
                                         "win.focus-card", "i", i);
}

void
_mp_window_actions_init (MpWindow *self)
{
  gtk_menu_button_set_create_popup_func (self->menu_button, create_primary_menu_cb, self, NULL);
  gtk_menu_button_set_create_popup_func (self->presets_button, create_presets_popover_cb, self, NULL);
}
