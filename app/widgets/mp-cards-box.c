/* mp-cards-box.c
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

#include "mp-cards-box.h"
#include "mp-limits.h"

#define SPACING 18
/* Below this a card's figures wrap too much to read well: a column only
 * gets narrower when the window leaves no choice. */
#define COMFORTABLE_WIDTH 340
/* With more than two cards (a regional group of up to eight), columns
 * as narrow as a card's figures still read well on one line each: three
 * across at 1024 px, four at 1366 px, so three cards sit side by side
 * above the chart on a projector (not two and one, the chart out of
 * sight), and eight take three rows or two rather than four. */
#define MANY_CARDS 2
#define MANY_WIDTH 300

struct _MpCardsBox
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (MpCardsBox, mp_cards_box, GTK_TYPE_WIDGET)

static int
child_min_width (MpCardsBox *self)
{
  int widest = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min = 0;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      widest = MAX (widest, min);
    }

  return widest;
}

static int
comfortable_width (guint n)
{
  return n > MANY_CARDS ? MANY_WIDTH : COMFORTABLE_WIDTH;
}

static guint
columns_for (guint n,
             int   width,
             int   min_child)
{
  guint cols;
  guint rows;

  if (n == 0)
    return 1;

  cols = (guint) CLAMP ((width + SPACING) / (MAX (min_child, comfortable_width (n)) + SPACING), 1, (int) n);
  /* Balance the rows: four cards go 2 + 2, not 3 + 1; eight 3 + 3 + 2. */
  rows = (n + cols - 1) / cols;
  return (n + rows - 1) / rows;
}

/* Row heights for @width; returns the total height. */
static int
layout_rows (MpCardsBox *self,
             int         width,
             guint       cols,
             int        *row_heights,
             guint       max_rows)
{
  int col_w = MAX ((width - SPACING * ((int) cols - 1)) / (int) cols, 0);
  int total = 0;
  guint index = 0;

  for (guint r = 0; r < max_rows; r++)
    row_heights[r] = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min = 0;
      int nat = 0;
      guint row;

      if (!gtk_widget_should_layout (child))
        continue;

      row = index / cols;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, col_w, &min, &nat, NULL, NULL);
      if (row < max_rows)
        row_heights[row] = MAX (row_heights[row], nat);
      index++;
    }

  for (guint r = 0; r < max_rows && r * cols < index; r++)
    total += row_heights[r] + (r > 0 ? SPACING : 0);

  return total;
}

static void
mp_cards_box_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  MpCardsBox *self = MP_CARDS_BOX (widget);
  guint n = mp_cards_box_get_n_cards (self);
  int min_child = child_min_width (self);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* One column at the least; all in a row at their minimum width
       * naturally (the window decides how much more they get). */
      *minimum = min_child;
      *natural = n > 0 ? (int) n * MAX (min_child, comfortable_width (n)) + SPACING * ((int) n - 1) : 0;
    }
  else
    {
      int width = for_size >= 0 ? for_size : (int) n * MAX (min_child, comfortable_width (n)) + SPACING * ((int) MAX (n, 1) - 1);
      guint cols = columns_for (n, width, min_child);
      int heights[MP_MAX_COUNTRIES];

      *minimum = *natural = layout_rows (self, width, cols, heights, G_N_ELEMENTS (heights));
    }
}

static GtkSizeRequestMode
mp_cards_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mp_cards_box_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  MpCardsBox *self = MP_CARDS_BOX (widget);
  guint n = mp_cards_box_get_n_cards (self);
  guint cols = columns_for (n, width, child_min_width (self));
  int col_w = MAX ((width - SPACING * ((int) cols - 1)) / (int) cols, 0);
  int heights[MP_MAX_COUNTRIES];
  guint index = 0;
  int y = 0;

  layout_rows (self, width, cols, heights, G_N_ELEMENTS (heights));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      guint row;
      guint col;

      if (!gtk_widget_should_layout (child))
        continue;

      row = index / cols;
      col = index % cols;
      if (col == 0 && row > 0)
        y += heights[row - 1] + SPACING;

      /* Mirrored for right-to-left languages. */
      if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
        col = cols - 1 - col;

      gtk_widget_size_allocate (child,
                                &(GtkAllocation) { (int) col * (col_w + SPACING), y, col_w,
                                                   row < G_N_ELEMENTS (heights) ? heights[row] : 0 },
                                -1);
      index++;
    }
}

static void
mp_cards_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (mp_cards_box_parent_class)->dispose (object);
}

static void
mp_cards_box_class_init (MpCardsBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_cards_box_dispose;

  widget_class->measure = mp_cards_box_measure;
  widget_class->size_allocate = mp_cards_box_size_allocate;
  widget_class->get_request_mode = mp_cards_box_get_request_mode;

  gtk_widget_class_set_css_name (widget_class, "cards");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mp_cards_box_init (MpCardsBox *self)
{
}

GtkWidget *
mp_cards_box_new (void)
{
  return g_object_new (MP_TYPE_CARDS_BOX, NULL);
}

void
mp_cards_box_append (MpCardsBox *self,
                     GtkWidget  *child)
{
  g_return_if_fail (MP_IS_CARDS_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));

  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}

void
mp_cards_box_remove (MpCardsBox *self,
                     GtkWidget  *child)
{
  g_return_if_fail (MP_IS_CARDS_BOX (self));
  g_return_if_fail (gtk_widget_get_parent (child) == GTK_WIDGET (self));

  gtk_widget_unparent (child);
}

guint
mp_cards_box_get_n_cards (MpCardsBox *self)
{
  guint n = 0;

  g_return_val_if_fail (MP_IS_CARDS_BOX (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

GtkWidget *
mp_cards_box_get_card (MpCardsBox *self,
                       guint       index)
{
  GtkWidget *child;

  g_return_val_if_fail (MP_IS_CARDS_BOX (self), NULL);

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL && index > 0;
       child = gtk_widget_get_next_sibling (child))
    index--;

  return child;
}

guint
mp_cards_box_get_columns (MpCardsBox *self,
                          int         width)
{
  g_return_val_if_fail (MP_IS_CARDS_BOX (self), 1);

  return columns_for (mp_cards_box_get_n_cards (self), width, child_min_width (self));
}

int
mp_cards_box_get_comfortable_column_width (MpCardsBox *self,
                                           int         width)
{
  guint cols;

  g_return_val_if_fail (MP_IS_CARDS_BOX (self), width);

  cols = columns_for (mp_cards_box_get_n_cards (self), width, 0);

  return MAX ((width - SPACING * ((int) cols - 1)) / (int) cols, 0);
}
