/* test-slides.c
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <string.h>

#include "mp-dataset-loader.h"
#include "mp-export.h"
#include "mp-slide.h"
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

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MpDatasetLoader) loader = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  loader = mp_dataset_loader_new ();
  mp_dataset_loader_add_bundled (loader);
  dataset = mp_dataset_loader_load (loader, NULL);
  g_assert_nonnull (dataset);

  g_test_add_func ("/slides/builtin-lesson-fits", test_builtin_lesson_fits);
  g_test_add_func ("/slides/four-cards-fit", test_four_cards_fit);

  status = g_test_run ();
  g_object_unref (dataset);

  return status;
}
