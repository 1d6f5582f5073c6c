/* mp-export-dialog.c
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

/* The export dialog.  What is drawn and written is app/export's
 * (mp_export_render, mp_slide_render for the preview; mp_export_to_file,
 * mp_export_lesson_to_file for the file); this file only turns the
 * choices into a request and remembers them. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mp-accessible.h"
#include "mp-chart.h"
#include "mp-export-dialog.h"
#include "mp-export.h"
#include "mp-file-dialog.h"
#include "mp-slide.h"

/* The preview's largest size in logical pixels. */
#define PREVIEW_WIDTH    520
#define PREVIEW_HEIGHT   300
/* Choices settle for this long before the preview is drawn again. */
#define PREVIEW_DELAY_MS 150
#define PREVIEW_CSV_LINES 10

/* The sizes offered: charts, cards and slides take a slide, a document
 * or a custom size; the handout a paper size. */
typedef enum
{
  SIZE_SLIDE,
  SIZE_DOCUMENT,
  SIZE_CUSTOM,
  SIZE_A4,
  SIZE_LETTER,
} SizePreset;

/* Paper in points. */
#define A4_WIDTH        595
#define A4_HEIGHT       842
#define LETTER_WIDTH    612
#define LETTER_HEIGHT   792

struct _MpExportDialog
{
  GtkWindow        parent_instance;

  MpDataset       *dataset;
  GStrv            countries;
  char            *chart;
  MpLesson        *lesson;
  GSettings       *settings;

  SizePreset       presets[3];      /* those the size drop-down offers */
  guint            n_presets;
  guint            preview_source;
  guint            updating : 1;

  GtkWidget       *cancel_button;
  GtkLabel        *what_title;
  GtkDropDown     *what_dropdown;
  GtkLabel        *format_label;
  GtkToggleButton *png_button;
  GtkToggleButton *svg_button;
  GtkToggleButton *pdf_button;
  GtkToggleButton *csv_button;
  GtkWidget       *size_title;
  GtkDropDown     *size_dropdown;
  GtkWidget       *width_label;
  GtkSpinButton   *width_spin;
  GtkWidget       *height_label;
  GtkSpinButton   *height_spin;
  GtkWidget       *scale_label;
  GtkWidget       *scale_box;
  GtkToggleButton *scale1_button;
  GtkToggleButton *scale2_button;
  GtkToggleButton *pages2_button;   /* the handout's */
  GtkCheckButton  *student_check;
  GtkCheckButton  *questions_check;
  GtkWidget       *handout_options;
  GtkStack        *preview_stack;
  GtkPicture      *preview_picture;
  GtkLabel        *preview_text;
  GtkLabel        *size_label;
  GtkRevealer     *error_revealer;
  GtkLabel        *error_label;
  GtkWidget       *export_button;
};

G_DEFINE_FINAL_TYPE (MpExportDialog, mp_export_dialog, GTK_TYPE_WINDOW)

enum {
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* An export as chosen. */
typedef struct
{
  MpExportWhat   what;
  MpExportFormat format;
  SizePreset     preset;
  int            width;       /* logical; 0 for the table */
  int            height;
  double         pixel_scale; /* 2 for a PNG at 2×, else 1 */
  double         text_px;     /* charts and cards on a slide; else 0 */
} Choice;

static const char * const format_suffixes[] = { ".png", ".svg", ".pdf", ".csv" };

/* The formats each kind of export is written in. */
static gboolean
format_applies (MpExportWhat   what,
                MpExportFormat format)
{
  switch (what)
    {
    case MP_EXPORT_WHAT_TABLE:
      return format == MP_EXPORT_CSV;
    case MP_EXPORT_WHAT_HANDOUT:
    case MP_EXPORT_WHAT_LESSON:
      return format == MP_EXPORT_PDF || format == MP_EXPORT_PNG;
    case MP_EXPORT_WHAT_CHART:
    case MP_EXPORT_WHAT_CARDS:
    default:
      return format != MP_EXPORT_CSV;
    }
}

static const char *
preset_label (SizePreset preset)
{
  switch (preset)
    {
    case SIZE_SLIDE:
      /* Translators: an export size: a widescreen slide, its text large enough to read when projected */
      return _("Slide 16:9");
    case SIZE_DOCUMENT:
      /* Translators: an export size: for a page of a document (A4 landscape) */
      return _("Document");
    case SIZE_CUSTOM:
      /* Translators: an export size: the width and height typed below */
      return _("Custom");
    case SIZE_A4:
      /* Translators: a paper size */
      return _("A4");
    case SIZE_LETTER:
      /* Translators: a paper size (US Letter) */
      return _("Letter");
    default:
      g_assert_not_reached ();
    }
}

static GtkToggleButton *
format_button (MpExportDialog *self,
               MpExportFormat  format)
{
  switch (format)
    {
    case MP_EXPORT_PNG:
      return self->png_button;
    case MP_EXPORT_SVG:
      return self->svg_button;
    case MP_EXPORT_PDF:
      return self->pdf_button;
    case MP_EXPORT_CSV:
    default:
      return self->csv_button;
    }
}

/* Alt+F goes to the format chosen.  GTK makes the label name the button
 * it goes to ("PNG Format" to a screen reader, beside "SVG"): the group
 * is named "Format", and each button by its format alone. */
static void
set_format_mnemonic (MpExportDialog  *self,
                     GtkToggleButton *button)
{
  gtk_label_set_mnemonic_widget (self->format_label, GTK_WIDGET (button));
  for (MpExportFormat f = MP_EXPORT_PNG; f <= MP_EXPORT_CSV; f++)
    gtk_accessible_reset_relation (GTK_ACCESSIBLE (format_button (self, f)), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

static MpExportFormat
get_format (MpExportDialog *self)
{
  for (MpExportFormat f = MP_EXPORT_PNG; f <= MP_EXPORT_CSV; f++)
    if (gtk_toggle_button_get_active (format_button (self, f)))
      return f;

  return MP_EXPORT_PNG;
}

static SizePreset
get_preset (MpExportDialog *self)
{
  guint selected = gtk_drop_down_get_selected (self->size_dropdown);

  if (self->n_presets == 0)
    return SIZE_CUSTOM;

  return self->presets[MIN (selected, self->n_presets - 1)];
}

static void
get_choice (MpExportDialog *self,
            Choice         *choice)
{
  memset (choice, 0, sizeof *choice);
  choice->what = gtk_drop_down_get_selected (self->what_dropdown);
  choice->format = get_format (self);
  choice->preset = get_preset (self);
  choice->pixel_scale = 1;

  if (choice->what == MP_EXPORT_WHAT_TABLE)
    return;

  switch (choice->preset)
    {
    case SIZE_SLIDE:
      {
        MpExportRequest slide = { 0 };

        /* Charts and cards with the text of a lesson's slide at the
         * presenter's text size (a lesson's slides have it anyway). */
        mp_export_request_set_slide (&slide, g_settings_get_double (self->settings, "presentation-scale"));
        choice->width = slide.width;
        choice->height = slide.height;
        if (choice->what != MP_EXPORT_WHAT_LESSON)
          choice->text_px = slide.text_px;
      }
      break;
    case SIZE_DOCUMENT:
      {
        MpExportRequest document = { 0 };

        mp_export_request_set_document (&document, choice->format);
        choice->width = document.width;
        choice->height = document.height;
        choice->text_px = document.text_px;
      }
      break;
    case SIZE_A4:
      choice->width = A4_WIDTH;
      choice->height = A4_HEIGHT;
      break;
    case SIZE_LETTER:
      choice->width = LETTER_WIDTH;
      choice->height = LETTER_HEIGHT;
      break;
    case SIZE_CUSTOM:
    default:
      choice->width = gtk_spin_button_get_value_as_int (self->width_spin);
      choice->height = gtk_spin_button_get_value_as_int (self->height_spin);
      break;
    }

  if (choice->format == MP_EXPORT_PNG && gtk_toggle_button_get_active (self->scale2_button))
    choice->pixel_scale = 2;
}

static void
build_request (MpExportDialog  *self,
               const Choice    *choice,
               MpExportRequest *request)
{
  static const char * const whats[] = { NULL, NULL, "cards", "handout", NULL };

  memset (request, 0, sizeof *request);
  request->dataset = self->dataset;
  request->countries = (const char * const *) self->countries;
  request->chart = whats[choice->what] != NULL ? whats[choice->what] : self->chart;
  request->width = choice->width;
  request->height = choice->height;
  request->pixel_scale = choice->pixel_scale;
  request->text_px = choice->text_px;
  /* The handout's own options (its paper is the size chosen). */
  request->paper = choice->width == LETTER_WIDTH && choice->height == LETTER_HEIGHT
                   ? MP_PAPER_LETTER : MP_PAPER_A4;
  request->pages = gtk_toggle_button_get_active (self->pages2_button) ? 2 : 1;
  request->student_fields = gtk_check_button_get_active (self->student_check);
  request->lesson = gtk_check_button_get_active (self->questions_check) ? self->lesson : NULL;
}

static double
presentation_scale (MpExportDialog *self)
{
  return g_settings_get_double (self->settings, "presentation-scale");
}

/* What the file will be, in words, under the preview. */
static char *
describe (MpExportDialog *self,
          const Choice   *choice)
{
  g_autofree char *size = NULL;
  const char *text = NULL;

  if (choice->what == MP_EXPORT_WHAT_TABLE)
    {
      g_autoptr(MpChart) chart = mp_chart_new (self->dataset, (const char * const *) self->countries,
                                               self->chart, NULL, NULL);
      guint n = chart != NULL ? mp_chart_table_get_n_rows (mp_chart_get_table (chart)) : 0;

      /* Translators: the size of a CSV export in the export dialog */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row, numbers without grouping, for spreadsheets",
                                           "%u rows, numbers without grouping, for spreadsheets", n), n);
    }

  if (choice->preset == SIZE_DOCUMENT && choice->format != MP_EXPORT_PNG)
    /* Translators: the page of a chart or cards exported for a document */
    size = g_strdup (_("A4 landscape page, 297 × 210 mm"));
  else if (choice->preset == SIZE_A4)
    /* Translators: the page of a handout export */
    size = g_strdup (_("A4 page, 210 × 297 mm"));
  else if (choice->preset == SIZE_LETTER)
    /* Translators: the page of a handout export */
    size = g_strdup (_("Letter page, 8.5 × 11 in"));
  else if (choice->format == MP_EXPORT_PNG)
    /* Translators: the size of a PNG export; the first two %d are width and height */
    size = g_strdup_printf (_("%d × %d pixels"),
                            (int) (choice->width * choice->pixel_scale),
                            (int) (choice->height * choice->pixel_scale));
  else if (choice->what == MP_EXPORT_WHAT_LESSON)
    /* Translators: the size of a lesson's PDF pages; the first two %d are width and height */
    size = g_strdup_printf (_("%d × %d points"), choice->width / 2, choice->height / 2);
  else
    /* Translators: the size of a PDF or SVG export; the first two %d are width and height */
    size = g_strdup_printf (_("%d × %d points"), choice->width, choice->height);

  if (choice->what == MP_EXPORT_WHAT_LESSON)
    {
      guint n = mp_slides_get_n (self->lesson, MP_SLIDES_DECK);

      if (choice->format == MP_EXPORT_PNG)
        /* Translators: %u is a number of slides, %s a size ("1920 × 1080 pixels") */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u slide, one PNG file each, %s",
                                             "%u slides, one PNG file each, %s", n), n, size);
      /* Translators: %u is a number of slides, %s a size ("960 × 540 points") */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page, one per slide, %s",
                                           "%u pages, one per slide, %s", n), n, size);
    }

  if (choice->preset == SIZE_SLIDE)
    /* Translators: said of an export the size of a slide */
    text = _("text large enough to read on a projected slide");
  else if (choice->preset == SIZE_DOCUMENT)
    /* Translators: said of an export of the document size */
    text = _("text sized for a printed page");

  if (text == NULL)
    return g_steal_pointer (&size);

  /* Translators: an export's size and what its text is sized for */
  return g_strdup_printf (_("%s, %s"), size, text);
}

static GdkTexture *
texture_for_surface (cairo_surface_t *surface)
{
  g_autoptr(GBytes) bytes = NULL;
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);

  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) stride * height);

  /* GDK_MEMORY_DEFAULT is cairo's ARGB32. */
  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
}

/* The first lines of the CSV file, as it will be written. */
static void
preview_table (MpExportDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpChart) chart = mp_chart_new (self->dataset, (const char * const *) self->countries,
                                           self->chart, NULL, &error);
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *head = NULL;

  if (chart == NULL)
    {
      gtk_label_set_text (self->preview_text, error->message);
      gtk_stack_set_visible_child_name (self->preview_stack, "text");
      return;
    }

  csv = mp_export_table_to_csv (mp_chart_get_table (chart));
  lines = g_strsplit (csv, "\r\n", PREVIEW_CSV_LINES + 1);
  if (g_strv_length (lines) > PREVIEW_CSV_LINES)
    g_clear_pointer (&lines[PREVIEW_CSV_LINES], g_free);
  head = g_strjoinv ("\n", lines);
  gtk_label_set_text (self->preview_text, g_strchomp (head));
  gtk_stack_set_visible_child_name (self->preview_stack, "text");
}

static gboolean
preview_cb (gpointer user_data)
{
  MpExportDialog *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  Choice choice;
  double zoom;
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  gboolean ok;

  self->preview_source = 0;
  get_choice (self, &choice);

  if (choice.what == MP_EXPORT_WHAT_TABLE)
    {
      preview_table (self);
      return G_SOURCE_REMOVE;
    }

  /* The whole export, laid out at its size and drawn small. */
  zoom = MIN ((double) PREVIEW_WIDTH / choice.width, (double) PREVIEW_HEIGHT / choice.height) * scale;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        MAX (1, (int) (choice.width * zoom)),
                                        MAX (1, (int) (choice.height * zoom)));
  cr = cairo_create (surface);
  cairo_scale (cr, zoom, zoom);

  if (choice.what == MP_EXPORT_WHAT_LESSON)
    {
      MpSlideRequest slide = { 0 };

      slide.dataset = self->dataset;
      slide.lesson = self->lesson;
      slide.index = 0;
      slide.purpose = MP_SLIDES_DECK;
      slide.size = presentation_scale (self);
      ok = mp_slide_render (&slide, cr, choice.width, choice.height, NULL, &error);
    }
  else
    {
      MpExportRequest request;

      build_request (self, &choice, &request);
      ok = mp_export_render (&request, cr, choice.width, choice.height, &error);
    }
  cairo_destroy (cr);

  if (ok)
    {
      texture = texture_for_surface (surface);
      gtk_picture_set_paintable (self->preview_picture, GDK_PAINTABLE (texture));
      gtk_stack_set_visible_child_name (self->preview_stack, "image");
    }
  else
    {
      gtk_label_set_text (self->preview_text, error->message);
      gtk_stack_set_visible_child_name (self->preview_stack, "text");
    }
  cairo_surface_destroy (surface);

  return G_SOURCE_REMOVE;
}

static void
update_description (MpExportDialog *self)
{
  g_autofree char *text = NULL;
  Choice choice;

  get_choice (self, &choice);
  text = describe (self, &choice);
  gtk_label_set_text (self->size_label, text);
}

/* After a change: the description at once, the preview once the choices
 * settle (a spin button held down changes many times a second). */
static void choices_changed (MpExportDialog *self);

/* One or two pages, lines for the student, the lesson's questions:
 * rows of the handout_options box. */
static void
add_handout_options (MpExportDialog *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_Pages"));
  GtkWidget *pages = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  /* Translators: a handout of one page */
  GtkWidget *pages1 = gtk_toggle_button_new_with_label (_("1"));
  /* Translators: a handout of two pages */
  GtkWidget *pages2 = gtk_toggle_button_new_with_label (_("2"));

  gtk_widget_add_css_class (pages, "linked");
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (pages2), GTK_TOGGLE_BUTTON (pages1));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (pages1), TRUE);
  gtk_box_append (GTK_BOX (pages), pages1);
  gtk_box_append (GTK_BOX (pages), pages2);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), pages1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (pages), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (pages1), GTK_ACCESSIBLE_PROPERTY_LABEL, _("One page"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (pages2), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Two pages"), -1);
  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (GTK_BOX (row), pages);
  gtk_box_append (GTK_BOX (self->handout_options), row);
  self->pages2_button = GTK_TOGGLE_BUTTON (pages2);

  self->student_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("Lines for the student’s _name, class and date")));
  self->questions_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("The lesson’s _questions, with room to answer")));
  gtk_check_button_set_active (self->questions_check, TRUE);
  gtk_box_append (GTK_BOX (self->handout_options), GTK_WIDGET (self->student_check));
  gtk_box_append (GTK_BOX (self->handout_options), GTK_WIDGET (self->questions_check));

  g_signal_connect_swapped (pages2, "toggled", G_CALLBACK (choices_changed), self);
  g_signal_connect_swapped (self->student_check, "toggled", G_CALLBACK (choices_changed), self);
  g_signal_connect_swapped (self->questions_check, "toggled", G_CALLBACK (choices_changed), self);
}

static void
choices_changed (MpExportDialog *self)
{
  update_description (self);
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  g_clear_handle_id (&self->preview_source, g_source_remove);
  self->preview_source = g_timeout_add (PREVIEW_DELAY_MS, preview_cb, self);
}

/* The controls that apply to the format (Scale: PNG) and the size (the
 * custom size's width and height). */
static void
sync_size_controls (MpExportDialog *self)
{
  Choice choice;
  gboolean custom;

  get_choice (self, &choice);
  custom = choice.what != MP_EXPORT_WHAT_TABLE && choice.preset == SIZE_CUSTOM;
  gtk_widget_set_visible (self->width_label, custom);
  gtk_widget_set_visible (GTK_WIDGET (self->width_spin), custom);
  gtk_widget_set_visible (self->height_label, custom);
  gtk_widget_set_visible (GTK_WIDGET (self->height_spin), custom);
  gtk_widget_set_sensitive (self->scale_label, choice.format == MP_EXPORT_PNG);
  gtk_widget_set_sensitive (self->scale_box, choice.format == MP_EXPORT_PNG);
}

/* What is exported decides the formats that apply, the sizes offered
 * and whether the handout's options show. */
static void
sync_what (MpExportDialog *self)
{
  MpExportWhat what = gtk_drop_down_get_selected (self->what_dropdown);
  MpExportFormat format = g_settings_get_enum (self->settings, "export-format");
  SizePreset wanted;
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  guint selected = 0;

  self->updating = TRUE;

  if (!format_applies (what, format))
    for (format = MP_EXPORT_PNG; !format_applies (what, format); format++)
      ;
  for (MpExportFormat f = MP_EXPORT_PNG; f <= MP_EXPORT_CSV; f++)
    gtk_widget_set_sensitive (GTK_WIDGET (format_button (self, f)), format_applies (what, f));
  gtk_toggle_button_set_active (format_button (self, format), TRUE);
  set_format_mnemonic (self, format_button (self, format));

  self->n_presets = 0;
  switch (what)
    {
    case MP_EXPORT_WHAT_HANDOUT:
      self->presets[self->n_presets++] = SIZE_A4;
      self->presets[self->n_presets++] = SIZE_LETTER;
      wanted = g_settings_get_enum (self->settings, "export-paper") == 1 ? SIZE_LETTER : SIZE_A4;
      break;
    case MP_EXPORT_WHAT_LESSON:
      self->presets[self->n_presets++] = SIZE_SLIDE;
      self->presets[self->n_presets++] = SIZE_CUSTOM;
      wanted = g_settings_get_enum (self->settings, "export-size");
      break;
    case MP_EXPORT_WHAT_CHART:
    case MP_EXPORT_WHAT_CARDS:
      self->presets[self->n_presets++] = SIZE_SLIDE;
      self->presets[self->n_presets++] = SIZE_DOCUMENT;
      self->presets[self->n_presets++] = SIZE_CUSTOM;
      wanted = g_settings_get_enum (self->settings, "export-size");
      break;
    case MP_EXPORT_WHAT_TABLE:
    default:
      /* A table has no size: the drop-down says the last one, greyed. */
      wanted = SIZE_CUSTOM;
      break;
    }

  for (guint i = 0; i < self->n_presets; i++)
    {
      gtk_string_list_append (model, preset_label (self->presets[i]));
      if (self->presets[i] == wanted)
        selected = i;
    }
  if (self->n_presets == 0)
    gtk_string_list_append (model, "—");
  gtk_drop_down_set_model (self->size_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->size_dropdown, selected);
  gtk_widget_set_sensitive (self->size_title, self->n_presets > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->size_dropdown), self->n_presets > 0);

  gtk_widget_set_visible (self->handout_options, what == MP_EXPORT_WHAT_HANDOUT);

  sync_size_controls (self);
  self->updating = FALSE;
}

/* Callbacks ------------------------------------------------------------------ */

static void
what_changed_cb (MpExportDialog *self)
{
  if (self->updating)
    return;

  g_settings_set_enum (self->settings, "export-what", gtk_drop_down_get_selected (self->what_dropdown));
  sync_what (self);
  choices_changed (self);
}

static void
format_toggled_cb (MpExportDialog  *self,
                   GtkToggleButton *button)
{
  if (self->updating || !gtk_toggle_button_get_active (button))
    return;

  g_settings_set_enum (self->settings, "export-format", get_format (self));
  set_format_mnemonic (self, button);
  sync_size_controls (self);
  choices_changed (self);
}

static void
size_changed_cb (MpExportDialog *self)
{
  SizePreset preset;

  if (self->updating || self->n_presets == 0)
    return;

  preset = get_preset (self);
  if (preset == SIZE_A4 || preset == SIZE_LETTER)
    g_settings_set_enum (self->settings, "export-paper", preset == SIZE_LETTER ? 1 : 0);
  else
    g_settings_set_enum (self->settings, "export-size", preset);
  sync_size_controls (self);
  choices_changed (self);
}

static void
custom_size_changed_cb (MpExportDialog *self)
{
  if (self->updating)
    return;

  g_settings_set (self->settings, "export-custom-size", "(ii)",
                  gtk_spin_button_get_value_as_int (self->width_spin),
                  gtk_spin_button_get_value_as_int (self->height_spin));
  choices_changed (self);
}

static void
scale_toggled_cb (MpExportDialog  *self,
                  GtkToggleButton *button)
{
  if (self->updating || !gtk_toggle_button_get_active (button))
    return;

  g_settings_set_boolean (self->settings, "export-hidpi", button == self->scale2_button);
  /* The preview is drawn at the screen's scale either way. */
  update_description (self);
}

static void
show_error (MpExportDialog *self,
            const char     *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
file_chosen_cb (GFile    **files,
                guint      n_files,
                gpointer   user_data)
{
  MpExportDialog *self = user_data;

  if (mp_export_dialog_export_to_file (self, files[0], NULL))
    gtk_window_close (GTK_WINDOW (self));
}

static void
export_clicked_cb (MpExportDialog *self)
{
  g_autofree char *name = mp_export_dialog_dup_file_name (self);
  g_autoptr(GFile) folder = mp_export_dialog_dup_folder (self);

  mp_file_dialog_save (GTK_WINDOW (self), _("Export"), name, folder,
                       file_chosen_cb, g_object_ref (self), g_object_unref);
}

/* GObject -------------------------------------------------------------------- */

static void
mp_export_dialog_dispose (GObject *object)
{
  MpExportDialog *self = MP_EXPORT_DIALOG (object);

  g_clear_handle_id (&self->preview_source, g_source_remove);
  /* The drop-downs lose their models as they go: not a choice to keep. */
  self->updating = TRUE;
  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (mp_export_dialog_parent_class)->dispose (object);
}

static void
mp_export_dialog_finalize (GObject *object)
{
  MpExportDialog *self = MP_EXPORT_DIALOG (object);

  g_clear_object (&self->dataset);
  g_clear_pointer (&self->countries, g_strfreev);
  g_clear_pointer (&self->chart, g_free);
  g_clear_object (&self->lesson);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (mp_export_dialog_parent_class)->finalize (object);
}

static void
mp_export_dialog_class_init (MpExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_export_dialog_dispose;
  object_class->finalize = mp_export_dialog_finalize;

  /**
   * MpExportDialog::exported:
   * @path: the file written (for a lesson as PNGs, the name the user chose)
   *
   * The export was written.
   */
  signals[EXPORTED] =
    g_signal_new ("exported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, what_title);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, what_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, format_label);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, png_button);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, svg_button);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, pdf_button);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, csv_button);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, size_title);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, size_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, width_label);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, height_label);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, scale_label);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, scale_box);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, scale1_button);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, scale2_button);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, handout_options);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, preview_stack);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, preview_picture);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, preview_text);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, size_label);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, MpExportDialog, export_button);
  gtk_widget_class_bind_template_callback (widget_class, what_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, size_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, custom_size_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, scale_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);

  /* A dialog: Escape closes it (Enter exports: the default button). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mp_export_dialog_init (MpExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_handout_options (self);

  /* For screen readers (GTK 4.8): the drop-downs' buttons, which take
   * the focus, are named as their labels say ("GtkToggleButton"
   * otherwise); Cancel and Export… once ("_Cancel Cancel" otherwise); the format
   * buttons in set_format_mnemonic (). */
  mp_accessible_label_drop_down_button (self->what_dropdown, gtk_label_get_text (self->what_title));
  mp_accessible_label_drop_down_button (self->size_dropdown, gtk_label_get_text (GTK_LABEL (self->size_title)));
  mp_accessible_name_by_text (GTK_BUTTON (self->cancel_button));
  mp_accessible_name_by_text (GTK_BUTTON (self->export_button));
  set_format_mnemonic (self, self->png_button);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->export_button);
  /* Enter in a size exports too (GtkSpinButton has no activates-default
   * before GTK 4.14: its text has). */
  gtk_text_set_activates_default (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->width_spin))), TRUE);
  gtk_text_set_activates_default (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->height_spin))), TRUE);
}

/* Public API ----------------------------------------------------------------- */

GtkWidget *
mp_export_dialog_new (GtkWindow          *parent,
                      MpDataset          *dataset,
                      const char * const *countries,
                      const char         *chart,
                      MpLesson           *lesson,
                      GSettings          *settings)
{
  g_autoptr(MpChart) chart_shown = NULL;
  MpExportDialog *self;
  int width, height;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MP_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (countries != NULL, NULL);
  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (MP_IS_LESSON (lesson), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (MP_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->dataset = g_object_ref (dataset);
  self->countries = g_strdupv ((char **) countries);
  self->chart = g_strdup (chart);
  self->lesson = g_object_ref (lesson);
  self->settings = g_object_ref (settings);

  self->updating = TRUE;

  /* The chart by its title: "Chart: Aid contributions". */
  chart_shown = mp_chart_new (dataset, countries, chart, NULL, NULL);
  if (chart_shown != NULL)
    {
      /* Translators: in the export dialog, what to export: %s is the title of the chart shown */
      g_autofree char *label = g_strdup_printf (_("Chart: %s"), mp_chart_get_title (chart_shown));
      const char * const items[] = { label, NULL };

      gtk_string_list_splice (GTK_STRING_LIST (gtk_drop_down_get_model (self->what_dropdown)), 0, 1, items);
    }

  g_settings_get (settings, "export-custom-size", "(ii)", &width, &height);
  gtk_spin_button_set_value (self->width_spin, width);
  gtk_spin_button_set_value (self->height_spin, height);
  gtk_toggle_button_set_active (g_settings_get_boolean (settings, "export-hidpi") ? self->scale2_button
                                                                                  : self->scale1_button, TRUE);
  gtk_drop_down_set_selected (self->what_dropdown, g_settings_get_enum (settings, "export-what"));
  self->updating = FALSE;

  sync_what (self);
  choices_changed (self);

  return GTK_WIDGET (self);
}

MpExportWhat
mp_export_dialog_get_what (MpExportDialog *self)
{
  g_return_val_if_fail (MP_IS_EXPORT_DIALOG (self), MP_EXPORT_WHAT_CHART);

  return gtk_drop_down_get_selected (self->what_dropdown);
}

void
mp_export_dialog_set_what (MpExportDialog *self,
                           MpExportWhat    what)
{
  g_return_if_fail (MP_IS_EXPORT_DIALOG (self));
  g_return_if_fail (what <= MP_EXPORT_WHAT_LESSON);

  gtk_drop_down_set_selected (self->what_dropdown, what);
}

char *
mp_export_dialog_dup_file_name (MpExportDialog *self)
{
  g_autofree char *joined = NULL;
  g_autofree char *chart = NULL;
  Choice choice;

  g_return_val_if_fail (MP_IS_EXPORT_DIALOG (self), NULL);

  get_choice (self, &choice);
  joined = g_strjoinv ("-", self->countries);
  chart = g_strdup (self->chart);
  g_strdelimit (chart, ":", '-');

  switch (choice.what)
    {
    case MP_EXPORT_WHAT_CARDS:
      return g_strdup_printf ("cards-%s%s", joined, format_suffixes[choice.format]);
    case MP_EXPORT_WHAT_HANDOUT:
      return g_strdup_printf ("handout-%s%s", joined, format_suffixes[choice.format]);
    case MP_EXPORT_WHAT_LESSON:
      /* Translators: the file name suggested for a lesson's slides, without its extension */
      return g_strconcat (_("lesson-slides"), format_suffixes[choice.format], NULL);
    case MP_EXPORT_WHAT_CHART:
    case MP_EXPORT_WHAT_TABLE:
    default:
      return g_strdup_printf ("%s-%s%s", chart, joined, format_suffixes[choice.format]);
    }
}

GFile *
mp_export_dialog_dup_folder (MpExportDialog *self)
{
  gboolean image;
  const char *dir;

  g_return_val_if_fail (MP_IS_EXPORT_DIALOG (self), NULL);

  image = get_format (self) == MP_EXPORT_PNG || get_format (self) == MP_EXPORT_SVG;
  dir = g_get_user_special_dir (image ? G_USER_DIRECTORY_PICTURES : G_USER_DIRECTORY_DOCUMENTS);
  if (dir == NULL || !g_file_test (dir, G_FILE_TEST_IS_DIR))
    return NULL;

  return g_file_new_for_path (dir);
}

gboolean
mp_export_dialog_export_to_file (MpExportDialog  *self,
                                 GFile           *file,
                                 GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *lower = NULL;
  Choice choice;
  gboolean ok;

  g_return_val_if_fail (MP_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (&local_error, MP_EXPORT_ERROR, MP_EXPORT_ERROR_WRITE,
                   /* Translators: %s is a URI */
                   _("Cannot write “%s”: not a local file"), uri);
      show_error (self, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  get_choice (self, &choice);

  /* The format is the one chosen, whatever name was typed. */
  lower = g_ascii_strdown (path, -1);
  if (!g_str_has_suffix (lower, format_suffixes[choice.format]))
    {
      char *with_suffix = g_strconcat (path, format_suffixes[choice.format], NULL);

      g_free (path);
      path = with_suffix;
    }

  if (choice.what == MP_EXPORT_WHAT_LESSON)
    ok = mp_export_lesson_to_file (self->dataset, self->lesson, path,
                                   (int) (choice.width * choice.pixel_scale),
                                   (int) (choice.height * choice.pixel_scale),
                                   presentation_scale (self), &local_error);
  else
    {
      MpExportRequest request;

      build_request (self, &choice, &request);
      ok = mp_export_to_file (&request, path, &local_error);
    }

  if (!ok)
    {
      show_error (self, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  g_signal_emit (self, signals[EXPORTED], 0, path);

  return TRUE;
}

GdkPaintable *
mp_export_dialog_get_preview (MpExportDialog *self)
{
  g_return_val_if_fail (MP_IS_EXPORT_DIALOG (self), NULL);

  return gtk_picture_get_paintable (self->preview_picture);
}
