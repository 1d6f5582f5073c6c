/* test-slides.c
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "mp-dataset-loader.h"
#include "mp-export.h"
#include "mp-key-organizations.h"
#include "mp-slide.h"
#include "mp-test-data.h"
#include "mp-test-pdf.h"

/* Every slide of a lesson fits the screen it is shown on, at every
 * common projector and laptop resolution: nothing is drawn outside it,
 * a chart keeps about half of the height, and text stays at least a
 * legible size. */

static MpDataset *dataset;

static const struct
{
  int width;
  int height;
} screens[] = {
  { 800, 600 }, { 1024, 768 }, { 1280, 720 }, { 1280, 800 }, { 1366, 768 },
  { 1920, 1080 }, { 3840, 2160 },
};

static MpLesson *
four_cards_lesson (void)
{
  static const char * const four[] = { "AZ", "KZ", "TR", "UZ", NULL };
  MpLesson *lesson = mp_lesson_new ("Four countries");

  mp_lesson_append_step (lesson, four, "cards", FALSE, "Four middle powers");
  mp_lesson_append_step (lesson, four, "aid", FALSE, "Their development assistance");
  mp_lesson_append_step (lesson, four, "memberships", FALSE, NULL);
  mp_lesson_append_step (lesson, four, "indicator:gdp", TRUE, NULL);

  return lesson;
}

static void
check_lesson (MpLesson *lesson,
              double    size)
{
  for (guint s = 0; s < G_N_ELEMENTS (screens); s++)
    for (guint i = 0; i < mp_slides_get_n (lesson, MP_SLIDES_SCREEN); i++)
      {
        int width = screens[s].width;
        int height = screens[s].height;
        cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
        cairo_t *cr = cairo_create (surface);
        const MpLessonStep *step = mp_slides_get_step (lesson, i);
        MpSlideRequest request = { 0 };
        MpSlideLayout layout;
        g_autoptr(GError) error = NULL;
        double x, y, w, h;

        request.dataset = dataset;
        request.lesson = lesson;
        request.index = i;
        request.purpose = MP_SLIDES_SCREEN;
        request.size = size;
        g_assert_true (mp_slide_render (&request, cr, width, height, &layout, &error));
        g_assert_no_error (error);
        cairo_destroy (cr);

        /* Nothing outside the screen: the slide never scrolls. */
        cairo_recording_surface_ink_extents (surface, &x, &y, &w, &h);
        cairo_surface_destroy (surface);
        g_test_message ("%dx%d slide %u (%s): text %.1f px, data %.0f%% of the height, ink %.0f,%.0f %.0fx%.0f",
                        width, height, i + 1, step != NULL ? step->view : "end", layout.text_px,
                        100 * (layout.plot_bottom - layout.plot_top) / height, x, y, w, h);
        g_assert_cmpfloat (x, >=, -0.5);
        g_assert_cmpfloat (y, >=, -0.5);
        g_assert_cmpfloat (x + w, <=, width + 0.5);
        g_assert_cmpfloat (y + h, <=, height + 0.5);

        /* Readable from the back of the room. */
        g_assert_cmpfloat (layout.text_px, >=, MAX (11.0, height / 72.0) - 0.01);

        /* A chart fills about half of the screen's height or more. */
        if (step != NULL && g_strcmp0 (step->view, "cards") != 0 && g_strcmp0 (step->view, "sources") != 0)
          g_assert_cmpfloat (layout.plot_bottom - layout.plot_top, >=, MP_SLIDE_PLOT_SHARE * height);
      }
}

static void
test_builtin_lesson_fits (void)
{
  g_autoptr(MpLesson) lesson = mp_lesson_new_builtin ();

  check_lesson (lesson, 1.5);
  check_lesson (lesson, 2.5);
}

static void
test_four_cards_fit (void)
{
  g_autoptr(MpLesson) lesson = four_cards_lesson ();

  check_lesson (lesson, 1.5);
}

/* Renders slide @index of @lesson on a @width x @height screen at text
 * @size into @pdf; returns its layout. */
static MpSlideLayout
render_to_pdf (MpLesson   *lesson,
               guint       index,
               int         width,
               int         height,
               double      size,
               const char *pdf)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (pdf, width, height);
  cairo_t *cr = cairo_create (surface);
  MpSlideRequest request = { 0 };
  MpSlideLayout layout;
  g_autoptr(GError) error = NULL;

  request.dataset = dataset;
  request.lesson = lesson;
  request.index = index;
  request.purpose = MP_SLIDES_SCREEN;
  request.size = size;
  g_assert_true (mp_slide_render (&request, cr, width, height, &layout, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  return layout;
}

/* The sources slide lists every source when they fit; when, at a large
 * text size on a 1024x768 projector, they do not, its last line says how
 * many more there are and where they all are, rather than leaving them
 * out without a word. */
static void
test_sources_slide_says_more (void)
{
  g_autoptr(MpLesson) builtin = mp_lesson_new_builtin ();
  g_autofree char *dir = g_dir_make_tmp ("mp-sources-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "sources.pdf", NULL);
  guint n = mp_slides_get_n (builtin, MP_SLIDES_SCREEN);
  guint index = G_MAXUINT;
  guint total = 0;

  for (guint i = 0; i < n; i++)
    {
      const MpLessonStep *step = mp_slides_get_step (builtin, i);

      if (step != NULL && g_strcmp0 (step->view, "sources") == 0)
        index = i;
    }
  g_assert_cmpuint (index, <, n);

  /* The built-in lesson cites more sources than a 1024x768 screen
   * holds: what is not listed is counted, the same total at every size. */
  for (double size = 1.0; size <= 2.5; size += 0.5)
    {
      MpSlideLayout layout = render_to_pdf (builtin, index, 1024, 768, size, pdf);
      g_autofree char *text = mp_test_pdf_text (pdf);
      g_autoptr(GRegex) regex = g_regex_new ("And ([0-9]+) more sources?: all are in the handout", 0, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *number = NULL;
      guint more;

      if (text == NULL)
        {
          g_test_skip ("pdftotext is not installed (poppler-utils)");
          break;
        }
      g_assert_true (g_regex_match (regex, text, 0, &match));
      number = g_match_info_fetch (match, 1);
      more = (guint) g_ascii_strtoull (number, NULL, 10);
      g_test_message ("1024x768 at %.1fx: %u sources listed, %u more", size, layout.n_sources, more);
      g_assert_cmpuint (layout.n_sources, >, 0);
      g_assert_cmpuint (more, >, 0);
      if (total == 0)
        total = layout.n_sources + more;
      g_assert_cmpuint (layout.n_sources + more, ==, total);
    }
  /* A screen that holds them all lists them all, without that line. */
  {
    MpSlideLayout layout = render_to_pdf (builtin, index, 3840, 2160, 0.6, pdf);
    g_autofree char *text = mp_test_pdf_text (pdf);

    g_test_message ("3840x2160 at 0.6x: %u of %u sources", layout.n_sources, total);
    if (text != NULL && layout.n_sources == total)
      g_assert_null (strstr (text, "more source"));
  }
  g_unlink (pdf);
  g_rmdir (dir);
}

/* The cards slide at every text size on a 1024x768 projector: a caption
 * never runs into its figure ("Development aidUS$49.2 million" once):
 * on the line of "US$49.2", the caption's last word ends before it. */
static void
test_cards_caption_gap (void)
{
  g_autoptr(MpLesson) builtin = mp_lesson_new_builtin ();
  g_autofree char *dir = g_dir_make_tmp ("mp-cards-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "cards.pdf", NULL);
  guint checked = 0;

  g_assert_cmpstr (mp_slides_get_step (builtin, 0)->view, ==, "cards");
  for (double size = 1.0; size <= 2.51; size += 0.1)
    {
      g_autoptr(GArray) words = NULL;

      render_to_pdf (builtin, 0, 1024, 768, size, pdf);
      words = mp_test_pdf_words (pdf);
      if (words == NULL)
        {
          g_test_skip ("pdftotext is not installed (poppler-utils)");
          break;
        }
      for (guint i = 0; i < words->len; i++)
        {
          const MpTestWord *value = &g_array_index (words, MpTestWord, i);

          /* Run together, poppler reads one word: "aidUS$49.2". */
          if (strstr (value->text, "US$") != NULL)
            g_assert_true (g_str_has_prefix (value->text, "US$") || g_str_has_prefix (value->text, "(US$"));
          if (!g_str_has_prefix (value->text, "US$49.2"))
            continue;
          /* Any word ending left of the figure on its line: a gap. */
          for (guint j = 0; j < words->len; j++)
            {
              const MpTestWord *other = &g_array_index (words, MpTestWord, j);

              if (other == value || other->y1 < value->y0 + 1 || other->y0 > value->y1 - 1 ||
                  other->x0 >= value->x0)
                continue;
              g_assert_cmpfloat (other->x1 + 2, <, value->x0);
              checked++;
            }
        }
    }
  g_assert_true (checked > 0 || g_test_failed ());
  g_unlink (pdf);
  g_rmdir (dir);
}

/* On a 1024x768 projector the memberships slide shows every key
 * organisation of Azerbaijan and Kazakhstan, the last group too, with
 * no "… and 9 more". */
static void
test_memberships_slide_shows_key (void)
{
  static const MpSlidesFor purposes[] = { MP_SLIDES_SCREEN, MP_SLIDES_DECK };
  g_autoptr(MpLesson) builtin = mp_lesson_new_builtin ();
  g_autofree char *dir = g_dir_make_tmp ("mp-deck-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "slide.pdf", NULL);
  const char *countries[] = { "AZ", "KZ", NULL };
  g_autoptr(MpKeyOrganizations) keys = mp_key_organizations_new (dataset, countries);
  guint n_membership_steps = 0;

  g_assert_cmpuint (mp_key_organizations_get_n (keys), >=, 20);

  for (guint p = 0; p < G_N_ELEMENTS (purposes); p++)
    {
      g_autoptr(GString) all = g_string_new (NULL);

      for (guint step = 0; step < mp_lesson_get_n_steps (builtin); step++)
        {
          g_autofree char *text = NULL;
          g_autoptr(GError) error = NULL;
          cairo_surface_t *surface;
          cairo_t *cr;
          MpSlideRequest request = { 0 };

          if (!g_str_has_prefix (mp_lesson_get_step (builtin, step)->view, "memberships"))
            continue;

          /* The slide as drawn on a 1024x768 screen or into a deck's
           * PNG, into a PDF to read its text back. */
          surface = cairo_pdf_surface_create (pdf, 1024, 768);
          cr = cairo_create (surface);
          request.dataset = dataset;
          request.lesson = builtin;
          request.index = step;
          request.purpose = purposes[p];
          request.size = 1.5;
          g_assert_true (mp_slide_render (&request, cr, 1024, 768, NULL, &error));
          g_assert_no_error (error);
          cairo_destroy (cr);
          cairo_surface_finish (surface);
          cairo_surface_destroy (surface);

          text = mp_test_pdf_page_text (pdf, 1);
          g_unlink (pdf);
          if (text == NULL)
            {
              g_test_skip ("pdftotext is not installed");
              g_rmdir (dir);
              return;
            }
          /* Each slide shows its rows whole. */
          g_assert_null (strstr (text, "more organization"));
          g_assert_null (strstr (text, "see the table"));
          g_string_append (all, text);
          if (p == 0)
            n_membership_steps++;
        }

      /* Together they name every key organisation the two belong to. */
      for (guint i = 0; i < mp_key_organizations_get_n (keys); i++)
        {
          const MpOrganization *org = mp_key_organizations_get (keys, i);
          g_autofree char *line = g_strdup_printf ("\n%s\n", org->acronym);

          g_test_message ("%s", org->acronym);
          g_assert_nonnull (strstr (all->str, line));
        }
    }
  g_assert_cmpuint (n_membership_steps, ==, 2);
  g_rmdir (dir);
}

/* The lesson as a slide deck, for a learning platform or Impress: one
 * 16:9 page per step with its caption and countries, and the sources;
 * or a PNG per slide. */
static void
test_deck (void)
{
  g_autoptr(MpLesson) builtin = mp_lesson_new_builtin ();
  g_autoptr(MpLesson) four = four_cards_lesson ();
  g_autofree char *dir = g_dir_make_tmp ("mp-deck-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "lesson.pdf", NULL);
  g_autofree char *four_pdf = g_build_filename (dir, "four.pdf", NULL);
  g_autofree char *png = g_build_filename (dir, "slides.png", NULL);
  g_autofree char *info = NULL;
  g_autofree char *last = NULL;
  g_autoptr(GError) error = NULL;
  guint n = mp_lesson_get_n_steps (builtin);

  g_assert_true (mp_export_lesson_to_file (dataset, builtin, pdf, 0, 0, 1.5, &error));
  g_assert_no_error (error);
  /* The built-in lesson ends with its sources: a page per step. */
  g_assert_cmpint (mp_test_pdf_pages (pdf), ==, (int) n);
  {
    const char *argv[] = { "pdfinfo", pdf, NULL };
    g_autofree char *out = NULL;
    const char *size;
    double w = 0, h = 0;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                                 NULL, NULL, &out, NULL, NULL, NULL));
    /* 16:9, the widescreen slide of presentation programs. */
    size = strstr (out, "Page size:");
    g_assert_nonnull (size);
    g_assert_cmpint (sscanf (size + strlen ("Page size:"), "%lf x %lf", &w, &h), ==, 2);
    g_assert_cmpfloat_with_epsilon (w, 960, 0.5);
    g_assert_cmpfloat_with_epsilon (h, 540, 0.5);
  }
  for (guint i = 0; i < n; i++)
    {
      const MpLessonStep *step = mp_lesson_get_step (builtin, i);
      g_autofree char *text = mp_test_pdf_page_text (pdf, (int) i + 1);
      g_autofree char *number = g_strdup_printf ("%u/%u", i + 1, n);
      g_autoptr(GString) packed = NULL;

      g_assert_nonnull (text);
      /* pdftotext keeps or drops the spaces of "1 / 7" as it sees fit. */
      packed = g_string_new (text);
      g_string_replace (packed, " ", "", 0);
      g_string_replace (packed, "\n", "", 0);
      if (step->caption != NULL)
        {
          g_autoptr(GString) caption = g_string_new (mp_text_get (step->caption, NULL));

          g_string_replace (caption, " ", "", 0);
          g_assert_nonnull (strstr (packed->str, caption->str));
        }
      g_assert_nonnull (strstr (packed->str, number));
      /* Paper has no table to send the reader to. */
      g_assert_null (strstr (text, "see the table"));
      if (g_strcmp0 (step->view, "sources") != 0)
        {
          g_assert_nonnull (strstr (text, "Azerbaijan"));
          g_assert_nonnull (strstr (text, "Kazakhstan"));
        }
      else
        g_assert_nonnull (strstr (text, "World Bank"));
    }

  /* A lesson without a sources step gets a sources page at the end. */
  g_assert_true (mp_export_lesson_to_file (dataset, four, four_pdf, 1280, 720, 1.5, &error));
  g_assert_no_error (error);
  g_assert_cmpint (mp_test_pdf_pages (four_pdf), ==, (int) mp_lesson_get_n_steps (four) + 1);
  last = mp_test_pdf_page_text (four_pdf, (int) mp_lesson_get_n_steps (four) + 1);
  g_assert_nonnull (strstr (last, "Sources"));
  g_assert_nonnull (strstr (last, "OECD"));

  /* PNG: one file per slide, numbered. */
  g_assert_true (mp_export_lesson_to_file (dataset, builtin, png, 1024, 768, 2.0, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = mp_export_lesson_png_path (png, i);
      cairo_surface_t *image = cairo_image_surface_create_from_png (path);

      g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1024);
      g_assert_cmpint (cairo_image_surface_get_height (image), ==, 768);
      cairo_surface_destroy (image);
      g_unlink (path);
    }
  info = mp_export_lesson_png_path (png, n);
  g_assert_false (g_file_test (info, G_FILE_TEST_EXISTS));

  /* Only PDF and PNG make sense for slides. */
  g_assert_false (mp_export_lesson_to_file (dataset, builtin, "/tmp/lesson.csv", 0, 0, 1.5, &error));
  g_assert_error (error, MP_EXPORT_ERROR, MP_EXPORT_ERROR_UNSUPPORTED);

  g_unlink (pdf);
  g_unlink (four_pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  dataset = mp_test_load_bundled ();

  g_test_add_func ("/slides/builtin-lesson-fits", test_builtin_lesson_fits);
  g_test_add_func ("/slides/four-cards-fit", test_four_cards_fit);
  g_test_add_func ("/slides/deck", test_deck);
  g_test_add_func ("/slides/memberships-key", test_memberships_slide_shows_key);
  g_test_add_func ("/slides/sources-say-more", test_sources_slide_says_more);
  g_test_add_func ("/slides/cards-caption-gap", test_cards_caption_gap);

  status = g_test_run ();
  g_object_unref (dataset);

  return status;
}
