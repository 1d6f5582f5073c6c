/* mp-accessible.c
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

#include "mp-accessible.h"

static void
label_scrollbar (GtkWidget  *scrollbar,
                 const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (scrollbar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* The range inside GtkScrollbar, a part of its own to AT-SPI. */
  for (GtkWidget *child = gtk_widget_get_first_child (scrollbar);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_RANGE (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

void
mp_accessible_label_scrollbars (GtkScrolledWindow *scrolled,
                                const char        *label)
{
  g_return_if_fail (GTK_IS_SCROLLED_WINDOW (scrolled));
  g_return_if_fail (label != NULL);

  label_scrollbar (gtk_scrolled_window_get_hscrollbar (scrolled), label);
  label_scrollbar (gtk_scrolled_window_get_vscrollbar (scrolled), label);
}

static void
unlabel_by_icon (GtkWidget *button)
{
  GtkWidget *child = gtk_button_get_child (GTK_BUTTON (button));

  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  if (GTK_IS_IMAGE (child))
    mp_accessible_hide (child);
}

void
mp_accessible_name_by_text (GtkButton *button)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_BUTTON (button));

  child = gtk_button_get_child (button);
  if (GTK_IS_LABEL (child))
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    gtk_label_get_text (GTK_LABEL (child)), -1);
  /* Not by its own label too ("Cancel Cancel"). */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

void
mp_accessible_name_icon_button (GtkWidget  *button,
                                const char *name)
{
  g_return_if_fail (GTK_IS_BUTTON (button) || GTK_IS_MENU_BUTTON (button));
  g_return_if_fail (name != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  if (GTK_IS_BUTTON (button))
    unlabel_by_icon (button);
  else
    /* The toggle button inside, which takes the focus. */
    for (GtkWidget *child = gtk_widget_get_first_child (button);
         child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_BUTTON (child))
        {
          gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
          unlabel_by_icon (child);
        }
}

static void
hide_decorations (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_IMAGE (child) || g_str_equal (G_OBJECT_TYPE_NAME (child), "GtkBuiltinIcon"))
        mp_accessible_hide (child);
      else
        hide_decorations (child);
    }
}

void
mp_accessible_name_menu_button (GtkMenuButton *button,
                                const char    *name)
{
  g_return_if_fail (GTK_IS_MENU_BUTTON (button));
  g_return_if_fail (name != NULL);

  mp_accessible_name_icon_button (GTK_WIDGET (button), name);
  hide_decorations (GTK_WIDGET (button));
}

static void
drop_down_selected_cb (GtkDropDown *drop_down)
{
  gpointer item = gtk_drop_down_get_selected_item (drop_down);
  const char *text = GTK_IS_STRING_OBJECT (item) ? gtk_string_object_get_string (item) : NULL;

  for (GtkWidget *widget = GTK_WIDGET (drop_down);
       widget != NULL;
       widget = widget == GTK_WIDGET (drop_down) ? gtk_widget_get_first_child (widget)
                                                 : gtk_widget_get_next_sibling (widget))
    {
      if (widget != GTK_WIDGET (drop_down) && !GTK_IS_BUTTON (widget))
        continue;
      if (text != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
      else
        gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

void
mp_accessible_label_drop_down (GtkDropDown *drop_down,
                               const char  *label)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));
  g_return_if_fail (label != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  mp_accessible_label_drop_down_button (drop_down, label);
}

void
mp_accessible_label_drop_down_button (GtkDropDown *drop_down,
                                      const char  *label)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));
  g_return_if_fail (label != NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (drop_down));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      {
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
        if (gtk_button_get_child (GTK_BUTTON (child)) != NULL)
          mp_accessible_hide (gtk_button_get_child (GTK_BUTTON (child)));
      }
  g_signal_connect (drop_down, "notify::selected", G_CALLBACK (drop_down_selected_cb), NULL);
  drop_down_selected_cb (drop_down);
}

void
mp_accessible_label_popover (GtkPopover *popover,
                             const char *label)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_POPOVER (popover));
  g_return_if_fail (label != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (popover), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  child = gtk_popover_get_child (popover);
  for (GtkWidget *parent = child != NULL ? gtk_widget_get_parent (child) : NULL;
       parent != NULL && parent != GTK_WIDGET (popover);
       parent = gtk_widget_get_parent (parent))
    gtk_accessible_update_property (GTK_ACCESSIBLE (parent), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

void
mp_accessible_hide (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_accessible_update_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
}

static void
label_menu_parts (GtkWidget  *widget,
                  const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      /* The submenu arrows and check marks decorate their items. */
      if (g_str_equal (G_OBJECT_TYPE_NAME (child), "GtkBuiltinIcon"))
        mp_accessible_hide (child);
      if (GTK_IS_STACK (child))
        {
          g_autoptr(GListModel) pages = G_LIST_MODEL (gtk_stack_get_pages (GTK_STACK (child)));

          for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
            {
              g_autoptr(GObject) page = g_list_model_get_item (pages, i);

              gtk_accessible_update_property (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
            }
        }
      label_menu_parts (child, label);
    }
}

void
mp_accessible_label_menu (GtkPopoverMenu *menu,
                          const char     *label)
{
  g_return_if_fail (GTK_IS_POPOVER_MENU (menu));
  g_return_if_fail (label != NULL);

  mp_accessible_label_popover (GTK_POPOVER (menu), label);
  label_menu_parts (GTK_WIDGET (menu), label);
}
