/* mp-export.c
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

/* O_TMPFILE */
#define _GNU_SOURCE

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mp-cards-renderer.h"
#include "mp-chart-common.h"
#include "mp-chart-draw.h"
#include "mp-chart.h"
#include "mp-export.h"
#include "mp-format.h"
#include "mp-png.h"
#include "mp-slide.h"

#define DEFAULT_WIDTH  1600
#define DEFAULT_HEIGHT 900

G_DEFINE_QUARK (mp-export-error-quark, mp_export_error)

gboolean
mp_export_format_from_path (const char      *path,
                            MpExportFormat  *format,
                            GError         **error)
{
  static const struct
  {
    const char    *suffix;
    MpExportFormat format;
  } formats[] = {
    { ".png", MP_EXPORT_PNG },
    { ".svg", MP_EXPORT_SVG },
    { ".pdf", MP_EXPORT_PDF },
    { ".csv", MP_EXPORT_CSV },
  };
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (g_str_has_suffix (lower, formats[i].suffix))
        {
          *format = formats[i].format;
          return TRUE;
        }
    }

  g_set_error (error, MP_EXPORT_ERROR, MP_EXPORT_ERROR_FORMAT,
               _("Cannot export to “%s”: the name must end in .png, .svg, .pdf or .csv"), path);
  return FALSE;
}

void
mp_export_request_set_slide (MpExportRequest *request,
                             double           size)
{
  g_return_if_fail (request != NULL);

  request->width = MP_EXPORT_SLIDE_WIDTH;
  request->height = MP_EXPORT_SLIDE_HEIGHT;
  request->text_px = mp_slide_text_px (MP_EXPORT_SLIDE_HEIGHT, size);
}

#define DOCUMENT_WIDTH_PX   1123
#define DOCUMENT_HEIGHT_PX  794
#define DOCUMENT_WIDTH_PT   842
#define DOCUMENT_HEIGHT_PT  595

void
mp_export_request_set_document (MpExportRequest *request,
                                MpExportFormat   format)
{
  MpChartStyle style;

  g_return_if_fail (request != NULL);

  if (format == MP_EXPORT_PNG)
    {
      request->width = DOCUMENT_WIDTH_PX;
      request->height = DOCUMENT_HEIGHT_PX;
      request->text_px = 0;
      return;
    }

  mp_chart_style_init_default (&style);
  request->width = DOCUMENT_WIDTH_PT;
  request->height = DOCUMENT_HEIGHT_PT;
  request->text_px = mp_chart_style_get_font_px (&style) * 72.0 / 96.0;
  mp_chart_style_clear (&style);
}

gboolean
mp_export_parse_size (const char  *text,
                      int         *width,
                      int         *height,
                      GError     **error)
{
  g_auto(GStrv) parts = NULL;
  gint64 w = 0;
  gint64 h = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  parts = g_strsplit (text, "x", -1);
  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_signed (parts[0], 10, 16, MP_EXPORT_MAX_SIZE, &w, NULL) ||
      !g_ascii_string_to_signed (parts[1], 10, 16, MP_EXPORT_MAX_SIZE, &h, NULL))
    {
      g_set_error (error, MP_EXPORT_ERROR, MP_EXPORT_ERROR_SIZE,
                   _("Invalid size “%s”: expected WIDTHxHEIGHT, each from 16 to %d, like 1600x900"),
                   text, MP_EXPORT_MAX_SIZE);
      return FALSE;
    }

  *width = (int) w;
  *height = (int) h;

  return TRUE;
}

MpHandout *
mp_export_new_handout (const MpExportRequest  *request,
                       double                  width,
                       double                  height,
                       GError                **error)
{
  MpHandoutOptions options = { 0 };

  g_return_val_if_fail (request != NULL, NULL);

  options.dataset = request->dataset;
  options.countries = request->countries;
  options.pages = request->pages;
  options.student_fields = request->student_fields;
  options.lesson = request->lesson;

  return mp_handout_new (&options, width, height, error);
}

gboolean
mp_export_render (const MpExportRequest  *request,
                  cairo_t                *cr,
                  double                  width,
                  double                  height,
                  GError                **error)
{
  MpChartStyle default_style;
  const MpChartStyle *style = request->style;
  gboolean ret;

  g_return_val_if_fail (request != NULL, FALSE);
  g_return_val_if_fail (MP_IS_DATASET (request->dataset), FALSE);

  if (style == NULL)
    {
      mp_chart_style_init_default (&default_style);
      default_style.paint_background = TRUE;
      style = &default_style;
    }

  if (g_strcmp0 (request->chart, "handout") == 0)
    {
      g_autoptr(MpHandout) handout = mp_export_new_handout (request, width, height, error);

      ret = handout != NULL;
      if (ret)
        mp_handout_render_page (handout, cr, 0);
    }
  else
    {
      /* Larger text: the drawing laid out smaller and scaled up. */
      double zoom = request->text_px > 0 ? request->text_px / mp_chart_style_get_font_px (style) : 1.0;
      g_autofree char *as_of = mp_format_data_as_of (request->dataset);
      g_autofree char *footnote = NULL;
      MpChartStyle noted = *style;

      /* Beside the sources: the dataset's date, so that a picture pasted
       * into a slide says how current it is. */
      if (as_of != NULL)
        noted.footnote = footnote = g_strdup_printf ("%s · %s", _("Middle Powers"), as_of);

      cairo_save (cr);
      cairo_scale (cr, zoom, zoom);
      if (g_strcmp0 (request->chart, "cards") == 0)
        ret = mp_cards_render (cr, request->dataset, request->countries, &noted, MP_CARDS_ALL_FACTS,
                               width / zoom, height / zoom, TRUE, NULL, error);
      else
        ret = mp_chart_render_by_name (cr, request->dataset, request->countries, request->chart,
                                       &noted, width / zoom, height / zoom, error);
      cairo_restore (cr);
    }

  if (style == &default_style)
    mp_chart_style_clear (&default_style);

  return ret;
}

static gboolean
check_surface (cairo_surface_t  *surface,
               const char       *path,
               GError          **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, MP_EXPORT_ERROR, MP_EXPORT_ERROR_WRITE,
               _("Cannot write “%s”: %s"), path, cairo_status_to_string (status));
  return FALSE;
}

/* Where an export is written: a temporary file in the target's folder,
 * named as the target only once it is complete.  Where the system has
 * unnamed temporary files (O_TMPFILE), it has no name until then either,
 * so an export that is killed or crashes leaves nothing behind; elsewhere
 * it is a hidden file beside the target, removed when the export fails. */
typedef struct
{
  int   fd;
  char *dir;
  char *base;
  char *tmp_path;   /* the named temporary file, or NULL for an unnamed one */
  int   write_errno;
} Output;

static void
output_close (Output *out)
{
  if (out->fd >= 0)
    close (out->fd);
  out->fd = -1;
  if (out->tmp_path != NULL)
    g_unlink (out->tmp_path);
  g_clear_pointer (&out->tmp_path, g_free);
  g_clear_pointer (&out->dir, g_free);
  g_clear_pointer (&out->base, g_free);
}

static gboolean
write_error (const char  *path,
             int          saved_errno,
             GError     **error)
{
  g_set_error (error, MP_EXPORT_ERROR, MP_EXPORT_ERROR_WRITE,
               _("Cannot write “%s”: %s"), path, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
output_open (Output      *out,
             const char  *path,
             GError     **error)
{
  GStatBuf st;

  out->fd = -1;
  out->dir = g_path_get_dirname (path);
  out->base = g_path_get_basename (path);

#ifdef O_TMPFILE
  /* Naming it later goes through /proc (linkat). */
  if (g_file_test ("/proc/self/fd", G_FILE_TEST_IS_DIR))
    out->fd = open (out->dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
#endif
  if (out->fd < 0)
    {
      out->tmp_path = g_strdup_printf ("%s/.%s.XXXXXX", out->dir, out->base);
      out->fd = g_mkstemp_full (out->tmp_path, O_WRONLY | O_CLOEXEC, 0666);
      if (out->fd < 0)
        {
          int saved_errno = errno;

          g_clear_pointer (&out->tmp_path, g_free);
          output_close (out);
          return write_error (path, saved_errno, error);
        }
    }

  /* The mode a new file gets, or the one the replaced file had (mkstemp
   * makes it 0600). */
  if (g_stat (path, &st) == 0)
    fchmod (out->fd, st.st_mode & 07777);
  else if (out->tmp_path != NULL)
    {
      mode_t mask = umask (0);

      umask (mask);
      fchmod (out->fd, 0666 & ~mask);
    }

  return TRUE;
}

/* cairo's write function, for SVG and PDF. */
static cairo_status_t
output_write_cb (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  Output *out = closure;

  while (length > 0)
    {
      ssize_t n = write (out->fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          out->write_errno = n < 0 ? errno : EIO;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += n;
      length -= (unsigned int) n;
    }

  return CAIRO_STATUS_SUCCESS;
}

/* Gives the complete file the target's name, replacing what was there. */
static gboolean
output_commit (Output      *out,
               const char  *path,
               GError     **error)
{
  if (out->tmp_path == NULL)
    {
      g_autofree char *proc = g_strdup_printf ("/proc/self/fd/%d", out->fd);

      /* linkat () cannot replace a file: a hidden name first, renamed
       * over the target just after. */
      for (guint attempt = 0; attempt < 100 && out->tmp_path == NULL; attempt++)
        {
          g_autofree char *name = g_strdup_printf ("%s/.%s.%08x", out->dir, out->base, g_random_int ());

          if (linkat (AT_FDCWD, proc, AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0)
            out->tmp_path = g_steal_pointer (&name);
          else if (errno != EEXIST)
            return write_error (path, errno, error);
        }
      if (out->tmp_path == NULL)
        return write_error (path, EEXIST, error);
    }

  if (g_rename (out->tmp_path, path) != 0)
    return write_error (path, errno, error);

  g_clear_pointer (&out->tmp_path, g_free);

  return TRUE;
}

static gboolean
render_to_output (const MpExportRequest  *request,
                  MpExportFormat          format,
                  Output                 *out,
                  const char             *path,
                  GError                **error)
{
  gboolean handout = g_strcmp0 (request->chart, "handout") == 0;
  double width = request->width > 0 ? request->width : DEFAULT_WIDTH;
  double height = request->height > 0 ? request->height : DEFAULT_HEIGHT;
  double pixel_scale = request->pixel_scale >= 1 ? request->pixel_scale : 1;
  cairo_surface_t *surface = NULL;
  cairo_t *cr;
  gboolean ok;

  if (handout && (request->width <= 0 || request->height <= 0))
    mp_paper_get_size (request->paper, &width, &height);

  switch (format)
    {
    case MP_EXPORT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                            (int) (width * pixel_scale),
                                            (int) (height * pixel_scale));
      cairo_surface_set_device_scale (surface, pixel_scale, pixel_scale);
      break;

    case MP_EXPORT_SVG:
      surface = cairo_svg_surface_create_for_stream (output_write_cb, out, width, height);
      break;

    case MP_EXPORT_PDF:
      surface = cairo_pdf_surface_create_for_stream (output_write_cb, out, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Middle Powers"));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Middle Powers " PACKAGE_VERSION);
      {
        g_autofree char *as_of = mp_format_data_as_of (request->dataset);

        if (as_of != NULL)
          cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, as_of);
      }
      break;

    case MP_EXPORT_CSV:
    default:
      g_assert_not_reached ();
    }

  /* What SVG and PDF cannot say (some masks and patterns) cairo paints
   * as an image at 300 ppi; cairo's images end at 32767 pixels, which a
   * 7,872-point-wide export passed.  Large exports get a lower
   * resolution, still finer than the screen. */
  if (format == MP_EXPORT_SVG || format == MP_EXPORT_PDF)
    {
      double ppi = MIN (300.0, floor (32000.0 * 72.0 / MAX (width, height)));

      cairo_surface_set_fallback_resolution (surface, ppi, ppi);
    }

  if (!check_surface (surface, path, error))
    {
      cairo_surface_destroy (surface);
      return FALSE;
    }

  cr = cairo_create (surface);
  if (handout && format == MP_EXPORT_PDF)
    {
      /* Every page of the handout; PNG and SVG show the first. */
      g_autoptr(MpHandout) layout = mp_export_new_handout (request, width, height, error);

      ok = layout != NULL;
      for (guint i = 0; ok && i < mp_handout_get_n_pages (layout); i++)
        {
          mp_handout_render_page (layout, cr, i);
          cairo_show_page (cr);
        }
    }
  else
    ok = mp_export_render (request, cr, width, height, error);
  cairo_destroy (cr);

  if (ok && format == MP_EXPORT_PNG)
    {
      g_autoptr(GError) png_error = NULL;

      if (!mp_png_write_to_fd (surface, out->fd, &png_error))
        {
          g_set_error (error, MP_EXPORT_ERROR, MP_EXPORT_ERROR_WRITE,
                       _("Cannot write “%s”: %s"), path, png_error->message);
          ok = FALSE;
        }
    }

  cairo_surface_finish (surface);
  if (ok && out->write_errno != 0)
    ok = write_error (path, out->write_errno, error);
  else if (ok)
    ok = check_surface (surface, path, error);
  cairo_surface_destroy (surface);

  return ok;
}

static void
append_csv_field (GString    *csv,
                  const char *field)
{
  if (strpbrk (field, ",\"\n\r") == NULL)
    {
      g_string_append (csv, field);
      return;
    }

  g_string_append_c (csv, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

/* A number as mp_chart_format_plain_number () writes it. */
static gboolean
is_plain_number (const char *text)
{
  const char *p = text;

  if (*p == '-')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p == '.')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }

  return *p == '\0';
}

/* A cell a spreadsheet would run as a formula (OWASP's "CSV injection":
 * a leading =, +, -, @, tab or carriage return) gets a leading
 * apostrophe, so it is read as text; numbers stay numbers. */
static void
append_csv_cell (GString    *csv,
                 const char *cell,
                 gboolean    numeric)
{
  g_autofree char *quoted = NULL;

  if (strchr ("=+-@\t\r", cell[0]) != NULL && cell[0] != '\0' &&
      !(numeric && is_plain_number (cell)))
    cell = quoted = g_strconcat ("'", cell, NULL);

  append_csv_field (csv, cell);
}

/* The chart's table (the numbers the Table view shows, sources
 * included) as RFC 4180 CSV, the same in every locale: numbers without
 * digit grouping and with a decimal point, dates in ISO 8601. */
char *
mp_export_table_to_csv (const MpChartTable *table)
{
  g_autoptr(GString) csv = g_string_new (NULL);
  gboolean has_notes = FALSE;

  for (guint r = 0; r < mp_chart_table_get_n_rows (table) && !has_notes; r++)
    for (guint c = 0; c < table->n_columns && !has_notes; c++)
      has_notes = mp_chart_table_get_row (table, r)->notes[c] != NULL;

  /* A years × countries table says its unit in the headings of its
   * numbers ("Azerbaijan (US$ million)"), and a value's status in a last
   * column of notes, so that the numbers stay numbers. */
  for (guint c = 0; c < table->n_columns; c++)
    {
      g_autofree char *title = NULL;

      if (c > 0)
        g_string_append_c (csv, ',');
      if (c > 0 && table->unit != NULL && table->numeric[c])
        /* Translators: a CSV column heading: a country and the unit, "Azerbaijan (US$ million)" */
        title = g_strdup_printf (_("%s (%s)"), table->titles[c], table->unit);
      append_csv_cell (csv, title != NULL ? title : table->titles[c], FALSE);
    }
  if (has_notes)
    {
      g_string_append_c (csv, ',');
      append_csv_cell (csv, _("Notes"), FALSE);
    }
  g_string_append (csv, "\r\n");

  for (guint r = 0; r < mp_chart_table_get_n_rows (table); r++)
    {
      const MpChartTableRow *row = mp_chart_table_get_row (table, r);

      for (guint c = 0; c < table->n_columns; c++)
        {
          if (c > 0)
            g_string_append_c (csv, ',');
          append_csv_cell (csv, mp_chart_table_row_get_plain (table, row, c), table->numeric[c]);
        }
      if (has_notes)
        {
          g_autoptr(GString) notes = g_string_new (NULL);

          for (guint c = 0; c < table->n_columns; c++)
            {
              if (row->notes[c] == NULL)
                continue;
              if (notes->len > 0)
                g_string_append (notes, "; ");
              /* Translators: a note in a CSV file: a column (a country) and a status, "Azerbaijan: preliminary" */
              g_string_append_printf (notes, _("%s: %s"), table->titles[c], row->notes[c]);
            }
          g_string_append_c (csv, ',');
          append_csv_cell (csv, notes->str, FALSE);
        }
      g_string_append (csv, "\r\n");
    }

  return g_string_free (g_steal_pointer (&csv), FALSE);
}

static gboolean
write_csv (const MpExportRequest  *request,
           Output                 *out,
           const char             *path,
           GError                **error)
{
  g_autoptr(MpChart) chart = NULL;
  g_autofree char *csv = NULL;

  if (g_strcmp0 (request->chart, "cards") == 0 || g_strcmp0 (request->chart, "handout") == 0)
    {
      g_set_error (error, MP_EXPORT_ERROR, MP_EXPORT_ERROR_UNSUPPORTED,
                   _("CSV export needs a chart (aid, contributions, memberships or indicator:ID), not “%s”"),
                   request->chart);
      return FALSE;
    }

  chart = mp_chart_new (request->dataset, request->countries, request->chart, NULL, error);
  if (chart == NULL)
    return FALSE;

  csv = mp_export_table_to_csv (mp_chart_get_table (chart));
  if (output_write_cb (out, (const unsigned char *) csv, strlen (csv)) != CAIRO_STATUS_SUCCESS)
    return write_error (path, out->write_errno, error);

  return TRUE;
}

gboolean
mp_export_to_file (const MpExportRequest  *request,
                   const char             *path,
                   GError                **error)
{
  Output out = { .fd = -1 };
  MpExportFormat format;
  gboolean ok;

  g_return_val_if_fail (request != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!mp_export_format_from_path (path, &format, error))
    return FALSE;

  /* A bad request is reported as such, before anything is written. */
  {
    const MpCountry *countries[MP_MAX_COUNTRIES];
    MpChartKind kind;
    guint n;

    if (!mp_chart_resolve_countries (request->dataset, request->countries, countries, &n, error))
      return FALSE;
    if (g_strcmp0 (request->chart, "cards") != 0 && g_strcmp0 (request->chart, "handout") != 0 &&
        !mp_chart_parse_name (request->chart, &kind, NULL, NULL))
      {
        g_set_error (error, MP_CHART_ERROR, MP_CHART_ERROR_UNKNOWN_CHART,
                     _("Unknown chart “%s”: use aid, contributions, memberships, memberships:shared, "
                       "memberships:unique, indicator:ID, cards or handout"),
                     request->chart != NULL ? request->chart : "");
        return FALSE;
      }
  }

  /* An existing file the user may not write stays as it is. */
  if (g_file_test (path, G_FILE_TEST_EXISTS) && g_access (path, W_OK) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, MP_EXPORT_ERROR, MP_EXPORT_ERROR_WRITE,
                   _("Cannot write “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  if (!output_open (&out, path, error))
    return FALSE;

  if (format == MP_EXPORT_CSV)
    ok = write_csv (request, &out, path, error);
  else
    ok = render_to_output (request, format, &out, path, error);

  if (ok)
    ok = output_commit (&out, path, error);
  output_close (&out);

  return ok;
}

#define DECK_WIDTH  MP_EXPORT_SLIDE_WIDTH
#define DECK_HEIGHT MP_EXPORT_SLIDE_HEIGHT

char *
mp_export_lesson_png_path (const char *path,
                           guint       index)
{
  g_autofree char *stem = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  stem = g_str_has_suffix (path, ".png") ? g_strndup (path, strlen (path) - 4) : g_strdup (path);

  return g_strdup_printf ("%s-%02u.png", stem, index + 1);
}

static gboolean
write_lesson_pdf (MpSlideRequest  *slide,
                  Output          *out,
                  const char      *path,
                  int              width,
                  int              height,
                  GError         **error)
{
  /* Pixels laid out on a page of half as many points: 1920x1080 is
   * 960x540 pt, the widescreen slide of presentation programs. */
  double page_width = width / 2.0;
  double page_height = height / 2.0;
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (output_write_cb, out, page_width, page_height);
  guint n = mp_slides_get_n (slide->lesson, MP_SLIDES_DECK);
  gboolean ok = check_surface (surface, path, error);
  cairo_t *cr;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, mp_lesson_get_title (slide->lesson));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Middle Powers " PACKAGE_VERSION);
  cr = cairo_create (surface);
  for (guint i = 0; ok && i < n; i++)
    {
      slide->index = i;
      ok = mp_slide_render (slide, cr, page_width, page_height, NULL, error);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (ok && out->write_errno != 0)
    ok = write_error (path, out->write_errno, error);
  else if (ok)
    ok = check_surface (surface, path, error);
  cairo_surface_destroy (surface);

  return ok;
}

static gboolean
write_lesson_png (MpSlideRequest  *slide,
                  guint            index,
                  const char      *path,
                  int              width,
                  int              height,
                  GError         **error)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  Output out = { .fd = -1 };
  gboolean ok = check_surface (surface, path, error);

  if (ok)
    {
      cairo_t *cr = cairo_create (surface);

      slide->index = index;
      ok = mp_slide_render (slide, cr, width, height, NULL, error);
      cairo_destroy (cr);
    }
  if (ok)
    ok = output_open (&out, path, error);
  if (ok)
    {
      g_autoptr(GError) png_error = NULL;

      if (!mp_png_write_to_fd (surface, out.fd, &png_error))
        {
          g_set_error (error, MP_EXPORT_ERROR, MP_EXPORT_ERROR_WRITE,
                       _("Cannot write “%s”: %s"), path, png_error->message);
          ok = FALSE;
        }
      else
        ok = output_commit (&out, path, error);
    }
  output_close (&out);
  cairo_surface_destroy (surface);

  return ok;
}

gboolean
mp_export_lesson_to_file (MpDataset   *dataset,
                          MpLesson    *lesson,
                          const char  *path,
                          int          width,
                          int          height,
                          double       size,
                          GError     **error)
{
  MpSlideRequest slide = { 0 };
  MpExportFormat format;

  g_return_val_if_fail (MP_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (MP_IS_LESSON (lesson), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!mp_export_format_from_path (path, &format, error))
    return FALSE;
  if (format != MP_EXPORT_PDF && format != MP_EXPORT_PNG)
    {
      g_set_error (error, MP_EXPORT_ERROR, MP_EXPORT_ERROR_UNSUPPORTED,
                   _("A lesson is exported as PDF (one page per slide) or PNG (one file per slide), not “%s”"),
                   path);
      return FALSE;
    }

  slide.dataset = dataset;
  slide.lesson = lesson;
  slide.purpose = MP_SLIDES_DECK;
  slide.size = size;
  width = width > 0 ? width : DECK_WIDTH;
  height = height > 0 ? height : DECK_HEIGHT;

  if (format == MP_EXPORT_PNG)
    {
      for (guint i = 0; i < mp_slides_get_n (lesson, MP_SLIDES_DECK); i++)
        {
          g_autofree char *png = mp_export_lesson_png_path (path, i);

          if (!write_lesson_png (&slide, i, png, width, height, error))
            return FALSE;
        }
      return TRUE;
    }

  {
    Output out = { .fd = -1 };
    gboolean ok = output_open (&out, path, error);

    if (ok)
      ok = write_lesson_pdf (&slide, &out, path, width, height, error);
    if (ok)
      ok = output_commit (&out, path, error);
    output_close (&out);

    return ok;
  }
}
