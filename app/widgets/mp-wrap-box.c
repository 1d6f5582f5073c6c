/* mp-wrap-box.c
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

#include "mp-wrap-box.h"

struct _MpWrapBox
{
  GtkWidget parent_instance;

  int       spacing;
  guint     n_lines;
};

G_DEFINE_FINAL_TYPE (MpWrapBox, mp_wrap_box, GTK_TYPE_WIDGET)

typedef struct
{
  GtkWidget *child;
  int        width;
  int        height;
} Item;

/* The visible children with their widths (natural, at most @width) and
 * heights; each line ends where the next child would not fit. */
static GArray *
collect_items (MpWrapBox *self,
               int        width)
{
  GArray *items = g_array_new (FALSE, FALSE, sizeof (Item));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      Item item = { child, 0, 0 };
      int minimum;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &item.width, NULL, NULL);
      if (width >= 0)
        item.width = MAX (minimum, MIN (item.width, width));
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, item.width, NULL, &item.height, NULL, NULL);
      g_array_append_val (items, item);
    }

  return items;
}

/* Calls @place for each child with its box; returns the total height. */
static int
layout (MpWrapBox *self,
        GArray    *items,
        int        width,
        gboolean   allocate)
{
  guint start = 0;
  int y = 0;

  self->n_lines = 0;
  while (start < items->len)
    {
      guint end = start;
      int used = 0;
      int line_height = 0;
      guint n_expand = 0;
      int extra;
      int x = 0;

      /* As many as fit, and at least one. */
      while (end < items->len)
        {
          Item *item = &g_array_index (items, Item, end);
          int needed = used + (end > start ? self->spacing : 0) + item->width;

          if (end > start && width >= 0 && needed > width)
            break;
          used = needed;
          line_height = MAX (line_height, item->height);
          if (gtk_widget_compute_expand (item->child, GTK_ORIENTATION_HORIZONTAL))
            n_expand++;
          end++;
        }

      extra = width >= 0 ? MAX (0, width - used) : 0;
      for (guint i = start; allocate && i < end; i++)
        {
          Item *item = &g_array_index (items, Item, i);
          int child_width = item->width;

          if (n_expand > 0 && gtk_widget_compute_expand (item->child, GTK_ORIENTATION_HORIZONTAL))
            child_width += extra / (int) n_expand;
          if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
            gtk_widget_size_allocate (item->child,
                                      &(GtkAllocation) { width - x - child_width, y, child_width, line_height },
                                      -1);
          else
            gtk_widget_size_allocate (item->child,
                                      &(GtkAllocation) { x, y, child_width, line_height }, -1);
          x += child_width + self->spacing;
        }

      y += line_height + (end < items->len ? self->spacing : 0);
      self->n_lines++;
      start = end;
    }

  return y;
}

static GtkSizeRequestMode
mp_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mp_wrap_box_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  MpWrapBox *self = MP_WRAP_BOX (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int least = 0;
      int total = 0;
      gboolean first = TRUE;

      /* At least the widest child; at best all on one line. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat, NULL, NULL);
          least = MAX (least, child_min);
          total += child_nat + (first ? 0 : self->spacing);
          first = FALSE;
        }
      *minimum = least;
      *natural = MAX (least, total);
    }
  else
    {
      g_autoptr(GArray) items = NULL;
      guint n_lines = self->n_lines;
      int height;

      /* Without a width: the height at the widest, one line (as a label
       * reports its least height, which GTK 4.12 holds it to). */
      items = collect_items (self, for_size);
      height = layout (self, items, for_size, FALSE);
      self->n_lines = n_lines;
      *minimum = *natural = height;
    }
}

static void
mp_wrap_box_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  MpWrapBox *self = MP_WRAP_BOX (widget);
  g_autoptr(GArray) items = collect_items (self, width);

  layout (self, items, width, TRUE);
}

static void
mp_wrap_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (mp_wrap_box_parent_class)->dispose (object);
}

static void
mp_wrap_box_class_init (MpWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_wrap_box_dispose;
  widget_class->get_request_mode = mp_wrap_box_get_request_mode;
  widget_class->measure = mp_wrap_box_measure;
  widget_class->size_allocate = mp_wrap_box_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "box");
  /* As a GtkBox: a group, where Orca finds a radio button's group name. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mp_wrap_box_init (MpWrapBox *self)
{
}

GtkWidget *
mp_wrap_box_new (int spacing)
{
  MpWrapBox *self = g_object_new (MP_TYPE_WRAP_BOX, NULL);

  self->spacing = MAX (spacing, 0);

  return GTK_WIDGET (self);
}

void
mp_wrap_box_append (MpWrapBox *self,
                    GtkWidget *child)
{
  g_return_if_fail (MP_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));

  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}

void
mp_wrap_box_insert_child_after (MpWrapBox *self,
                                GtkWidget *child,
                                GtkWidget *sibling)
{
  g_return_if_fail (MP_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (sibling == NULL || gtk_widget_get_parent (sibling) == GTK_WIDGET (self));

  gtk_widget_insert_after (child, GTK_WIDGET (self), sibling);
}

guint
mp_wrap_box_get_n_lines (MpWrapBox *self)
{
  g_return_val_if_fail (MP_IS_WRAP_BOX (self), 0);

  return self->n_lines;
}
