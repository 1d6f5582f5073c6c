/* mp-slide-view.c
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "mp-chart-widget-style.h"
#include "mp-slide-view.h"

struct _MpSlideView
{
  GtkWidget      parent_instance;

  MpDataset     *dataset;
  MpLesson      *lesson;
  guint          index;
  double         size;
  gboolean       high_contrast;
  gboolean       blank;
  MpChartStyle   style;       /* from the theme, or black and white */
  MpSlideLayout  layout;
};

G_DEFINE_FINAL_TYPE (MpSlideView, mp_slide_view, GTK_TYPE_WIDGET)

static void
mp_slide_view_update_style (MpSlideView *self)
{
  mp_chart_style_clear (&self->style);
  if (self->high_contrast)
    {
      MpColor white = { 1, 1, 1, 1 };
      MpColor black = { 0, 0, 0, 1 };

      mp_chart_style_init_dark (&self->style);
      mp_chart_style_set_colors (&self->style, &white, &black, NULL);
    }
  else
    {
      mp_chart_style_init_default (&self->style);
      mp_chart_style_update_from_widget (&self->style, GTK_WIDGET (self));
    }
  self->style.paint_background = TRUE;
}

/* What a screen reader says of the slide: its caption and place. */
static void
mp_slide_view_update_accessible (MpSlideView *self)
{
  const char *caption;
  g_autofree char *label = NULL;

  if (self->lesson == NULL)
    return;

  caption = mp_slides_get_caption (self->lesson, self->index, MP_SLIDES_SCREEN);
  if (self->index >= mp_lesson_get_n_steps (self->lesson))
    label = g_strdup (caption);
  else
    /* Translators: a slide's accessible name: its caption, then "3 / 7" */
    label = g_strdup_printf (_("%s, slide %u of %u"), caption, self->index + 1,
                             mp_lesson_get_n_steps (self->lesson));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
mp_slide_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  MpSlideView *self = MP_SLIDE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  MpSlideRequest request = { 0 };
  g_autoptr(GError) error = NULL;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->blank || self->lesson == NULL || self->dataset == NULL)
    {
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      return;
    }

  request.dataset = self->dataset;
  request.lesson = self->lesson;
  request.index = self->index;
  request.purpose = MP_SLIDES_SCREEN;
  request.style = &self->style;
  request.size = self->size;
  if (!mp_slide_render (&request, cr, width, height, &self->layout, &error))
    g_debug ("Cannot draw slide %u: %s", self->index, error->message);
  cairo_destroy (cr);
}

static void
mp_slide_view_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  MpSlideView *self = MP_SLIDE_VIEW (widget);

  GTK_WIDGET_CLASS (mp_slide_view_parent_class)->css_changed (widget, change);

  mp_slide_view_update_style (self);
  gtk_widget_queue_draw (widget);
}

static void
mp_slide_view_dispose (GObject *object)
{
  MpSlideView *self = MP_SLIDE_VIEW (object);

  g_clear_object (&self->dataset);
  g_clear_object (&self->lesson);

  G_OBJECT_CLASS (mp_slide_view_parent_class)->dispose (object);
}

static void
mp_slide_view_finalize (GObject *object)
{
  MpSlideView *self = MP_SLIDE_VIEW (object);

  mp_chart_style_clear (&self->style);

  G_OBJECT_CLASS (mp_slide_view_parent_class)->finalize (object);
}

static void
mp_slide_view_class_init (MpSlideViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_slide_view_dispose;
  object_class->finalize = mp_slide_view_finalize;
  widget_class->snapshot = mp_slide_view_snapshot;
  widget_class->css_changed = mp_slide_view_css_changed;

  gtk_widget_class_set_css_name (widget_class, "slide");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
mp_slide_view_init (MpSlideView *self)
{
  self->size = 1.5;
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  mp_chart_style_init_default (&self->style);
}

GtkWidget *
mp_slide_view_new (void)
{
  return g_object_new (MP_TYPE_SLIDE_VIEW, NULL);
}

void
mp_slide_view_set_lesson (MpSlideView *self,
                          MpDataset   *dataset,
                          MpLesson    *lesson)
{
  g_return_if_fail (MP_IS_SLIDE_VIEW (self));

  g_set_object (&self->dataset, dataset);
  if (g_set_object (&self->lesson, lesson))
    self->index = 0;
  if (self->lesson != NULL)
    self->index = MIN (self->index, mp_slide_view_get_n_slides (self) - 1);
  mp_slide_view_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
mp_slide_view_set_index (MpSlideView *self,
                         guint        index)
{
  g_return_if_fail (MP_IS_SLIDE_VIEW (self));

  if (self->lesson != NULL)
    index = MIN (index, mp_slide_view_get_n_slides (self) - 1);
  self->index = index;
  self->blank = FALSE;
  mp_slide_view_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
mp_slide_view_get_index (MpSlideView *self)
{
  g_return_val_if_fail (MP_IS_SLIDE_VIEW (self), 0);

  return self->index;
}

guint
mp_slide_view_get_n_slides (MpSlideView *self)
{
  g_return_val_if_fail (MP_IS_SLIDE_VIEW (self), 0);

  return self->lesson != NULL ? mp_slides_get_n (self->lesson, MP_SLIDES_SCREEN) : 0;
}

void
mp_slide_view_set_size (MpSlideView *self,
                        double       size)
{
  g_return_if_fail (MP_IS_SLIDE_VIEW (self));

  self->size = size;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
mp_slide_view_set_high_contrast (MpSlideView *self,
                                 gboolean     high_contrast)
{
  g_return_if_fail (MP_IS_SLIDE_VIEW (self));

  self->high_contrast = !!high_contrast;
  mp_slide_view_update_style (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
mp_slide_view_set_blank (MpSlideView *self,
                         gboolean     blank)
{
  g_return_if_fail (MP_IS_SLIDE_VIEW (self));

  self->blank = !!blank;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
mp_slide_view_get_blank (MpSlideView *self)
{
  g_return_val_if_fail (MP_IS_SLIDE_VIEW (self), FALSE);

  return self->blank;
}

const MpSlideLayout *
mp_slide_view_get_layout (MpSlideView *self)
{
  g_return_val_if_fail (MP_IS_SLIDE_VIEW (self), NULL);

  return &self->layout;
}
