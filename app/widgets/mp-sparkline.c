/* mp-sparkline.c
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

#include "mp-chart-format.h"
#include "mp-chart-widget-style.h"
#include "mp-dataset.h"
#include "mp-sparkline.h"
#include "mp-sparkline-chart.h"

struct _MpSparkline
{
  GtkWidget      parent_instance;

  GArray        *points;   /* MpPoint */
  MpValueStatus  status;
  MpUnit         unit;
  guint          country;
  char          *label;
  char          *description;
  MpChartStyle   style;
};

G_DEFINE_FINAL_TYPE (MpSparkline, mp_sparkline, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COUNTRY_INDEX,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mp_sparkline_update_accessible (MpSparkline *self)
{
  g_autofree char *description = NULL;

  if (self->points->len == 0)
    description = g_strdup (_("No data"));
  else
    {
      const MpPoint *first = &g_array_index (self->points, MpPoint, 0);
      const MpPoint *last = &g_array_index (self->points, MpPoint, self->points->len - 1);
      g_autofree char *from = mp_chart_format_value (first->value, self->unit);
      g_autofree char *to = mp_chart_format_value (last->value, self->unit);

      if (self->points->len == 1)
        /* Translators: sparkline description: value, year */
        description = g_strdup_printf (_("%s in %d"), to, last->year);
      else
        /* Translators: sparkline description: first value and year, last value and year */
        description = g_strdup_printf (_("From %s in %d to %s in %d"), from, first->year, to, last->year);
    }

  g_free (self->description);
  self->description = g_steal_pointer (&description);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->label != NULL ? self->label : _("Trend"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
}

static void
mp_sparkline_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  MpSparkline *self = MP_SPARKLINE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  mp_sparkline_render (cr, (const MpPoint *) (void *) self->points->data, self->points->len,
                       self->status, &self->style.country[self->country], &self->style, width, height);
  cairo_destroy (cr);
}

static void
mp_sparkline_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 48;
      *natural = 120;
    }
  else
    {
      *minimum = 16;
      *natural = 32;
    }
}

static void
mp_sparkline_css_changed (GtkWidget         *widget,
                          GtkCssStyleChange *change)
{
  MpSparkline *self = MP_SPARKLINE (widget);

  GTK_WIDGET_CLASS (mp_sparkline_parent_class)->css_changed (widget, change);

  mp_chart_style_update_from_widget (&self->style, widget);
  gtk_widget_queue_draw (widget);
}

static void
mp_sparkline_finalize (GObject *object)
{
  MpSparkline *self = MP_SPARKLINE (object);

  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->description, g_free);
  mp_chart_style_clear (&self->style);

  G_OBJECT_CLASS (mp_sparkline_parent_class)->finalize (object);
}

static void
mp_sparkline_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MpSparkline *self = MP_SPARKLINE (object);

  switch (prop_id)
    {
    case PROP_COUNTRY_INDEX:
      g_value_set_uint (value, self->country);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_sparkline_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MpSparkline *self = MP_SPARKLINE (object);

  switch (prop_id)
    {
    case PROP_COUNTRY_INDEX:
      mp_sparkline_set_country_index (self, g_value_get_uint (value));
      break;
    case PROP_LABEL:
      mp_sparkline_set_label (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_sparkline_class_init (MpSparklineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mp_sparkline_finalize;
  object_class->get_property = mp_sparkline_get_property;
  object_class->set_property = mp_sparkline_set_property;

  widget_class->snapshot = mp_sparkline_snapshot;
  widget_class->measure = mp_sparkline_measure;
  widget_class->css_changed = mp_sparkline_css_changed;

  properties[PROP_COUNTRY_INDEX] =
    g_param_spec_uint ("country-index", NULL, NULL, 0, MP_MAX_COUNTRIES - 1, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "mp-sparkline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mp_sparkline_init (MpSparkline *self)
{
  self->points = g_array_new (FALSE, FALSE, sizeof (MpPoint));
  self->unit = MP_UNIT_PEOPLE;
  mp_chart_style_init_default (&self->style);
  self->style.paint_background = FALSE;
  mp_sparkline_update_accessible (self);
}

GtkWidget *
mp_sparkline_new (void)
{
  return g_object_new (MP_TYPE_SPARKLINE, NULL);
}

void
mp_sparkline_set_series (MpSparkline    *self,
                         const MpSeries *series,
                         MpValueStatus   status)
{
  g_return_if_fail (MP_IS_SPARKLINE (self));

  g_array_set_size (self->points, 0);
  if (series != NULL && series->n_points > 0)
    for (guint i = 0; i < series->n_points; i++)
      {
        /* Non-finite values never reach the line: they are gaps. */
        if (isfinite (series->points[i].value))
          g_array_append_val (self->points, series->points[i]);
      }
  self->status = status;

  mp_sparkline_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
mp_sparkline_set_indicator (MpSparkline       *self,
                            const MpIndicator *indicator,
                            const char        *country_id)
{
  g_return_if_fail (MP_IS_SPARKLINE (self));

  if (indicator == NULL || country_id == NULL)
    {
      mp_sparkline_set_series (self, NULL, MP_VALUE_FINAL);
      return;
    }

  self->unit = indicator->unit;
  mp_sparkline_set_label (self, indicator->name != NULL ? mp_text_get (indicator->name, NULL) : indicator->id);
  mp_sparkline_set_series (self, mp_indicator_get_series (indicator, country_id), indicator->status);
}

void
mp_sparkline_set_country_index (MpSparkline *self,
                                guint        index)
{
  g_return_if_fail (MP_IS_SPARKLINE (self));

  index = MIN (index, MP_MAX_COUNTRIES - 1);
  if (self->country == index)
    return;

  self->country = index;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTRY_INDEX]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
mp_sparkline_get_country_index (MpSparkline *self)
{
  g_return_val_if_fail (MP_IS_SPARKLINE (self), 0);

  return self->country;
}

void
mp_sparkline_set_unit (MpSparkline *self,
                       MpUnit       unit)
{
  g_return_if_fail (MP_IS_SPARKLINE (self));

  self->unit = unit;
  mp_sparkline_update_accessible (self);
}

void
mp_sparkline_set_label (MpSparkline *self,
                        const char  *label)
{
  g_return_if_fail (MP_IS_SPARKLINE (self));

  if (g_strcmp0 (self->label, label) == 0)
    return;

  g_free (self->label);
  self->label = g_strdup (label);
  mp_sparkline_update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

const char *
mp_sparkline_get_description (MpSparkline *self)
{
  g_return_val_if_fail (MP_IS_SPARKLINE (self), NULL);

  return self->description;
}

guint
mp_sparkline_get_n_points (MpSparkline *self)
{
  g_return_val_if_fail (MP_IS_SPARKLINE (self), 0);

  return self->points->len;
}

/* What the sparkline shows, for a caption: "Population 1960–2024"; NULL
 * without data. */
char *
mp_sparkline_dup_caption (MpSparkline *self)
{
  const MpPoint *points;
  int first = 0;
  int last = 0;

  g_return_val_if_fail (MP_IS_SPARKLINE (self), NULL);

  points = (const MpPoint *) (void *) self->points->data;
  for (guint i = 0; i < self->points->len; i++)
    {
      if (!isfinite (points[i].value))
        continue;
      if (first == 0)
        first = points[i].year;
      last = points[i].year;
    }
  if (first == 0)
    return NULL;
  if (first == last)
    /* Translators: caption of a card's sparkline: indicator and year */
    return g_strdup_printf (_("%s %d"), self->label != NULL ? self->label : "", first);

  /* Translators: caption of a card's sparkline: indicator, first and
   * last year, e.g. "Population 1960–2024" */
  return g_strdup_printf (_("%s %d–%d"), self->label != NULL ? self->label : "", first, last);
}
