/* mp-chart-view.c
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
#include <string.h>

#include "mp-chart-view.h"
#include "mp-chart-draw.h"
#include "mp-chart-widget-style.h"

#define HIT_RADIUS 10.0

struct _MpChartView
{
  GtkWidget         parent_instance;

  MpDataset        *dataset;
  char            **countries;
  char             *chart_name;
  gboolean          log_scale;
  MpTimelineFilter  filter;
  gboolean          all_organizations;

  MpChart          *chart;
  char             *error;
  char             *description;

  MpChartStyle      style;
  MpHitMap         *hits;
  int               hover;
  int               focus;
  /* What the data cursor is on, as last told to a screen reader. */
  char             *announcement;
};

G_DEFINE_FINAL_TYPE (MpChartView, mp_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_CHART,
  PROP_LOG_SCALE,
  PROP_FILTER,
  PROP_ALL_ORGANIZATIONS,
  PROP_DESCRIPTION,
  N_PROPS
};

enum {
  SOURCE_ACTIVATED,
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
mp_chart_view_update_accessible (MpChartView *self)
{
  const char *label;

#if !GTK_CHECK_VERSION (4, 14, 0)
  /* Without gtk_accessible_announce (), the focused chart's name is
   * what its data cursor is on: Orca reads a focused object's new name. */
  if (self->announcement != NULL)
    label = self->announcement;
  else
#endif
  if (self->chart != NULL)
    label = mp_chart_get_title (self->chart);
  else
    label = _("Chart");

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
}

/* Tells a screen reader what the data cursor is on: the text of the
 * tooltip a sighted user sees there, on one line ("Azerbaijan, 2020:
 * US$44.9 million (preliminary). Source: …").  NULL when the cursor
 * is on nothing: the chart's title is its name again. */
static void
set_announcement (MpChartView *self,
                  const MpHit *hit)
{
  g_autofree char *text = NULL;

  if (hit != NULL && hit->label != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (hit->label, "\n", -1);

      text = g_strjoinv (". ", lines);
    }

  if (g_strcmp0 (text, self->announcement) == 0)
    return;

  g_free (self->announcement);
  self->announcement = g_steal_pointer (&text);

#if GTK_CHECK_VERSION (4, 14, 0)
  /* GTK 4.14 to 4.18 call a NULL function when the accessibility
   * bridge is off (GTK_A11Y=none, a headless test): announce only to a
   * screen reader that is there, through AT-SPI. */
  if (self->announcement != NULL)
    {
      GtkATContext *context = gtk_accessible_get_at_context (GTK_ACCESSIBLE (self));

      if (context != NULL && g_str_equal (G_OBJECT_TYPE_NAME (context), "GtkAtSpiContext"))
        gtk_accessible_announce (GTK_ACCESSIBLE (self), self->announcement,
                                 GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
      g_clear_object (&context);
    }
#else
  mp_chart_view_update_accessible (self);
#endif
}

static void
mp_chart_view_rebuild (MpChartView *self)
{
  g_autoptr(GError) error = NULL;
  MpChartOptions options = { self->log_scale, self->filter, 0, self->all_organizations };
  char *description;

  g_clear_pointer (&self->chart, mp_chart_free);
  g_clear_pointer (&self->error, g_free);
  mp_hit_map_clear (self->hits);
  self->hover = -1;
  self->focus = -1;
  g_clear_pointer (&self->announcement, g_free);

  if (self->dataset == NULL)
    self->error = g_strdup (_("No dataset loaded"));
  else if (self->countries == NULL || self->countries[0] == NULL)
    self->error = g_strdup (_("Choose a country to compare"));
  else
    {
      self->chart = mp_chart_new (self->dataset, (const char * const *) self->countries,
                                  self->chart_name, &options, &error);
      if (self->chart == NULL)
        self->error = g_strdup (error->message);
    }

  description = g_strdup (self->chart != NULL ? mp_chart_get_description (self->chart) : self->error);
  g_free (self->description);
  self->description = description;

  mp_chart_view_update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static const MpHit *
get_hit (MpChartView *self,
         int          index)
{
  if (index < 0 || index >= (int) mp_hit_map_get_n (self->hits))
    return NULL;

  return mp_hit_map_get (self->hits, (guint) index);
}

/* The value a hit is about, as its tooltip names it: the label without
 * its last line, which names the source. */
static char *
hit_figure (const MpHit *hit)
{
  const char *last_line;

  if (hit->label == NULL)
    return NULL;
  last_line = strrchr (hit->label, '\n');
  if (last_line == NULL)
    return g_strdup (hit->label);

  return g_strndup (hit->label, (gsize) (last_line - hit->label));
}

/* Asks for the source of a value: the popover points at the bar, span
 * or point (a point's box is the ring around it). */
static void
activate_hit (MpChartView *self,
              int          index)
{
  const MpHit *hit = get_hit (self, index);
  g_autofree char *figure = NULL;
  GdkRectangle rect;

  if (hit == NULL || hit->source_id == NULL)
    return;

  if (hit->width > 0 && hit->height > 0)
    rect = (GdkRectangle) { (int) floor (hit->x), (int) floor (hit->y),
                            MAX (1, (int) ceil (hit->width)), MAX (1, (int) ceil (hit->height)) };
  else
    rect = (GdkRectangle) { (int) floor (hit->cx - HIT_RADIUS), (int) floor (hit->cy - HIT_RADIUS),
                            2 * HIT_RADIUS, 2 * HIT_RADIUS };
  figure = hit_figure (hit);
  g_signal_emit (self, signals[SOURCE_ACTIVATED], 0, hit->source_id, figure, &rect);
}

static void
motion_cb (MpChartView              *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  int hover = mp_hit_map_lookup (self->hits, x, y, HIT_RADIUS * self->style.scale);
  const MpHit *hit = get_hit (self, hover);

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   hit != NULL && hit->source_id != NULL ? "pointer" : NULL);
  if (hover != self->hover)
    {
      self->hover = hover;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
leave_cb (MpChartView              *self,
          GtkEventControllerMotion *controller)
{
  if (self->hover != -1)
    {
      self->hover = -1;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
released_cb (MpChartView     *self,
             int              n_press,
             double           x,
             double           y,
             GtkGestureClick *gesture)
{
  int index = mp_hit_map_lookup (self->hits, x, y, HIT_RADIUS * self->style.scale);

  if (index < 0)
    return;

  self->focus = index;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  set_announcement (self, get_hit (self, index));
  activate_hit (self, index);
}

static gboolean
key_pressed_cb (MpChartView           *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  int n = (int) mp_hit_map_get_n (self->hits);
  int focus = self->focus;

  if (n == 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      focus = focus < 0 ? 0 : mp_hit_map_move (self->hits, focus, MP_HIT_LEFT);
      break;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      focus = focus < 0 ? 0 : mp_hit_map_move (self->hits, focus, MP_HIT_RIGHT);
      break;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      focus = focus < 0 ? 0 : mp_hit_map_move (self->hits, focus, MP_HIT_UP);
      break;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      focus = focus < 0 ? 0 : mp_hit_map_move (self->hits, focus, MP_HIT_DOWN);
      break;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      focus = 0;
      break;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      focus = n - 1;
      break;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      if (self->focus < 0)
        return FALSE;
      activate_hit (self, self->focus);
      return TRUE;

    case GDK_KEY_Escape:
      if (self->focus < 0)
        return FALSE;
      focus = -1;
      break;

    default:
      return FALSE;
    }

  if (focus != self->focus)
    {
      self->focus = focus;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      set_announcement (self, get_hit (self, focus));
    }

  return TRUE;
}

static gboolean
mp_chart_view_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_tooltip,
                             GtkTooltip *tooltip)
{
  MpChartView *self = MP_CHART_VIEW (widget);
  const MpHit *hit;
  GdkRectangle area;

  if (keyboard_tooltip)
    hit = get_hit (self, self->focus);
  else
    hit = get_hit (self, mp_hit_map_lookup (self->hits, x, y, HIT_RADIUS * self->style.scale));

  if (hit == NULL || hit->label == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, hit->label);
  area.x = (int) (hit->x - (hit->width > 0 ? 0 : HIT_RADIUS));
  area.y = (int) (hit->y - (hit->height > 0 ? 0 : HIT_RADIUS));
  area.width = (int) MAX (hit->width, 2 * HIT_RADIUS);
  area.height = (int) MAX (hit->height, 2 * HIT_RADIUS);
  gtk_tooltip_set_tip_area (tooltip, &area);

  return TRUE;
}

static void
mp_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  MpChartView *self = MP_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  const MpHit *hit;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (self->chart != NULL)
    mp_chart_render (self->chart, cr, &self->style, width, height, self->hits);
  else
    {
      mp_hit_map_clear (self->hits);
      mp_chart_draw_message (cr, &self->style, self->error != NULL ? self->error : "",
                             0, 0, width, height);
    }

  if (self->hover != self->focus && (hit = get_hit (self, self->hover)) != NULL)
    mp_chart_draw_hover (cr, &self->style, hit);
  if (gtk_widget_has_focus (widget) && (hit = get_hit (self, self->focus)) != NULL)
    mp_chart_draw_focus (cr, &self->style, hit, width, height);

  cairo_destroy (cr);
}

static GtkSizeRequestMode
mp_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mp_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  MpChartView *self = MP_CHART_VIEW (widget);
  double s = self->style.scale;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) (240 * s);
      *natural = (int) (640 * s);
    }
  else
    {
      double natural_height = 0;

      if (self->chart != NULL)
        natural_height = mp_chart_get_natural_height (self->chart, &self->style,
                                                      for_size > 0 ? for_size : 640 * s);
      /* Charts that fill what they get ask for their minimum only, so a
       * scrolled window scrolls just the long lists (timeline). */
      *minimum = (int) (200 * s);
      *natural = (int) MAX (natural_height, *minimum);
    }
}

static void
mp_chart_view_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  MpChartView *self = MP_CHART_VIEW (widget);

  GTK_WIDGET_CLASS (mp_chart_view_parent_class)->css_changed (widget, change);

  mp_chart_style_update_from_widget (&self->style, widget);
  gtk_widget_queue_draw (widget);
}

static void
focus_changed_cb (MpChartView *self)
{
  /* The focus callout shows only while focused. */
  if (self->focus < 0 && gtk_widget_has_focus (GTK_WIDGET (self)) && mp_hit_map_get_n (self->hits) > 0)
    self->focus = 0;
  /* A screen reader meets the chart by its title and description; the
   * cursor is announced as it moves. */
  if (!gtk_widget_is_focus (GTK_WIDGET (self)))
    set_announcement (self, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
mp_chart_view_dispose (GObject *object)
{
  MpChartView *self = MP_CHART_VIEW (object);

  g_clear_pointer (&self->chart, mp_chart_free);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (mp_chart_view_parent_class)->dispose (object);
}

static void
mp_chart_view_finalize (GObject *object)
{
  MpChartView *self = MP_CHART_VIEW (object);

  g_clear_pointer (&self->countries, g_strfreev);
  g_clear_pointer (&self->chart_name, g_free);
  g_clear_pointer (&self->error, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->announcement, g_free);
  g_clear_pointer (&self->hits, mp_hit_map_free);
  mp_chart_style_clear (&self->style);

  G_OBJECT_CLASS (mp_chart_view_parent_class)->finalize (object);
}

static void
mp_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MpChartView *self = MP_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_CHART:
      g_value_set_string (value, self->chart_name);
      break;
    case PROP_LOG_SCALE:
      g_value_set_boolean (value, self->log_scale);
      break;
    case PROP_FILTER:
      g_value_set_uint (value, self->filter);
      break;
    case PROP_ALL_ORGANIZATIONS:
      g_value_set_boolean (value, self->all_organizations);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MpChartView *self = MP_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      mp_chart_view_set_dataset (self, g_value_get_object (value));
      break;
    case PROP_CHART:
      mp_chart_view_set_chart (self, g_value_get_string (value));
      break;
    case PROP_LOG_SCALE:
      mp_chart_view_set_log_scale (self, g_value_get_boolean (value));
      break;
    case PROP_FILTER:
      mp_chart_view_set_filter (self, g_value_get_uint (value));
      break;
    case PROP_ALL_ORGANIZATIONS:
      mp_chart_view_set_all_organizations (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_chart_view_class_init (MpChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_chart_view_dispose;
  object_class->finalize = mp_chart_view_finalize;
  object_class->get_property = mp_chart_view_get_property;
  object_class->set_property = mp_chart_view_set_property;

  widget_class->snapshot = mp_chart_view_snapshot;
  widget_class->measure = mp_chart_view_measure;
  widget_class->get_request_mode = mp_chart_view_get_request_mode;
  widget_class->css_changed = mp_chart_view_css_changed;
  widget_class->query_tooltip = mp_chart_view_query_tooltip;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, MP_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHART] =
    g_param_spec_string ("chart", NULL, NULL, "aid",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOG_SCALE] =
    g_param_spec_boolean ("log-scale", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILTER] =
    g_param_spec_uint ("filter", NULL, NULL, MP_TIMELINE_ALL, MP_TIMELINE_UNIQUE, MP_TIMELINE_ALL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ALL_ORGANIZATIONS] =
    g_param_spec_boolean ("all-organizations", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MpChartView::source-activated:
   * @source_id: the id of the source behind the clicked value
   * @figure: (nullable): the value, e.g. "Kazakhstan, 2022: US$36.8 million"
   * @rect: where the value is drawn, in the view's coordinates
   */
  signals[SOURCE_ACTIVATED] =
    g_signal_new ("source-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_STRING, GDK_TYPE_RECTANGLE);

  /**
   * MpChartView::changed:
   *
   * The chart was rebuilt (data, countries or options changed).
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "mp-chart-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mp_chart_view_init (MpChartView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  self->chart_name = g_strdup ("aid");
  self->hits = mp_hit_map_new ();
  self->hover = -1;
  self->focus = -1;
  mp_chart_style_init_default (&self->style);
  /* Its panel has the Table toggle. */
  self->style.has_table = TRUE;
  self->style.paint_background = FALSE;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (gesture, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_key_new ();
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (focus_changed_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (focus_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  mp_chart_view_rebuild (self);
}

GtkWidget *
mp_chart_view_new (void)
{
  return g_object_new (MP_TYPE_CHART_VIEW, NULL);
}

void
mp_chart_view_set_dataset (MpChartView *self,
                           MpDataset   *dataset)
{
  g_return_if_fail (MP_IS_CHART_VIEW (self));
  g_return_if_fail (dataset == NULL || MP_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  mp_chart_view_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

MpDataset *
mp_chart_view_get_dataset (MpChartView *self)
{
  g_return_val_if_fail (MP_IS_CHART_VIEW (self), NULL);

  return self->dataset;
}

void
mp_chart_view_set_countries (MpChartView        *self,
                             const char * const *country_ids)
{
  g_return_if_fail (MP_IS_CHART_VIEW (self));

  if (country_ids != NULL && country_ids[0] == NULL)
    country_ids = NULL;
  if (self->countries == NULL && country_ids == NULL)
    return;
  if (self->countries != NULL && country_ids != NULL &&
      g_strv_equal ((const char * const *) self->countries, country_ids))
    return;

  g_strfreev (self->countries);
  self->countries = g_strdupv ((char **) country_ids);
  mp_chart_view_rebuild (self);
}

const char * const *
mp_chart_view_get_countries (MpChartView *self)
{
  g_return_val_if_fail (MP_IS_CHART_VIEW (self), NULL);

  return (const char * const *) self->countries;
}

void
mp_chart_view_set_chart (MpChartView *self,
                         const char  *chart)
{
  g_return_if_fail (MP_IS_CHART_VIEW (self));

  if (chart == NULL)
    chart = "aid";
  if (g_strcmp0 (self->chart_name, chart) == 0)
    return;

  g_free (self->chart_name);
  self->chart_name = g_strdup (chart);
  mp_chart_view_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

const char *
mp_chart_view_get_chart (MpChartView *self)
{
  g_return_val_if_fail (MP_IS_CHART_VIEW (self), NULL);

  return self->chart_name;
}

void
mp_chart_view_set_log_scale (MpChartView *self,
                             gboolean     log_scale)
{
  g_return_if_fail (MP_IS_CHART_VIEW (self));

  log_scale = !!log_scale;
  if (self->log_scale == log_scale)
    return;

  self->log_scale = log_scale;
  mp_chart_view_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOG_SCALE]);
}

gboolean
mp_chart_view_get_log_scale (MpChartView *self)
{
  g_return_val_if_fail (MP_IS_CHART_VIEW (self), FALSE);

  return self->log_scale;
}

void
mp_chart_view_set_filter (MpChartView      *self,
                          MpTimelineFilter  filter)
{
  g_return_if_fail (MP_IS_CHART_VIEW (self));

  filter = CLAMP (filter, MP_TIMELINE_ALL, MP_TIMELINE_UNIQUE);
  if (self->filter == filter)
    return;

  self->filter = filter;
  mp_chart_view_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

MpTimelineFilter
mp_chart_view_get_filter (MpChartView *self)
{
  g_return_val_if_fail (MP_IS_CHART_VIEW (self), MP_TIMELINE_ALL);

  return self->filter;
}

/* Memberships: the long tail too (TRUE), or only the key organizations. */
void
mp_chart_view_set_all_organizations (MpChartView *self,
                                     gboolean     all_organizations)
{
  g_return_if_fail (MP_IS_CHART_VIEW (self));

  all_organizations = !!all_organizations;
  if (self->all_organizations == all_organizations)
    return;

  self->all_organizations = all_organizations;
  mp_chart_view_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALL_ORGANIZATIONS]);
}

gboolean
mp_chart_view_get_all_organizations (MpChartView *self)
{
  g_return_val_if_fail (MP_IS_CHART_VIEW (self), FALSE);

  return self->all_organizations;
}

MpChart *
mp_chart_view_get_chart_data (MpChartView *self)
{
  g_return_val_if_fail (MP_IS_CHART_VIEW (self), NULL);

  return self->chart;
}

const char *
mp_chart_view_get_error (MpChartView *self)
{
  g_return_val_if_fail (MP_IS_CHART_VIEW (self), NULL);

  return self->error;
}

const char *
mp_chart_view_get_description (MpChartView *self)
{
  g_return_val_if_fail (MP_IS_CHART_VIEW (self), NULL);

  return self->description;
}

int
mp_chart_view_get_focus_index (MpChartView *self)
{
  g_return_val_if_fail (MP_IS_CHART_VIEW (self), -1);

  return self->focus;
}

const char *
mp_chart_view_get_announcement (MpChartView *self)
{
  g_return_val_if_fail (MP_IS_CHART_VIEW (self), NULL);

  return self->announcement;
}
