/* mp-presets-popover.c
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
#include "mp-chart-common.h"
#include "mp-limits.h"
#include "mp-presets.h"
#include "mp-presets-popover.h"
#include "mp-tooltip.h"

/* A line of explanation wraps at this many characters, not more: a
 * longer translation takes two lines rather than a wider popover. */
#define EXPLANATION_CHARS 62

struct _MpPresetsPopover
{
  GtkPopover  parent_instance;

  MpDataset  *dataset;
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (MpPresetsPopover, mp_presets_popover, GTK_TYPE_POPOVER)

enum
{
  PRESET_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
row_preset (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "preset-id");
}

/* How many countries @preset shows from the dataset, their names for
 * the tooltip, and what the row says of them. */
static void
update_row (MpPresetsPopover *self,
            GtkListBoxRow    *row)
{
  const MpPreset *preset = mp_presets_lookup (row_preset (row));
  GtkLabel *count = g_object_get_data (G_OBJECT (row), "count-label");
  g_auto(GStrv) ids = NULL;
  g_autofree char *count_text = NULL;
  g_autofree char *names_text = NULL;
  g_autofree char *description = NULL;
  guint n;

  g_assert (preset != NULL);

  ids = self->dataset != NULL ? mp_presets_get_countries (self->dataset, preset->id) : g_new0 (char *, 1);
  n = g_strv_length (ids);
  if (n == 0)
    /* Translators: in the Presets popover, a group the dataset has no
     * country of */
    count_text = g_strdup (_("None in this dataset"));
  else if (n > MP_MAX_COUNTRIES)
    /* Translators: in the Presets popover: the first 8 of 9 countries */
    count_text = g_strdup_printf (_("First %u of %u"), MP_MAX_COUNTRIES, n);
  else
    count_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u country", "%u countries", n), n);
  gtk_label_set_text (count, count_text);

  if (n > 0)
    {
      const char *names[MP_MAX_COUNTRIES];
      guint n_names = MIN (n, MP_MAX_COUNTRIES);

      for (guint i = 0; i < n_names; i++)
        names[i] = mp_chart_country_name (mp_dataset_lookup_country (self->dataset, ids[i]));
      names_text = mp_chart_join_list (names, n_names);
    }
  mp_widget_set_tooltip (GTK_WIDGET (row), names_text);

  gtk_list_box_row_set_activatable (row, n > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (row), n > 0);

  /* A screen reader says the name, then the explanation, the count and
   * the countries: "Central Asia. The UN's Central Asia sub-region
   * (M49). 5 countries: Kazakhstan, …".  (After the tooltip, which
   * would be the description otherwise.) */
  if (names_text != NULL)
    description = g_strdup_printf ("%s. %s: %s", _(preset->explanation), count_text, names_text);
  else
    description = g_strdup_printf ("%s. %s", _(preset->explanation), count_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(preset->label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
row_activated_cb (MpPresetsPopover *self,
                  GtkListBoxRow    *row)
{
  g_autofree char *id = g_strdup (row_preset (row));

  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[PRESET_ACTIVATED], 0, id);
}

static GtkWidget *
row_new (const MpPreset *preset)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (_(preset->label));
  GtkWidget *explanation = gtk_label_new (_(preset->explanation));
  GtkWidget *count = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "preset-title");
  gtk_label_set_xalign (GTK_LABEL (explanation), 0);
  gtk_label_set_wrap (GTK_LABEL (explanation), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (explanation), EXPLANATION_CHARS);
  gtk_widget_add_css_class (explanation, "preset-explanation");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (count, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (count, "preset-count");
  /* The row says them once, as its name and description. */
  mp_accessible_hide (title);
  mp_accessible_hide (explanation);
  mp_accessible_hide (count);

  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), explanation);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), count);
  gtk_widget_add_css_class (box, "preset-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data (G_OBJECT (row), "preset-id", (gpointer) preset->id);
  g_object_set_data (G_OBJECT (row), "count-label", count);

  return row;
}

static void
mp_presets_popover_show (GtkWidget *widget)
{
  MpPresetsPopover *self = MP_PRESETS_POPOVER (widget);
  GtkListBoxRow *first = NULL;

  GTK_WIDGET_CLASS (mp_presets_popover_parent_class)->show (widget);

  /* The keyboard starts on the first preset that can be chosen. */
  for (int i = 0; (first = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    if (gtk_widget_get_sensitive (GTK_WIDGET (first)))
      break;
  if (first != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (first));
}

static void
mp_presets_popover_dispose (GObject *object)
{
  MpPresetsPopover *self = MP_PRESETS_POPOVER (object);

  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (mp_presets_popover_parent_class)->dispose (object);
}

static void
mp_presets_popover_class_init (MpPresetsPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_presets_popover_dispose;
  widget_class->show = mp_presets_popover_show;

  signals[PRESET_ACTIVATED] =
    g_signal_new ("preset-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
mp_presets_popover_init (MpPresetsPopover *self)
{
  const MpPreset *presets;
  guint n_presets;

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "presets-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Presets"), -1);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (row_activated_cb), self, G_CONNECT_SWAPPED);

  presets = mp_presets_get_all (&n_presets);
  for (guint i = 0; i < n_presets; i++)
    {
      GtkWidget *row = row_new (&presets[i]);

      gtk_list_box_append (self->list, row);
      update_row (self, GTK_LIST_BOX_ROW (row));
    }

  gtk_popover_set_child (GTK_POPOVER (self), GTK_WIDGET (self->list));
  gtk_widget_add_css_class (GTK_WIDGET (self), "presets-popover");
  mp_accessible_label_popover (GTK_POPOVER (self), _("Presets"));
}

GtkWidget *
mp_presets_popover_new (void)
{
  return g_object_new (MP_TYPE_PRESETS_POPOVER, NULL);
}

void
mp_presets_popover_set_dataset (MpPresetsPopover *self,
                                MpDataset        *dataset)
{
  GtkListBoxRow *row;

  g_return_if_fail (MP_IS_PRESETS_POPOVER (self));
  g_return_if_fail (dataset == NULL || MP_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    update_row (self, row);
}

GtkWidget *
mp_presets_popover_get_row (MpPresetsPopover *self,
                            const char       *id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (MP_IS_PRESETS_POPOVER (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    if (g_str_equal (row_preset (row), id))
      return GTK_WIDGET (row);

  return NULL;
}
