/* mp-wrap-label.c
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

#include <string.h>

#include "mp-text-context.h"
#include "mp-tooltip.h"
#include "mp-wrap-label.h"

/* One way the text breaks into lines, as a wrapped layout made it.
 * Pango fills lines greedily, so the same lines come out at every width
 * from the widest of them up to the width they were wrapped at:
 * measuring at any width in that span needs no new layout (each layout
 * shapes the whole text again).  tests/test-wrap-label.c checks the span
 * against Pango for the UI's languages; a random check found one
 * exception, CJK beside Cyrillic, where a measured height could be a
 * line off.  Drawing always lays the text out at its exact width. */
typedef struct
{
  int from;      /* pixels: the widest line */
  int to;        /* pixels: the width the layout was wrapped at */
  int height;
  int baseline;
} MpWrapLines;

#define N_WRAP_LINES 4

/* A dataset's text is anybody's: beyond these, a label shows the start of
 * it and an ellipsis (the whole text stays its accessible label and
 * tooltip), and a run of combining marks keeps its first few, so a
 * 10,000-character name neither widens the window nor draws over its
 * neighbours. */
#define MAX_SHOWN_CHARS 200
#define MAX_COMBINING_MARKS 3

/* Where the text may break inside a word (PANGO_WRAP_WORD_CHAR), a word
 * longer than this many characters breaks rather than widen the label. */
#define MIN_CHARS_WHEN_BREAKING_WORDS 8

struct _MpWrapLabel
{
  GtkWidget      parent_instance;

  char          *text;        /* plain text, as set */
  char          *shown;       /* what is laid out: text, clamped */
  char          *clamped_tooltip;  /* the tooltip this label set for it, or NULL */
  PangoAttrList *attrs;       /* from markup, or NULL */
  PangoWrapMode  wrap_mode;
  int            max_width_chars;  /* caps the natural width, -1: none */

  PangoLayout   *layout;      /* unwrapped: the text on its natural lines */
  PangoLayout   *wrapped;     /* wrapped as lines[0], or NULL */
  guint          serial;      /* of the widget's pango context at layout time */
  MpWrapLines    lines[N_WRAP_LINES];  /* wraps measured, latest first */
  guint          n_lines;

  /* From the unwrapped layout when it was made, in pixels. */
  int            natural_width;    /* of the whole text on one line */
  int            natural_request;  /* capped by max_width_chars */
  int            natural_height;
  int            minimum_width;
  int            baseline;
};

G_DEFINE_FINAL_TYPE (MpWrapLabel, mp_wrap_label, GTK_TYPE_WIDGET)

static void
mp_wrap_label_clear_layouts (MpWrapLabel *self)
{
  g_clear_object (&self->layout);
  g_clear_object (&self->wrapped);
  self->n_lines = 0;
}

static void
mp_wrap_label_invalidate (MpWrapLabel *self)
{
  mp_wrap_label_clear_layouts (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* The widest run of text between two places a line may break: the
 * narrowest the label can be without breaking inside a run.  Measured on
 * each line of the unwrapped layout (hard line breaks end runs too), by
 * the distance between the two ends, so right-to-left runs count alike. */
static int
widest_run (PangoLayout *layout)
{
  const char *text = pango_layout_get_text (layout);
  const PangoLogAttr *attrs;
  int n_attrs;
  int widest = 0;

  attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);
  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      const char *end = text + line->start_index + line->length;
      const char *p = text + line->start_index;
      int offset = (int) g_utf8_pointer_to_offset (text, p);
      int run_start = line->start_index;

      while (p < end)
        {
          int last = (int) (p - text);
          int x0;
          int x1;

          p = g_utf8_next_char (p);
          offset++;
          /* A run ends where a line may break, and at the end of the line;
           * it spans from its first character's leading edge to its last
           * one's trailing edge. */
          if (p < end && (offset >= n_attrs || !attrs[offset].is_line_break))
            continue;

          pango_layout_line_index_to_x (line, run_start, FALSE, &x0);
          pango_layout_line_index_to_x (line, last, TRUE, &x1);
          widest = MAX (widest, ABS (x1 - x0));
          run_start = (int) (p - text);
        }
    }

  return PANGO_PIXELS_CEIL (widest);
}

/* The lines of the text wrapped at @width pixels (less than its natural
 * width).  Known lines are reused for measuring; with @need_layout,
 * self->wrapped is laid out at exactly @width (it is what the label
 * draws, so it never trusts the span: mixed scripts can break it). */
static const MpWrapLines *
mp_wrap_label_wrap (MpWrapLabel *self,
                    int          width,
                    gboolean     need_layout)
{
  PangoRectangle logical;

  for (guint i = 0; i < self->n_lines; i++)
    {
      MpWrapLines lines = self->lines[i];

      if (width != lines.to && (need_layout || width < lines.from || width > lines.to))
        continue;
      if (i == 0 || !need_layout)
        return &self->lines[i];

      /* Known lines, but the layout holds others: lay it out in these
       * and make them the latest. */
      memmove (&self->lines[1], &self->lines[0], i * sizeof (MpWrapLines));
      self->lines[0] = lines;
      pango_layout_set_width (self->wrapped, lines.to * PANGO_SCALE);
      return &self->lines[0];
    }

  if (self->wrapped == NULL)
    self->wrapped = pango_layout_copy (self->layout);
  pango_layout_set_width (self->wrapped, width * PANGO_SCALE);
  pango_layout_get_pixel_extents (self->wrapped, NULL, &logical);

  memmove (&self->lines[1], &self->lines[0],
           MIN (self->n_lines, N_WRAP_LINES - 1) * sizeof (MpWrapLines));
  self->n_lines = MIN (self->n_lines + 1, N_WRAP_LINES);
  self->lines[0] = (MpWrapLines) {
    .from = logical.width,
    .to = width,
    .height = logical.height,
    .baseline = PANGO_PIXELS (pango_layout_get_baseline (self->wrapped)),
  };

  return &self->lines[0];
}

/* The width of @n_chars characters of the widget's font, as GtkLabel
 * counts them (the wider of an average character and a digit).  Font
 * metrics are costly (pango shapes a sample text for each call), so they
 * are kept per font and language, for the life of the process. */
static int
chars_width (GtkWidget *widget,
             int        n_chars)
{
  static GHashTable *widths;  /* "font|language" → pango units */
  PangoContext *context = gtk_widget_get_pango_context (widget);
  PangoLanguage *language = pango_context_get_language (context);
  g_autofree char *font = pango_font_description_to_string (pango_context_get_font_description (context));
  g_autofree char *key = g_strconcat (font, "|", pango_language_to_string (language), NULL);
  gpointer width;

  if (widths == NULL)
    widths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!g_hash_table_lookup_extended (widths, key, NULL, &width))
    {
      PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, language);
      int char_width = pango_font_metrics_get_approximate_char_width (metrics);
      int digit_width = pango_font_metrics_get_approximate_digit_width (metrics);

      width = GINT_TO_POINTER (MAX (char_width, digit_width));
      g_hash_table_insert (widths, g_steal_pointer (&key), width);
      pango_font_metrics_unref (metrics);
    }

  return PANGO_PIXELS_CEIL (GPOINTER_TO_INT (width) * n_chars);
}

static PangoLayout *
mp_wrap_label_ensure_layout (MpWrapLabel *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  PangoContext *context = gtk_widget_get_pango_context (widget);
  guint serial;

  /* Measured with the font it is drawn with (mp-text-context.h). */
  mp_text_context_prepare (context);
  serial = pango_context_get_serial (context);

  /* A new font (CSS, text scale, presentation size) means a new layout. */
  if (self->layout != NULL && serial != self->serial)
    mp_wrap_label_clear_layouts (self);

  if (self->layout == NULL)
    {
      PangoRectangle logical;

      self->layout = gtk_widget_create_pango_layout (widget, self->shown);
      pango_layout_set_attributes (self->layout, self->attrs);
      pango_layout_set_wrap (self->layout, self->wrap_mode);
      self->serial = serial;

      pango_layout_get_pixel_extents (self->layout, NULL, &logical);
      self->natural_width = logical.width;
      self->natural_height = logical.height;
      self->baseline = PANGO_PIXELS (pango_layout_get_baseline (self->layout));
      self->minimum_width = MIN (widest_run (self->layout), self->natural_width);
      if (self->wrap_mode != PANGO_WRAP_WORD)
        self->minimum_width = MIN (self->minimum_width,
                                   chars_width (widget, MIN_CHARS_WHEN_BREAKING_WORDS));
      self->natural_request = self->natural_width;
      if (self->max_width_chars > 0)
        {
          int cap = MAX (self->minimum_width, chars_width (widget, self->max_width_chars));

          /* Too long: as wide as its longest line when wrapped at the cap. */
          if (cap < self->natural_width)
            self->natural_request = MAX (self->minimum_width, mp_wrap_label_wrap (self, cap, FALSE)->from);
        }
    }

  return self->layout;
}

static void
mp_wrap_label_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  MpWrapLabel *self = MP_WRAP_LABEL (widget);
  int width;

  mp_wrap_label_ensure_layout (self);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* max-width-chars only shapes the columns a parent lays out from
       * the plain natural width.  A parent that does not fill (halign
       * start) takes the lesser of the width it sized the row at and the
       * natural width for the row's height: the whole text, so the label
       * wraps where the row was measured and all its lines fit. */
      *minimum = self->minimum_width;
      *natural = for_size < 0 ? self->natural_request : self->natural_width;
      return;
    }

  /* Without a width, the least height is the text on its natural lines
   * (GTK checks that no later for-size request goes below it); the
   * natural height is the text wrapped where max-width-chars caps it.
   * A label that does not wrap on its own (no max-width-chars) is one
   * line tall unless it is given less than its natural width. */
  if (for_size < 0)
    {
      *minimum = self->natural_height;
      *minimum_baseline = self->baseline;
      width = self->natural_request;
    }
  else
    width = for_size;

  if (width >= self->natural_width)
    {
      *natural = self->natural_height;
      *natural_baseline = self->baseline;
    }
  else
    {
      const MpWrapLines *lines = mp_wrap_label_wrap (self, width, FALSE);

      *natural = lines->height;
      *natural_baseline = lines->baseline;
    }

  if (for_size >= 0)
    {
      *minimum = *natural;
      *minimum_baseline = *natural_baseline;
    }
}

static GtkSizeRequestMode
mp_wrap_label_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
mp_wrap_label_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  MpWrapLabel *self = MP_WRAP_LABEL (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  PangoLayout *layout;
  int text_height;
  PangoRectangle logical;
  GdkRGBA color;

  if (self->shown == NULL || *self->shown == '\0')
    return;

  layout = mp_wrap_label_ensure_layout (self);
  if (width < self->natural_width)
    {
      mp_wrap_label_wrap (self, width, TRUE);
      layout = self->wrapped;
    }
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  text_height = logical.height;

#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (widget, &color);
#else
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
#endif

  /* Start-aligned (the right edge in a right-to-left UI) and centred
   * vertically, like a GtkLabel; the layout's own offset (Pango aligns
   * wrapped lines within the wrap width) is taken out first. */
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT ((gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL
                                                 ? width - logical.width : 0) - logical.x,
                                                MAX (0, (height - text_height) / 2)));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
mp_wrap_label_finalize (GObject *object)
{
  MpWrapLabel *self = MP_WRAP_LABEL (object);

  mp_wrap_label_clear_layouts (self);
  g_clear_pointer (&self->attrs, pango_attr_list_unref);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->shown, g_free);
  g_clear_pointer (&self->clamped_tooltip, g_free);

  G_OBJECT_CLASS (mp_wrap_label_parent_class)->finalize (object);
}

static void
mp_wrap_label_class_init (MpWrapLabelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = mp_wrap_label_finalize;

  widget_class->get_request_mode = mp_wrap_label_get_request_mode;
  widget_class->measure = mp_wrap_label_measure;
  widget_class->snapshot = mp_wrap_label_snapshot;

  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
mp_wrap_label_init (MpWrapLabel *self)
{
  self->wrap_mode = PANGO_WRAP_WORD;
  self->max_width_chars = -1;
  self->text = g_strdup ("");
  self->shown = g_strdup ("");
}

GtkWidget *
mp_wrap_label_new (const char *text)
{
  GtkWidget *self = g_object_new (MP_TYPE_WRAP_LABEL, NULL);

  if (text != NULL)
    mp_wrap_label_set_text (MP_WRAP_LABEL (self), text);

  return self;
}

/* @text as the label shows it: at most MAX_SHOWN_CHARS characters (then
 * an ellipsis) and MAX_COMBINING_MARKS marks on a character; NULL when
 * it shows all of it. */
static char *
clamp_text (const char *text)
{
  GString *shown = NULL;
  guint n_chars = 0;
  guint n_marks = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean mark = g_unichar_ismark (c);
      gboolean keep = n_chars < MAX_SHOWN_CHARS && (!mark || n_marks < MAX_COMBINING_MARKS);

      n_marks = mark ? n_marks + 1 : 0;
      if (!mark)
        n_chars++;

      if (keep && shown == NULL)
        continue;
      if (shown == NULL)
        shown = g_string_new_len (text, p - text);
      if (keep)
        g_string_append_unichar (shown, c);
      if (n_chars > MAX_SHOWN_CHARS)
        {
          g_string_append (shown, "…");
          break;
        }
    }

  return shown != NULL ? g_string_free (shown, FALSE) : NULL;
}

static void
mp_wrap_label_take (MpWrapLabel   *self,
                    char          *text,
                    PangoAttrList *attrs)
{
  if (g_strcmp0 (text, self->text) == 0 &&
      (attrs == self->attrs || (attrs != NULL && self->attrs != NULL && pango_attr_list_equal (attrs, self->attrs))))
    {
      g_free (text);
      g_clear_pointer (&attrs, pango_attr_list_unref);
      return;
    }

  g_free (self->text);
  self->text = text;
  g_clear_pointer (&self->attrs, pango_attr_list_unref);
  self->attrs = attrs;
  g_free (self->shown);
  self->shown = clamp_text (self->text);
  if (self->shown != NULL)
    {
      /* The whole text on hover, unless the label has a tooltip of its own. */
      if (!gtk_widget_get_has_tooltip (GTK_WIDGET (self)) ||
          g_strcmp0 (mp_widget_get_tooltip (GTK_WIDGET (self)), self->clamped_tooltip) == 0)
        {
          mp_widget_set_tooltip (GTK_WIDGET (self), self->text);
          g_free (self->clamped_tooltip);
          self->clamped_tooltip = g_strdup (self->text);
        }
    }
  else
    {
      if (self->clamped_tooltip != NULL &&
          g_strcmp0 (mp_widget_get_tooltip (GTK_WIDGET (self)), self->clamped_tooltip) == 0)
        mp_widget_set_tooltip (GTK_WIDGET (self), NULL);
      g_clear_pointer (&self->clamped_tooltip, g_free);
      self->shown = g_strdup (self->text);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->text,
                                  -1);
  mp_wrap_label_invalidate (self);
}

void
mp_wrap_label_set_text (MpWrapLabel *self,
                        const char  *text)
{
  g_return_if_fail (MP_IS_WRAP_LABEL (self));

  mp_wrap_label_take (self, g_strdup (text != NULL ? text : ""), NULL);
}

void
mp_wrap_label_set_markup (MpWrapLabel *self,
                          const char  *markup)
{
  g_autoptr(GError) error = NULL;
  PangoAttrList *attrs = NULL;
  char *text = NULL;

  g_return_if_fail (MP_IS_WRAP_LABEL (self));

  if (!pango_parse_markup (markup != NULL ? markup : "", -1, 0, &attrs, &text, NULL, &error))
    {
      g_critical ("MpWrapLabel: invalid markup: %s", error->message);
      return;
    }

  mp_wrap_label_take (self, text, attrs);
}

const char *
mp_wrap_label_get_text (MpWrapLabel *self)
{
  g_return_val_if_fail (MP_IS_WRAP_LABEL (self), NULL);

  return self->text;
}

void
mp_wrap_label_prepare (MpWrapLabel *self)
{
  g_return_if_fail (MP_IS_WRAP_LABEL (self));

  mp_wrap_label_ensure_layout (self);
}

void
mp_wrap_label_set_wrap_mode (MpWrapLabel   *self,
                             PangoWrapMode  mode)
{
  g_return_if_fail (MP_IS_WRAP_LABEL (self));

  if (self->wrap_mode == mode)
    return;

  self->wrap_mode = mode;
  mp_wrap_label_invalidate (self);
}

void
mp_wrap_label_set_max_width_chars (MpWrapLabel *self,
                                   int          n_chars)
{
  g_return_if_fail (MP_IS_WRAP_LABEL (self));

  if (self->max_width_chars == n_chars)
    return;

  self->max_width_chars = n_chars;
  mp_wrap_label_invalidate (self);
}
