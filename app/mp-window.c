/* mp-window.c
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

#include "mp-window.h"

struct _MpWindow
{
  GtkApplicationWindow  parent_instance;

  GSettings            *settings;

  GtkMenuButton        *menu_button;
};

G_DEFINE_FINAL_TYPE (MpWindow, mp_window, GTK_TYPE_APPLICATION_WINDOW)

static void
mp_window_save_state (MpWindow *self)
{
  int width = 0;
  int height = 0;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static void
mp_window_restore_state (MpWindow *self)
{
  int width = 0;
  int height = 0;

  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), MAX (width, 360), MAX (height, 360));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
mp_window_close_request (GtkWindow *window)
{
  mp_window_save_state (MP_WINDOW (window));

  return GTK_WINDOW_CLASS (mp_window_parent_class)->close_request (window);
}

static void
mp_window_constructed (GObject *object)
{
  MpWindow *self = MP_WINDOW (object);

  G_OBJECT_CLASS (mp_window_parent_class)->constructed (object);

  mp_window_restore_state (self);
}

static void
mp_window_dispose (GObject *object)
{
  MpWindow *self = MP_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (mp_window_parent_class)->dispose (object);
}

static void
mp_window_class_init (MpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = mp_window_constructed;
  object_class->dispose = mp_window_dispose;

  window_class->close_request = mp_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MpWindow, menu_button);
}

static void
mp_window_init (MpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
}

MpWindow *
mp_window_new (MpApplication *application)
{
  g_return_val_if_fail (MP_IS_APPLICATION (application), NULL);

  return g_object_new (MP_TYPE_WINDOW,
                       "application", application,
                       NULL);
}
