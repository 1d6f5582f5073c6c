/* mp-source-popover.c
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
#include "mp-citation.h"
#include "mp-format.h"
#include "mp-source-popover.h"

struct _MpSourcePopover
{
  GtkPopover  parent_instance;

  char       *citation;

  GtkLabel   *figure_label;
  GtkLabel   *status_label;
  GtkLabel   *title_label;
  GtkLabel   *publisher_label;
  GtkLabel   *url_label;
  GtkLabel   *retrieved_label;
  GtkLabel   *licence_label;
  GtkButton  *copy_button;
};

G_DEFINE_FINAL_TYPE (MpSourcePopover, mp_source_popover, GTK_TYPE_POPOVER)

static void
set_optional_label (GtkLabel   *label,
                    const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
copy_clicked_cb (MpSourcePopover *self)
{
  GdkClipboard *clipboard;

  if (self->citation == NULL)
    return;

  clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));
  gdk_clipboard_set_text (clipboard, self->citation);
  gtk_button_set_label (self->copy_button, _("Copied"));
}

static void
mp_source_popover_finalize (GObject *object)
{
  MpSourcePopover *self = MP_SOURCE_POPOVER (object);

  g_clear_pointer (&self->citation, g_free);

  G_OBJECT_CLASS (mp_source_popover_parent_class)->finalize (object);
}

static void
mp_source_popover_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MP_TYPE_SOURCE_POPOVER);

  G_OBJECT_CLASS (mp_source_popover_parent_class)->dispose (object);
}

static void
mp_source_popover_class_init (MpSourcePopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_source_popover_dispose;
  object_class->finalize = mp_source_popover_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-source-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, MpSourcePopover, figure_label);
  gtk_widget_class_bind_template_child (widget_class, MpSourcePopover, status_label);
  gtk_widget_class_bind_template_child (widget_class, MpSourcePopover, title_label);
  gtk_widget_class_bind_template_child (widget_class, MpSourcePopover, publisher_label);
  gtk_widget_class_bind_template_child (widget_class, MpSourcePopover, url_label);
  gtk_widget_class_bind_template_child (widget_class, MpSourcePopover, retrieved_label);
  gtk_widget_class_bind_template_child (widget_class, MpSourcePopover, licence_label);
  gtk_widget_class_bind_template_child (widget_class, MpSourcePopover, copy_button);
  gtk_widget_class_bind_template_callback (widget_class, copy_clicked_cb);
}

static void
mp_source_popover_init (MpSourcePopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  mp_accessible_label_popover (GTK_POPOVER (self), _("Source"));
}

GtkWidget *
mp_source_popover_new (void)
{
  return g_object_new (MP_TYPE_SOURCE_POPOVER, NULL);
}

const char *
mp_value_status_describe (MpValueStatus status)
{
  switch (status)
    {
    case MP_VALUE_PRELIMINARY:
      return _("Preliminary figure");
    case MP_VALUE_ESTIMATE:
      return _("Estimate");
    case MP_VALUE_DERIVED:
      return _("Derived by Middle Powers from the sourced figures");
    case MP_VALUE_ANNOUNCED:
      return _("Announced (a pledge)");
    case MP_VALUE_STATEMENT:
      return _("Quoted from an official statement");
    case MP_VALUE_FINAL:
    default:
      return NULL;
    }
}

void
mp_source_popover_set_source (MpSourcePopover *self,
                              const MpSource  *source,
                              const char      *figure,
                              MpValueStatus    status)
{
  g_autofree char *retrieved_text = NULL;
  g_autofree char *licence_text = NULL;
  g_autofree char *link = NULL;

  g_return_if_fail (MP_IS_SOURCE_POPOVER (self));

  set_optional_label (self->figure_label, figure);
  set_optional_label (self->status_label, mp_value_status_describe (status));
  gtk_button_set_label (self->copy_button, _("Copy Citation"));

  g_clear_pointer (&self->citation, g_free);

  if (source == NULL)
    {
      set_optional_label (self->title_label, _("No source recorded"));
      set_optional_label (self->publisher_label, NULL);
      set_optional_label (self->url_label, NULL);
      set_optional_label (self->retrieved_label, NULL);
      set_optional_label (self->licence_label, NULL);
      gtk_widget_set_sensitive (GTK_WIDGET (self->copy_button), FALSE);
      return;
    }

  retrieved_text = mp_citation_format_retrieved (source);
  /* Translators: %s is a licence name like CC-BY-4.0 */
  licence_text = g_strdup_printf (_("Licence: %s"), source->licence);
  link = g_markup_printf_escaped ("<a href=\"%s\">%s</a>", source->url, source->url);

  set_optional_label (self->title_label, source->title);
  set_optional_label (self->publisher_label, source->publisher);
  gtk_label_set_markup (self->url_label, link);
  gtk_widget_set_visible (GTK_WIDGET (self->url_label), TRUE);
  set_optional_label (self->retrieved_label, retrieved_text);
  set_optional_label (self->licence_label, licence_text);
  /* The source's note is for the dataset's authors (data/SOURCES.md),
   * not for the class. */

  self->citation = mp_citation_format (source);
  gtk_widget_set_sensitive (GTK_WIDGET (self->copy_button), TRUE);
}

const char *
mp_source_popover_get_citation (MpSourcePopover *self)
{
  g_return_val_if_fail (MP_IS_SOURCE_POPOVER (self), NULL);

  return self->citation;
}
