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
#include "mp-country-search.h"
#include "mp-flag.h"
#include "mp-text.h"

/* A GtkListView over the countries' ids: with every country of the
 * world in the dataset, only the rows in sight are built, and their
 * flags drawn. */
typedef struct
{
  const MpCountry *country;
  char            *key;        /* mp_country_search_key () */
  char            *collation;  /* of the displayed name */
  guint            score;      /* for the current search; 0 hides it */
} Entry;

struct _MpCountryPopover
{
  GtkPopover          parent_instance;

  GtkSearchEntry     *search;
  GtkStack           *stack;
  GtkListView        *list;
  GtkStringList      *ids;
  GtkCustomFilter    *filter;
  GtkCustomSorter    *sorter;
  GtkSortListModel   *shown;
  GtkSingleSelection *selection; /* the card's own country, if shown */
  GHashTable         *entries;   /* id → Entry */
  GPtrArray          *bound;     /* GtkListItem: the rows in sight */
  char               *selected;
  char               *initial;   /* the search it opens with next, nullable */
};

G_DEFINE_FINAL_TYPE (MpCountryPopover, mp_country_popover, GTK_TYPE_POPOVER)

enum {
  COUNTRY_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->key);
  g_free (entry->collation);
  g_free (entry);
}

static Entry *
lookup_entry (MpCountryPopover *self,
              gpointer          item)
{
  return g_hash_table_lookup (self->entries, gtk_string_object_get_string (item));
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  return lookup_entry (user_data, item)->score > 0;
}

/* Best match first; else by name, in the UI language's order. */
static int
sort_cb (gconstpointer a,
         gconstpointer b,
         gpointer      user_data)
{
  Entry *ea = lookup_entry (user_data, (gpointer) a);
  Entry *eb = lookup_entry (user_data, (gpointer) b);

  if (ea->score != eb->score)
    return ea->score > eb->score ? -1 : 1;

  return strcmp (ea->collation, eb->collation);
}

static void
update_check (MpCountryPopover *self,
              GtkListItem      *list_item)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkStringObject *item = gtk_list_item_get_item (list_item);
  gboolean selected;

  if (box == NULL || item == NULL)
    return;

  selected = g_strcmp0 (gtk_string_object_get_string (item), self->selected) == 0;
  gtk_widget_set_opacity (gtk_widget_get_last_child (box), selected ? 1 : 0);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          MpCountryPopover         *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *flag = mp_flag_new ();
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  /* The name says it all: the flag is decoration here. */
  mp_flag_set_fixed_size (MP_FLAG (flag), 24, 18);
  gtk_widget_set_valign (flag, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (flag), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Long names on two lines: "United States of America" and "United
   * States Minor Outlying Islands" begin alike in every language, and
   * cut after a line they could not be told apart (Kazakh). */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), flag);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  /* The chosen row is "selected" to a screen reader, not a check. */
  mp_accessible_hide (check);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         MpCountryPopover         *self)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *flag = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (flag);
  Entry *entry = lookup_entry (self, gtk_list_item_get_item (list_item));

  mp_flag_set_path (MP_FLAG (flag), entry->country->flag);
  gtk_widget_set_visible (flag, entry->country->flag != NULL);
  gtk_label_set_label (GTK_LABEL (label), mp_text_get (entry->country->name, NULL));
  if (gtk_widget_get_parent (box) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, mp_text_get (entry->country->name, NULL), -1);
  update_check (self, list_item);
  g_ptr_array_add (self->bound, list_item);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           MpCountryPopover         *self)
{
  g_ptr_array_remove_fast (self->bound, list_item);
}

static void
choose (MpCountryPopover *self,
        guint             position)
{
  g_autoptr(GtkStringObject) item = g_list_model_get_item (G_LIST_MODEL (self->shown), position);
  g_autofree char *id = NULL;

  if (item == NULL)
    return;

  id = g_strdup (gtk_string_object_get_string (item));
  g_object_ref (self);
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[COUNTRY_CHOSEN], 0, id);
  g_object_unref (self);
}

static void
activate_cb (MpCountryPopover *self,
             guint             position)
{
  choose (self, position);
}

static void
search_changed_cb (MpCountryPopover *self)
{
  mp_country_popover_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search)));
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

  if (g_list_model_get_n_items (G_LIST_MODEL (self->shown)) == 0)
    return FALSE;

  /* The list puts the keyboard on its first row. */
  return gtk_widget_child_focus (GTK_WIDGET (self->list), GTK_DIR_TAB_FORWARD);
}

static void
stop_search_cb (MpCountryPopover *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

/* Each time it opens: an empty search (or the one asked for).  Set as it
 * is shown, before it maps: on a busy display the popover maps later than
 * the popup call, and the list must be right from the start. */
static void
visible_cb (MpCountryPopover *self)
{
  g_autofree char *initial = g_steal_pointer (&self->initial);

  if (!gtk_widget_get_visible (GTK_WIDGET (self)))
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->search), initial != NULL ? initial : "");
  /* Typing goes on after the letter that opened it: setting the text
   * leaves the cursor before it, and the popover may already be mapped
   * (GTK notifies "visible" after mapping it), so map_cb () has been. */
  gtk_editable_set_position (GTK_EDITABLE (self->search), -1);
  /* At once: the entry reports the change only after a delay. */
  mp_country_popover_search (self, initial);
}

/* Mapped: the keyboard in the search. */
static void
map_cb (MpCountryPopover *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->search));
  /* Typing goes on after what was typed, not over it. */
  gtk_editable_set_position (GTK_EDITABLE (self->search), -1);

#if GTK_CHECK_VERSION (4, 12, 0)
  /* The card's own country in sight, as a drop-down opens on its
   * choice (GTK 4.8 builds rows well past the visible ones). */
  if (gtk_single_selection_get_selected (self->selection) != GTK_INVALID_LIST_POSITION)
    gtk_list_view_scroll_to (self->list, gtk_single_selection_get_selected (self->selection),
                             GTK_LIST_SCROLL_NONE, NULL);
#endif
}

/* The card's own country is the list's selected row: a screen reader
 * says "selected" there (GTK 4.12 and later take a row's state from the
 * selection, not from its widget). */
static void
select_current (MpCountryPopover *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->shown));
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < n && self->selected != NULL; i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (G_LIST_MODEL (self->shown), i);

      if (g_str_equal (gtk_string_object_get_string (item), self->selected))
        {
          position = i;
          break;
        }
    }
  gtk_single_selection_set_selected (self->selection, position);
}

static void
shown_changed_cb (MpCountryPopover *self)
{
  gboolean none = g_list_model_get_n_items (G_LIST_MODEL (self->shown)) == 0;

  select_current (self);
  gtk_stack_set_visible_child_name (self->stack, none ? "none" : "list");
}

static void
mp_country_popover_dispose (GObject *object)
{
  MpCountryPopover *self = MP_COUNTRY_POPOVER (object);

  g_clear_pointer (&self->bound, g_ptr_array_unref);
  g_clear_object (&self->shown);
  g_clear_object (&self->selection);

  G_OBJECT_CLASS (mp_country_popover_parent_class)->dispose (object);
}

static void
mp_country_popover_finalize (GObject *object)
{
  MpCountryPopover *self = MP_COUNTRY_POPOVER (object);

  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->selected, g_free);
  g_clear_pointer (&self->initial, g_free);

  G_OBJECT_CLASS (mp_country_popover_parent_class)->finalize (object);
}

static void
mp_country_popover_class_init (MpCountryPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mp_country_popover_dispose;
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
  GtkWidget *none = gtk_label_new (_("No countries match"));
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkFilterListModel *filtered;

  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, entry_free);
  self->bound = g_ptr_array_new ();

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

  self->ids = gtk_string_list_new (NULL);
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->sorter = gtk_custom_sorter_new (sort_cb, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (self->ids), GTK_FILTER (self->filter));
  self->shown = gtk_sort_list_model_new (G_LIST_MODEL (filtered), GTK_SORTER (self->sorter));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  /* After the selection has followed the change. */
  g_signal_connect_swapped (self->selection, "items-changed", G_CALLBACK (shown_changed_cb), self);
  self->list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)), factory));
  gtk_list_view_set_single_click_activate (self->list, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Countries"), -1);
  g_signal_connect_swapped (self->list, "activate", G_CALLBACK (activate_cb), self);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  /* Wide enough for "United Kingdom of Great Britain…" to be read. */
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  mp_accessible_label_scrollbars (GTK_SCROLLED_WINDOW (scrolled), _("Countries"));

  gtk_widget_add_css_class (none, "dim-label");
  gtk_widget_set_margin_top (none, 18);
  gtk_widget_set_margin_bottom (none, 18);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_vhomogeneous (self->stack, FALSE);
  /* Titled: a screen reader names the pages by them. */
  gtk_stack_page_set_title (gtk_stack_add_named (self->stack, scrolled, "list"), _("Countries"));
  gtk_stack_page_set_title (gtk_stack_add_named (self->stack, none, "none"), _("No countries match"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));

  /* Keys typed with the list focused go to the search. */
  gtk_search_entry_set_key_capture_widget (self->search, GTK_WIDGET (self->list));

  gtk_popover_set_child (GTK_POPOVER (self), box);
  mp_accessible_label_popover (GTK_POPOVER (self), _("Choose a Country"));
  g_signal_connect (self, "notify::visible", G_CALLBACK (visible_cb), NULL);
  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
}

GtkWidget *
mp_country_popover_new (MpDataset  *dataset,
                        const char *selected_id)
{
  MpCountryPopover *self = g_object_new (MP_TYPE_COUNTRY_POPOVER, NULL);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  GPtrArray *countries;

  g_return_val_if_fail (MP_IS_DATASET (dataset), GTK_WIDGET (self));

  countries = mp_dataset_get_countries (dataset);
  for (guint i = 0; i < countries->len; i++)
    {
      const MpCountry *country = g_ptr_array_index (countries, i);
      Entry *entry = g_new0 (Entry, 1);

      entry->country = country;
      entry->key = mp_country_search_key (country, NULL);
      entry->collation = g_utf8_collate_key (mp_text_get (country->name, NULL), -1);
      entry->score = 1;
      g_hash_table_insert (self->entries, (gpointer) country->id, entry);
      g_strv_builder_add (ids, country->id);
    }
  strv = g_strv_builder_end (ids);
  gtk_string_list_splice (self->ids, 0, 0, (const char * const *) strv);
  mp_country_popover_set_selected (self, selected_id);

  return GTK_WIDGET (self);
}

void
mp_country_popover_set_selected (MpCountryPopover *self,
                                 const char       *selected_id)
{
  g_return_if_fail (MP_IS_COUNTRY_POPOVER (self));

  g_free (self->selected);
  self->selected = g_strdup (selected_id);
  for (guint i = 0; i < self->bound->len; i++)
    update_check (self, g_ptr_array_index (self->bound, i));
  select_current (self);

  /* Said with the list whether or not its row is in sight. */
  {
    Entry *entry = selected_id != NULL ? g_hash_table_lookup (self->entries, selected_id) : NULL;
    g_autofree char *current = NULL;

    if (entry != NULL)
      /* Translators: the accessible description of the country list:
       * the country the card shows now */
      current = g_strdup_printf (_("Shown now: %s"), mp_text_get (entry->country->name, NULL));
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    current != NULL ? current : "", -1);
  }
}

GStrv
mp_country_popover_dup_visible (MpCountryPopover *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n;

  g_return_val_if_fail (MP_IS_COUNTRY_POPOVER (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->shown));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (G_LIST_MODEL (self->shown), i);

      g_strv_builder_add (builder, gtk_string_object_get_string (item));
    }

  return g_strv_builder_end (builder);
}

void
mp_country_popover_search (MpCountryPopover *self,
                           const char       *text)
{
  GHashTableIter iter;
  Entry *entry;

  g_return_if_fail (MP_IS_COUNTRY_POPOVER (self));

  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
    entry->score = mp_country_search_score (entry->key, text);

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

gboolean
mp_country_popover_choose_first (MpCountryPopover *self)
{
  g_return_val_if_fail (MP_IS_COUNTRY_POPOVER (self), FALSE);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->shown)) == 0)
    return FALSE;

  choose (self, 0);
  return TRUE;
}

void
mp_country_popover_set_initial_search (MpCountryPopover *self,
                                       const char       *search)
{
  g_return_if_fail (MP_IS_COUNTRY_POPOVER (self));

  g_free (self->initial);
  self->initial = g_strdup (search);
}
