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

#include "mp-country-card.h"
#include "mp-flag.h"
#include "mp-format.h"
#include "mp-source-popover.h"

typedef struct
{
  char          *text;    /* NULL: no data */
  const char    *source;  /* source id, nullable */
  MpValueStatus  status;
  int            year;    /* 0 when not applicable */
  const char    *action;  /* optional action instead of a source popover */
} FactValue;

typedef struct
{
  const char *key;
  const char *caption;
  void      (*compute) (MpDataset       *dataset,
                        const MpCountry *country,
                        FactValue       *value);
} FactDef;

typedef struct
{
  const FactDef *def;
  GtkWidget     *caption;
  GtkWidget     *button;
  GtkWidget     *label;
  FactValue      value;
} FactRow;

struct _MpCountryCard
{
  GtkWidget       parent_instance;

  MpDataset      *dataset;
  char           *country_id;
  GPtrArray      *picker_ids;   /* country ids in picker order */
  FactRow        *rows;
  guint           n_rows;
  gboolean        updating_picker;

  GtkWidget      *box;
  MpFlag         *flag;
  GtkLabel       *name_label;
  GtkLabel       *official_label;
  GtkButton      *remove_button;
  GtkDropDown    *picker;
  GtkGrid        *facts_grid;
  GtkBox         *extra_box;
  GtkWidget      *popover;
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

static void
fact_value_clear (FactValue *value)
{
  g_clear_pointer (&value->text, g_free);
  value->source = NULL;
  value->status = MP_VALUE_FINAL;
  value->year = 0;
  value->action = NULL;
}

static void
fact_from_indicator (MpDataset       *dataset,
                     const MpCountry *country,
                     const char      *indicator_id,
                     gboolean         money,
                     FactValue       *value)
{
  const MpIndicator *indicator = mp_dataset_lookup_indicator (dataset, indicator_id);
  const MpSeries *series;
  const MpPoint *latest;

  if (indicator == NULL)
    return;

  series = mp_indicator_get_series (indicator, country->id);
  latest = series != NULL ? mp_series_get_latest (series) : NULL;
  if (latest == NULL)
    return;

  value->text = money ? mp_format_usd (latest->value) : mp_format_quantity (latest->value);
  value->source = indicator->source;
  value->status = indicator->status;
  value->year = latest->year;
}

static void
compute_capital (MpDataset       *dataset,
                 const MpCountry *country,
                 FactValue       *value)
{
  if (!country->capital.present || country->capital.text == NULL)
    return;

  value->text = g_strdup (country->capital.text);
  value->source = country->capital.source;
  value->status = country->capital.status;
}

static void
compute_area (MpDataset       *dataset,
              const MpCountry *country,
              FactValue       *value)
{
  if (!country->area_km2.present)
    return;

  value->text = mp_format_area (country->area_km2.number);
  value->source = country->area_km2.source;
  value->status = country->area_km2.status;
  value->year = country->area_km2.year;
}

static void
compute_population (MpDataset       *dataset,
                    const MpCountry *country,
                    FactValue       *value)
{
  fact_from_indicator (dataset, country, "population", FALSE, value);
}

static void
compute_gdp (MpDataset       *dataset,
             const MpCountry *country,
             FactValue       *value)
{
  fact_from_indicator (dataset, country, "gdp", TRUE, value);
}

static void
compute_gdp_per_capita (MpDataset       *dataset,
                        const MpCountry *country,
                        FactValue       *value)
{
  fact_from_indicator (dataset, country, "gdp-per-capita", TRUE, value);
}

static void
compute_independence (MpDataset       *dataset,
                      const MpCountry *country,
                      FactValue       *value)
{
  if (!country->independence.present)
    return;

  value->text = mp_format_date (&country->independence.date);
  value->source = country->independence.source;
  value->status = country->independence.status;
}

static void
compute_memberships (MpDataset       *dataset,
                     const MpCountry *country,
                     FactValue       *value)
{
  GPtrArray *memberships = mp_dataset_get_country_memberships (dataset, country->id);
  g_autoptr(GHashTable) current = g_hash_table_new (g_str_hash, g_str_equal);
  guint n;

  for (guint i = 0; i < memberships->len; i++)
    {
      const MpMembership *m = g_ptr_array_index (memberships, i);

      if (m->status == MP_MEMBERSHIP_CHAIR || mp_date_is_set (&m->to))
        continue;

      g_hash_table_add (current, (gpointer) m->organization);
    }

  n = g_hash_table_size (current);
  if (memberships->len == 0)
    return;

  /* Translators: the number of organizations a country currently belongs to */
  value->text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u organization", "%u organizations", n), n);
  value->action = "win.show-chart::memberships";
}

static void
compute_latest_aid (MpDataset       *dataset,
                    const MpCountry *country,
                    FactValue       *value)
{
  GPtrArray *aid = mp_dataset_get_donor_aid (dataset, country->id);
  const MpAid *latest = NULL;

  for (guint i = 0; i < aid->len; i++)
    {
      const MpAid *a = g_ptr_array_index (aid, i);

      if (a->measure != MP_AID_TOTAL_ODA)
        continue;
      if (latest == NULL || a->year >= latest->year)
        latest = a;
    }

  if (latest == NULL)
    return;

  value->text = mp_format_usd (latest->amount_usd);
  value->source = latest->source;
  value->status = latest->status;
  value->year = latest->year;
}

static const FactDef fact_defs[] = {
  { "capital", N_("Capital"), compute_capital },
  { "area", N_("Area"), compute_area },
  { "population", N_("Population"), compute_population },
  { "gdp", N_("GDP"), compute_gdp },
  { "gdp-per-capita", N_("GDP per capita"), compute_gdp_per_capita },
  { "independence", N_("Independence"), compute_independence },
  { "memberships", N_("Memberships"), compute_memberships },
  { "aid", N_("Official development aid"), compute_latest_aid },
};

static const MpCountry *
mp_country_card_get_country_record (MpCountryCard *self)
{
  if (self->dataset == NULL || self->country_id == NULL)
    return NULL;

  return mp_dataset_lookup_country (self->dataset, self->country_id);
}

/* "10.2 million (2024, World Bank)" */
static char *
describe_fact (MpCountryCard   *self,
               const FactValue *value)
{
  const MpSource *source = NULL;
  g_autoptr(GString) str = NULL;
  const char *status;

  if (value->text == NULL)
    return g_strdup (_("no data"));

  if (value->source != NULL && self->dataset != NULL)
    source = mp_dataset_lookup_source (self->dataset, value->source);

  str = g_string_new (value->text);
  status = value->status == MP_VALUE_DERIVED ? _("derived")
         : value->status == MP_VALUE_PRELIMINARY ? _("preliminary")
         : value->status == MP_VALUE_ESTIMATE ? _("estimate")
         : NULL;

  if (value->year != 0 || source != NULL || status != NULL)
    {
      g_string_append (str, " (");
      if (value->year != 0)
        g_string_append_printf (str, "%d", value->year);
      if (status != NULL)
        g_string_append_printf (str, "%s%s", value->year != 0 ? ", " : "", status);
      if (source != NULL)
        g_string_append_printf (str, "%s%s", value->year != 0 || status != NULL ? ", " : "",
                                source->publisher);
      g_string_append_c (str, ')');
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

static void
fact_clicked_cb (GtkButton     *button,
                 MpCountryCard *self)
{
  FactRow *row = g_object_get_data (G_OBJECT (button), "mp-fact-row");
  const MpSource *source = NULL;
  g_autofree char *figure = NULL;

  g_assert (row != NULL);

  if (row->value.action != NULL)
    {
      g_autofree char *name = NULL;
      g_autoptr(GVariant) target = NULL;

      if (g_action_parse_detailed_name (row->value.action, &name, &target, NULL))
        gtk_widget_activate_action_variant (GTK_WIDGET (self), name, target);
      return;
    }

  if (row->value.text == NULL)
    return;

  if (row->value.source != NULL)
    source = mp_dataset_lookup_source (self->dataset, row->value.source);

  figure = g_strdup_printf ("%s: %s", _(row->def->caption), row->value.text);
  if (row->value.year != 0)
    {
      char *with_year = g_strdup_printf ("%s (%d)", figure, row->value.year);
      g_free (figure);
      figure = with_year;
    }

  mp_source_popover_set_source (MP_SOURCE_POPOVER (self->popover), source, figure, row->value.status);
  gtk_widget_unparent (self->popover);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (button));
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

static void
mp_country_card_update_facts (MpCountryCard *self)
{
  const MpCountry *country = mp_country_card_get_country_record (self);
  g_autoptr(GString) card_label = g_string_new (NULL);

  for (guint i = 0; i < self->n_rows; i++)
    {
      FactRow *row = &self->rows[i];
      g_autofree char *described = NULL;
      g_autofree char *accessible = NULL;
      const MpSource *source = NULL;

      fact_value_clear (&row->value);
      if (country != NULL)
        row->def->compute (self->dataset, country, &row->value);

      if (row->value.text == NULL)
        {
          gtk_label_set_label (GTK_LABEL (row->label), _("no data"));
          gtk_widget_add_css_class (row->label, "no-data");
        }
      else if (row->value.year != 0 || row->value.status != MP_VALUE_FINAL)
        {
          g_autofree char *markup = NULL;
          const char *status = row->value.status == MP_VALUE_DERIVED ? _("derived")
                             : row->value.status == MP_VALUE_PRELIMINARY ? _("preliminary")
                             : NULL;

          if (row->value.year != 0 && status != NULL)
            markup = g_markup_printf_escaped ("%s <span size=\"small\" alpha=\"60%%\">%d · %s</span>",
                                              row->value.text, row->value.year, status);
          else if (row->value.year != 0)
            markup = g_markup_printf_escaped ("%s <span size=\"small\" alpha=\"60%%\">%d</span>",
                                              row->value.text, row->value.year);
          else if (status != NULL)
            markup = g_markup_printf_escaped ("%s <span size=\"small\" alpha=\"60%%\">%s</span>",
                                              row->value.text, status);
          else
            markup = g_markup_escape_text (row->value.text, -1);
          gtk_label_set_markup (GTK_LABEL (row->label), markup);
          gtk_widget_remove_css_class (row->label, "no-data");
        }
      else
        {
          gtk_label_set_label (GTK_LABEL (row->label), row->value.text);
          gtk_widget_remove_css_class (row->label, "no-data");
        }

      described = describe_fact (self, &row->value);
      /* Translators: accessible name of a fact, e.g. "Population: 10.2 million (2024, World Bank)" */
      accessible = g_strdup_printf (_("%s: %s"), _(row->def->caption), described);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row->button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);

      if (row->value.source != NULL)
        source = mp_dataset_lookup_source (self->dataset, row->value.source);
      if (source != NULL)
        {
          /* Translators: tooltip of a figure, %s is the source title */
          g_autofree char *tooltip = g_strdup_printf (_("Source: %s — click for details"), source->title);
          gtk_widget_set_tooltip_text (row->button, tooltip);
        }
      else if (row->value.action != NULL)
        gtk_widget_set_tooltip_text (row->button, _("Show the memberships chart"));
      else
        gtk_widget_set_tooltip_text (row->button, NULL);

      gtk_widget_set_sensitive (row->button, row->value.text != NULL);

      if (country != NULL && row->value.text != NULL &&
          (g_str_equal (row->def->key, "capital") || g_str_equal (row->def->key, "population")))
        g_string_append_printf (card_label, ", %s %s",
                                g_str_equal (row->def->key, "capital") ? _("capital") : _("population"),
                                described);
    }

  if (country != NULL)
    {
      g_string_prepend (card_label, mp_text_get (country->name, NULL));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, card_label->str,
                                      -1);
    }
}

static void
mp_country_card_update (MpCountryCard *self)
{
  const MpCountry *country = mp_country_card_get_country_record (self);

  if (country == NULL)
    {
      gtk_label_set_label (self->name_label, _("No country"));
      gtk_widget_set_visible (GTK_WIDGET (self->official_label), FALSE);
      mp_flag_set_path (self->flag, NULL);
    }
  else
    {
      const char *official = country->official_name ? mp_text_get (country->official_name, NULL) : NULL;

      gtk_label_set_label (self->name_label, mp_text_get (country->name, NULL));
      gtk_label_set_label (self->official_label, official != NULL ? official : "");
      gtk_widget_set_visible (GTK_WIDGET (self->official_label), official != NULL);
      mp_flag_set_path (self->flag, country->flag);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->flag),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      mp_text_get (country->name, NULL),
                                      -1);
    }

  /* Keep the picker in step without re-entering. */
  self->updating_picker = TRUE;
  for (guint i = 0; i < self->picker_ids->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (self->picker_ids, i), self->country_id) == 0)
        {
          gtk_drop_down_set_selected (self->picker, i);
          break;
        }
    }
  self->updating_picker = FALSE;

  mp_country_card_update_facts (self);
}

static void
mp_country_card_rebuild_picker (MpCountryCard *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *countries;

  g_ptr_array_set_size (self->picker_ids, 0);

  if (self->dataset != NULL)
    {
      countries = mp_dataset_get_countries (self->dataset);
      for (guint i = 0; i < countries->len; i++)
        {
          const MpCountry *country = g_ptr_array_index (countries, i);

          g_ptr_array_add (self->picker_ids, g_strdup (country->id));
          gtk_string_list_append (names, mp_text_get (country->name, NULL));
        }
    }

  self->updating_picker = TRUE;
  gtk_drop_down_set_model (self->picker, G_LIST_MODEL (names));
  self->updating_picker = FALSE;
}

static void
picker_selected_cb (MpCountryCard *self)
{
  guint selected;

  if (self->updating_picker)
    return;

  selected = gtk_drop_down_get_selected (self->picker);
  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->picker_ids->len)
    return;

  mp_country_card_set_country (self, g_ptr_array_index (self->picker_ids, selected));
}

static void
remove_clicked_cb (MpCountryCard *self)
{
  g_signal_emit (self, signals[REMOVE_REQUESTED], 0);
}

static void
mp_country_card_build_facts (MpCountryCard *self)
{
  self->n_rows = G_N_ELEMENTS (fact_defs);
  self->rows = g_new0 (FactRow, self->n_rows);

  for (guint i = 0; i < self->n_rows; i++)
    {
      FactRow *row = &self->rows[i];

      row->def = &fact_defs[i];
      row->caption = gtk_label_new (_(row->def->caption));
      gtk_label_set_xalign (GTK_LABEL (row->caption), 0);
      gtk_label_set_wrap (GTK_LABEL (row->caption), TRUE);
      gtk_widget_add_css_class (row->caption, "fact-caption");
      gtk_widget_set_valign (row->caption, GTK_ALIGN_BASELINE);

      row->label = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (row->label), 0);
      gtk_label_set_wrap (GTK_LABEL (row->label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (row->label), PANGO_WRAP_WORD_CHAR);

      row->button = gtk_button_new ();
      gtk_button_set_child (GTK_BUTTON (row->button), row->label);
      gtk_widget_add_css_class (row->button, "flat");
      gtk_widget_add_css_class (row->button, "fact-value");
      gtk_widget_set_hexpand (row->button, TRUE);
      gtk_widget_set_halign (row->button, GTK_ALIGN_START);
      g_object_set_data (G_OBJECT (row->button), "mp-fact-row", row);
      g_signal_connect (row->button, "clicked", G_CALLBACK (fact_clicked_cb), self);

      gtk_grid_attach (self->facts_grid, row->caption, 0, i, 1, 1);
      gtk_grid_attach (self->facts_grid, row->button, 1, i, 1, 1);
    }
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

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_COUNTRY_CARD);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (mp_country_card_parent_class)->dispose (object);
}

static void
mp_country_card_finalize (GObject *object)
{
  MpCountryCard *self = MP_COUNTRY_CARD (object);

  for (guint i = 0; i < self->n_rows; i++)
    fact_value_clear (&self->rows[i].value);
  g_clear_pointer (&self->rows, g_free);
  g_clear_pointer (&self->country_id, g_free);
  g_clear_pointer (&self->picker_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (mp_country_card_parent_class)->finalize (object);
}

static void
mp_country_card_class_init (MpCountryCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_country_card_dispose;
  object_class->finalize = mp_country_card_finalize;
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

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-country-card.ui");
  gtk_widget_class_bind_template_child (widget_class, MpCountryCard, box);
  gtk_widget_class_bind_template_child (widget_class, MpCountryCard, flag);
  gtk_widget_class_bind_template_child (widget_class, MpCountryCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, MpCountryCard, official_label);
  gtk_widget_class_bind_template_child (widget_class, MpCountryCard, remove_button);
  gtk_widget_class_bind_template_child (widget_class, MpCountryCard, picker);
  gtk_widget_class_bind_template_child (widget_class, MpCountryCard, facts_grid);
  gtk_widget_class_bind_template_child (widget_class, MpCountryCard, extra_box);
  gtk_widget_class_bind_template_callback (widget_class, picker_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "countrycard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mp_country_card_init (MpCountryCard *self)
{
  self->picker_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drop_down_set_expression (self->picker,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));

  self->popover = mp_source_popover_new ();
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));

  mp_country_card_build_facts (self);
  mp_country_card_update (self);
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

  mp_country_card_rebuild_picker (self);
  mp_country_card_update (self);
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

  mp_country_card_update (self);
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

const char *
mp_country_card_get_fact_text (MpCountryCard *self,
                               const char    *fact)
{
  g_return_val_if_fail (MP_IS_COUNTRY_CARD (self), NULL);

  for (guint i = 0; i < self->n_rows; i++)
    if (g_str_equal (self->rows[i].def->key, fact))
      return self->rows[i].value.text;

  return NULL;
}

