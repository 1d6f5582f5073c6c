/* mp-chart-table-view.c
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
#include "mp-chart-table-view.h"
#include "mp-tooltip.h"

/* One row of the table in the list model: just its index. */
#define MP_TYPE_CHART_TABLE_ITEM (mp_chart_table_item_get_type ())
G_DECLARE_FINAL_TYPE (MpChartTableItem, mp_chart_table_item, MP, CHART_TABLE_ITEM, GObject)

struct _MpChartTableItem
{
  GObject parent_instance;
  guint   index;
};

G_DEFINE_FINAL_TYPE (MpChartTableItem, mp_chart_table_item, G_TYPE_OBJECT)

static void
mp_chart_table_item_class_init (MpChartTableItemClass *klass)
{
}

static void
mp_chart_table_item_init (MpChartTableItem *self)
{
}

struct _MpChartTableView
{
  GtkWidget         parent_instance;

  GtkWidget        *box;
  GtkWidget        *scrolled;
  GtkLabel         *caption_label;  /* what and the unit, above */
  GtkLabel         *sources_label;  /* the sources, once, below */
  GtkColumnView    *column_view;
  GListStore       *store;
  GtkSortListModel *sort_model;
  MpChartTable     *table;
};

G_DEFINE_FINAL_TYPE (MpChartTableView, mp_chart_table_view, GTK_TYPE_WIDGET)

enum {
  SOURCE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  MpChartTableView *self;
  guint             column;
} ColumnData;

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  ColumnData *data = user_data;
  const MpChartTableItem *ia = a;
  const MpChartTableItem *ib = b;
  MpChartTable *table = data->self->table;
  int r;

  if (table == NULL || ia->index >= table->rows->len || ib->index >= table->rows->len)
    return GTK_ORDERING_EQUAL;

  r = mp_chart_table_compare (table, data->column, ia->index, ib->index);
  return r < 0 ? GTK_ORDERING_SMALLER : (r > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          ColumnData               *data)
{
  GtkWidget *label = gtk_label_new (NULL);
  MpChartTable *table = data->self->table;

  if (table != NULL && table->numeric[data->column])
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1.0);
      gtk_widget_add_css_class (label, "numeric");
    }
  else
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
    }
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         ColumnData               *data)
{
  MpChartTableItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  MpChartTable *table = data->self->table;
  const char *text = "";

  if (table != NULL && item != NULL && item->index < table->rows->len)
    text = mp_chart_table_get_row (table, item->index)->cells[data->column];

  gtk_label_set_text (GTK_LABEL (label), text);
  mp_widget_set_tooltip (label, g_utf8_strlen (text, -1) > 36 ? text : NULL);

  /* GTK 4.8 names the cell and row around the label by their classes
   * ("GtkColumnViewCell", "GtkListItemWidget"): a cell is named by its
   * text, a row by its cells. */
  {
    GtkWidget *cell = gtk_widget_get_parent (label);
    GtkWidget *row = cell != NULL ? gtk_widget_get_parent (cell) : NULL;

    /* An empty cell (a year without that country's figure) is said as
     * "no data", not as its class. */
    gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    *text != '\0' ? text : _("no data"), -1);
    if (cell != NULL)
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      *text != '\0' ? text : _("no data"), -1);
    if (row != NULL && data->column == 0 && table != NULL && item != NULL && item->index < table->rows->len)
      {
        const MpChartTableRow *table_row = mp_chart_table_get_row (table, item->index);
        g_autoptr(GString) all = g_string_new (NULL);

        for (guint c = 0; c < table->n_columns; c++)
          if (table_row->cells[c] != NULL && *table_row->cells[c] != '\0')
            {
              if (all->len > 0)
                g_string_append (all, ", ");
              g_string_append (all, table_row->cells[c]);
            }
        gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, all->str, -1);
      }
  }
}

static void
activate_cb (MpChartTableView *self,
             guint             position,
             GtkColumnView    *column_view)
{
  g_autoptr(MpChartTableItem) item = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);
  const MpChartTableRow *row;

  if (item == NULL || self->table == NULL || item->index >= self->table->rows->len)
    return;

  row = mp_chart_table_get_row (self->table, item->index);
  if (row->source_id != NULL)
    {
      GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
      g_autofree char *figure = g_strjoinv (", ", row->cells);
      graphene_rect_t bounds;
      GdkRectangle rect = { 0, 0, gtk_widget_get_width (GTK_WIDGET (self)), 1 };

      /* The popover points at the activated row. */
      if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)) &&
          gtk_widget_compute_bounds (focus, GTK_WIDGET (self), &bounds))
        rect = (GdkRectangle) { (int) bounds.origin.x, (int) bounds.origin.y,
                                MAX (1, (int) bounds.size.width), MAX (1, (int) bounds.size.height) };
      g_signal_emit (self, signals[SOURCE_ACTIVATED], 0, row->source_id, figure, &rect);
    }
}

static void
remove_columns (MpChartTableView *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->column_view, column);
    }
}

/* GTK 4.8 names the header row and its titles by their classes
 * ("GtkListItemWidget", "GtkColumnViewTitle"; the sort arrow is a
 * "GtkBuiltinIcon"): each title is named by its column, the row by all,
 * and the arrows are hidden. */
static void
name_column_headers (MpChartTableView *self)
{
  for (GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       header != NULL;
       header = gtk_widget_get_next_sibling (header))
    {
      g_autoptr(GString) all = g_string_new (NULL);
      guint c = 0;

      if (GTK_IS_LIST_VIEW (header))
        continue;

      for (GtkWidget *title = gtk_widget_get_first_child (header);
           title != NULL && c < self->table->n_columns;
           title = gtk_widget_get_next_sibling (title), c++)
        {
          gtk_accessible_update_property (GTK_ACCESSIBLE (title),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, self->table->titles[c], -1);
          for (GtkWidget *box = gtk_widget_get_first_child (title); box != NULL; box = gtk_widget_get_next_sibling (box))
            for (GtkWidget *part = gtk_widget_get_first_child (box); part != NULL; part = gtk_widget_get_next_sibling (part))
              if (!GTK_IS_LABEL (part))
                mp_accessible_hide (part);
          if (all->len > 0)
            g_string_append (all, ", ");
          g_string_append (all, self->table->titles[c]);
        }
      gtk_accessible_update_property (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_PROPERTY_LABEL, all->str, -1);
    }
}

static void
add_columns (MpChartTableView *self)
{
  for (guint c = 0; c < self->table->n_columns; c++)
    {
      g_autoptr(GtkColumnViewColumn) column = NULL;
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      ColumnData *data = g_new0 (ColumnData, 1);
      ColumnData *sort_data = g_new0 (ColumnData, 1);
      GtkSorter *sorter;

      data->self = self;
      data->column = c;
      *sort_data = *data;
      g_signal_connect_data (factory, "setup", G_CALLBACK (setup_cb), data,
                             (GClosureNotify) (void (*) (void)) g_free, 0);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), data);

      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_rows, sort_data, g_free));
      column = gtk_column_view_column_new (self->table->titles[c], factory);
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_column_set_resizable (column, TRUE);
      /* A last column of text takes the spare width; numbers stay by their heading. */
      gtk_column_view_column_set_expand (column, c + 1 == self->table->n_columns && !self->table->numeric[c]);
      g_object_unref (sorter);
      gtk_column_view_append_column (self->column_view, column);
    }
  name_column_headers (self);
}

static void
mp_chart_table_view_dispose (GObject *object)
{
  MpChartTableView *self = MP_CHART_TABLE_VIEW (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->store);
  g_clear_object (&self->sort_model);
  g_clear_pointer (&self->table, mp_chart_table_unref);

  G_OBJECT_CLASS (mp_chart_table_view_parent_class)->dispose (object);
}

static void
mp_chart_table_view_class_init (MpChartTableViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_chart_table_view_dispose;

  /**
   * MpChartTableView::source-activated:
   * @source_id: the source of the activated row
   * @figure: the row's cells, as shown
   * @rect: the row, in the view's coordinates
   */
  signals[SOURCE_ACTIVATED] =
    g_signal_new ("source-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_STRING, GDK_TYPE_RECTANGLE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "mp-chart-table-view");
  /* A group, not a generic widget that GTK 4.8 names by its class. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mp_chart_table_view_init (MpChartTableView *self)
{
  GtkSelectionModel *selection;

  self->store = g_list_store_new (MP_TYPE_CHART_TABLE_ITEM);
  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_column_view_set_show_column_separators (self->column_view, TRUE);
  gtk_column_view_set_reorderable (self->column_view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "data-table");

  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->store)),
                                              g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  selection = GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sort_model))));
  gtk_single_selection_set_autoselect (GTK_SINGLE_SELECTION (selection), FALSE);
  gtk_single_selection_set_can_unselect (GTK_SINGLE_SELECTION (selection), TRUE);
  gtk_column_view_set_model (self->column_view, selection);
  g_object_unref (selection);
  g_signal_connect_swapped (self->column_view, "activate", G_CALLBACK (activate_cb), self);
  /* The column view and the list inside it. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Table"), -1);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Table"), -1);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->caption_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->caption_label, 0);
  gtk_label_set_wrap (self->caption_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->caption_label), "heading");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->caption_label));

  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), GTK_WIDGET (self->column_view));
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (self->scrolled), FALSE);
  gtk_widget_set_vexpand (self->scrolled, TRUE);
  mp_accessible_label_scrollbars (GTK_SCROLLED_WINDOW (self->scrolled), _("Table"));
  gtk_box_append (GTK_BOX (self->box), self->scrolled);

  self->sources_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->sources_label, 0);
  gtk_label_set_wrap (self->sources_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->sources_label), "dim-label");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->sources_label));
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
}

GtkWidget *
mp_chart_table_view_new (void)
{
  return g_object_new (MP_TYPE_CHART_TABLE_VIEW, NULL);
}

void
mp_chart_table_view_set_table (MpChartTableView *self,
                               MpChartTable     *table)
{
  g_autoptr(GPtrArray) items = NULL;

  g_return_if_fail (MP_IS_CHART_TABLE_VIEW (self));

  if (self->table == table)
    return;

  /* Empty the model before the table it points into goes away. */
  g_list_store_remove_all (self->store);
  remove_columns (self);
  g_clear_pointer (&self->table, mp_chart_table_unref);

  if (table == NULL)
    return;

  self->table = mp_chart_table_ref (table);
  add_columns (self);
  gtk_label_set_text (self->caption_label, table->caption != NULL ? table->caption : "");
  gtk_widget_set_visible (GTK_WIDGET (self->caption_label), table->caption != NULL && table->caption[0] != '\0');
  gtk_label_set_text (self->sources_label, table->sources != NULL ? table->sources : "");
  gtk_widget_set_visible (GTK_WIDGET (self->sources_label), table->sources != NULL && table->sources[0] != '\0');

  items = g_ptr_array_new_full (table->rows->len, g_object_unref);
  for (guint i = 0; i < table->rows->len; i++)
    {
      MpChartTableItem *item = g_object_new (MP_TYPE_CHART_TABLE_ITEM, NULL);

      item->index = i;
      g_ptr_array_add (items, item);
    }
  g_list_store_splice (self->store, 0, 0, items->pdata, items->len);
}

MpChartTable *
mp_chart_table_view_get_table (MpChartTableView *self)
{
  g_return_val_if_fail (MP_IS_CHART_TABLE_VIEW (self), NULL);

  return self->table;
}

guint
mp_chart_table_view_get_n_rows (MpChartTableView *self)
{
  g_return_val_if_fail (MP_IS_CHART_TABLE_VIEW (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
}

GtkColumnView *
mp_chart_table_view_get_column_view (MpChartTableView *self)
{
  g_return_val_if_fail (MP_IS_CHART_TABLE_VIEW (self), NULL);

  return self->column_view;
}

char *
mp_chart_table_view_to_tsv (MpChartTableView *self)
{
  g_autofree guint *order = NULL;
  guint n;

  g_return_val_if_fail (MP_IS_CHART_TABLE_VIEW (self), NULL);

  if (self->table == NULL)
    return g_strdup ("");

  n = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  order = g_new (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpChartTableItem) item = g_list_model_get_item (G_LIST_MODEL (self->sort_model), i);

      order[i] = item->index;
    }

  return mp_chart_table_to_tsv (self->table, order, n);
}
