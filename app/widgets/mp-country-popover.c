/* mp-country-popover.c
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
#include <string.h>

#include "mp-accessible.h"
#include "mp-country-popover.h"
#include "mp-text.h"

struct _MpCountryPopover
{
  GtkPopover      parent_instance;

  GtkSearchEntry *search;
  GtkListBox     *list;
  char           *query;    /* casefolded, NULL: show all */
  char           *selected_id;
};

G_DEFINE_FINAL_TYPE (MpCountryPopover, mp_country_popover, GTK_TYPE_POPOVER)

enum {
  COUNTRY_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Each row keeps its country's id and its casefolded name and id. */
#define ROW_ID     "mp-country-id"
#define ROW_SEARCH "mp-country-search"

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  MpCountryPopover *self = MP_COUNTRY_POPOVER (user_data);

  return self->query == NULL || strstr (g_object_get_data (G_OBJECT (row), ROW_SEARCH), self->query) != NULL;
}

static void
search_changed_cb (MpCountryPopover *self)
{
  mp_country_popover_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search)));
}

static void
row_activated_cb (MpCountryPopover *self,
                  GtkListBoxRow    *row)
{
  g_autofree char *id = g_strdup (g_object_get_data (G_OBJECT (row), ROW_ID));

  g_object_ref (self);
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[COUNTRY_CHOSEN], 0, id);
  g_object_unref (self);
}

static void
search_activate_cb (MpCountryPopover *self)
{
  mp_country_popover_choose_first (self);
}

/* Down from the search moves into the list, to the first match. */
static gboolean
search_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       MpCountryPopover      *self)
{
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && filter_row (GTK_LIST_BOX_ROW (row), self))
      return gtk_widget_grab_focus (row);

  return FALSE;
}

static void
stop_search_cb (MpCountryPopover *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

/* Each time it opens: an empty search, with the keyboard in it. */
static void
map_cb (MpCountryPopover *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  /* At once: the entry reports the change only after a delay. */
  mp_country_popover_search (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->search));
  /* GtkListBox has cleared its rows' "selected" state since. */
  mp_country_popover_set_selected (self, self->selected_id);
}

static void
mp_country_popover_finalize (GObject *object)
{
  MpCountryPopover *self = MP_COUNTRY_POPOVER (object);

  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->selected_id, g_free);

  G_OBJECT_CLASS (mp_country_popover_parent_class)->finalize (object);
}

static void
mp_country_popover_class_init (MpCountryPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mp_country_popover_finalize;

  /**
   * MpCountryPopover::country-chosen:
   * @id: the chosen country's id
   */
  signals[COUNTRY_CHOSEN] =
    g_signal_new ("country-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
mp_country_popover_init (MpCountryPopover *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search countries"), -1);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->search, "activate", G_CALLBACK (search_activate_cb), self);
  g_signal_connect_swapped (self->search, "stop-search", G_CALLBACK (stop_search_cb), self);
  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->search), keys);
  }
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_list_box_set_filter_func (self->list, filter_row, self, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Countries"), -1);
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  mp_accessible_label_scrollbars (GTK_SCROLLED_WINDOW (scrolled), _("Countries"));
  gtk_box_append (GTK_BOX (box), scrolled);

  /* Keys typed with the list focused go to the search. */
  gtk_search_entry_set_key_capture_widget (self->search, GTK_WIDGET (self->list));

  gtk_popover_set_child (GTK_POPOVER (self), box);
  mp_accessible_label_popover (GTK_POPOVER (self), _("Choose a Country"));
  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
}

GtkWidget *
mp_country_popover_new (MpDataset  *dataset,
                        const char *selected_id)
{
  MpCountryPopover *self = g_object_new (MP_TYPE_COUNTRY_POPOVER, NULL);
  GPtrArray *countries;

  g_return_val_if_fail (MP_IS_DATASET (dataset), GTK_WIDGET (self));

  countries = mp_dataset_get_countries (dataset);
  for (guint i = 0; i < countries->len; i++)
    {
      const MpCountry *country = g_ptr_array_index (countries, i);
      const char *name = mp_text_get (country->name, NULL);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *label = gtk_label_new (name);
      GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");


      g_autofree char *folded_name = g_utf8_casefold (name, -1);
      g_autofree char *folded_id = g_utf8_casefold (country->id, -1);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), check);
      /* The chosen row is "selected" to a screen reader, not a check. */
      mp_accessible_hide (check);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_object_set_data_full (G_OBJECT (row), ROW_ID, g_strdup (country->id), g_free);
      g_object_set_data_full (G_OBJECT (row), ROW_SEARCH,
                              g_strconcat (folded_name, "\n", folded_id, NULL), g_free);
      gtk_list_box_append (self->list, row);
    }
  mp_country_popover_set_selected (self, selected_id);

  return GTK_WIDGET (self);
}

void
mp_country_popover_set_selected (MpCountryPopover *self,
                                 const char       *selected_id)
{
  g_return_if_fail (MP_IS_COUNTRY_POPOVER (self));

  if (selected_id != self->selected_id)
    {
      g_free (self->selected_id);
      self->selected_id = g_strdup (selected_id);
    }

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      gboolean selected;
      GtkWidget *check;

      if (!GTK_IS_LIST_BOX_ROW (row))
        continue;

      selected = g_strcmp0 (g_object_get_data (G_OBJECT (row), ROW_ID), selected_id) == 0;
      check = gtk_widget_get_last_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
      gtk_widget_set_opacity (check, selected ? 1 : 0);
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_SELECTED, selected, -1);
    }
}

GStrv
mp_country_popover_dup_visible (MpCountryPopover *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (MP_IS_COUNTRY_POPOVER (self), NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && filter_row (GTK_LIST_BOX_ROW (row), self))
      g_strv_builder_add (builder, g_object_get_data (G_OBJECT (row), ROW_ID));

  return g_strv_builder_end (builder);
}

void
mp_country_popover_search (MpCountryPopover *self,
                           const char       *text)
{
  g_return_if_fail (MP_IS_COUNTRY_POPOVER (self));

  g_clear_pointer (&self->query, g_free);
  if (text != NULL && *text != '\0')
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text));

      if (*stripped != '\0')
        self->query = g_utf8_casefold (stripped, -1);
    }
  gtk_list_box_invalidate_filter (self->list);
}

gboolean
mp_country_popover_choose_first (MpCountryPopover *self)
{
  g_return_val_if_fail (MP_IS_COUNTRY_POPOVER (self), FALSE);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && filter_row (GTK_LIST_BOX_ROW (row), self))
      {
        row_activated_cb (self, GTK_LIST_BOX_ROW (row));
        return TRUE;
      }

  return FALSE;
}
