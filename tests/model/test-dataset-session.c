/* test-dataset-session.c
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "mp-dataset-session.h"

/* What a window sees of a session: which loads finished, and how. */
typedef struct
{
  MpDatasetSession *session;
  char             *tmpdir;
  guint             n_finished;
  guint             last_cause;
  gboolean          last_success;
  guint             loading_changes;
} Fixture;

static const char *overlay_v1 =
  "{\"format\": \"middle-powers-dataset\", \"version\": 1,\n"
  " \"countries\": [{\"id\": \"AZ\", \"iso3\": \"AZE\", \"name\": {\"en\": \"Azerbaijan\"},\n"
  "   \"source\": \"class\", \"capital\": {\"value\": \"Capital One\", \"source\": \"class\"}}],\n"
  " \"sources\": [{\"id\": \"class\", \"title\": \"Class notes\", \"publisher\": \"A teacher\",\n"
  "   \"url\": \"https://example.org/notes\", \"retrieved\": \"2026-11-01\", \"licence\": \"CC0-1.0\"}]}\n";

static void
finished_cb (MpDatasetSession *session,
             guint             cause,
             gboolean          success,
             Fixture          *fixture)
{
  fixture->n_finished++;
  fixture->last_cause = cause;
  fixture->last_success = success;
}

static void
loading_cb (MpDatasetSession *session,
            GParamSpec       *pspec,
            Fixture          *fixture)
{
  fixture->loading_changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->tmpdir = g_dir_make_tmp ("mp-session-XXXXXX", NULL);
  g_assert_nonnull (fixture->tmpdir);
  fixture->session = mp_dataset_session_new ();
  g_signal_connect (fixture->session, "finished", G_CALLBACK (finished_cb), fixture);
  g_signal_connect (fixture->session, "notify::loading", G_CALLBACK (loading_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->tmpdir, 0, NULL);
  const char *name;

  g_clear_object (&fixture->session);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->tmpdir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->tmpdir);
  g_free (fixture->tmpdir);
}

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (fixture->tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

/* Runs the main loop until @n loads in all have finished. */
static void
wait_for_finished (Fixture *fixture,
                   guint    n)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (fixture->n_finished < n && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (fixture->n_finished, ==, n);
}

static const char *
capital_of (MpDatasetSession *session,
            const char       *country_id)
{
  const MpCountry *country = mp_dataset_lookup_country (mp_dataset_session_get_dataset (session), country_id);

  g_assert_nonnull (country);

  return country->capital.text;
}

/* The bundled dataset is there as soon as start returns: a window's
 * first frame shows it. */
static void
test_session_start (Fixture       *fixture,
                    gconstpointer  data)
{
  g_assert_null (mp_dataset_session_get_dataset (fixture->session));

  mp_dataset_session_start (fixture->session);

  g_assert_cmpuint (fixture->n_finished, ==, 1);
  g_assert_cmpuint (fixture->last_cause, ==, MP_DATASET_SESSION_START);
  g_assert_true (fixture->last_success);
  g_assert_false (mp_dataset_session_is_loading (fixture->session));
  g_assert_cmpuint (fixture->loading_changes, ==, 0);
  g_assert_cmpstr (capital_of (fixture->session, "AZ"), ==, "Baku");
  g_assert_cmpuint (mp_dataset_session_get_files (fixture->session)->len, ==, 0);
  g_assert_cmpuint (mp_dataset_session_get_watched (fixture->session)->len, ==, 0);
  g_assert_cmpuint (mp_dataset_session_get_n_errors (fixture->session), ==, 0);
}

/* A teacher's file goes on top of the bundled dataset, loads on a worker
 * thread, and opening it again replaces it rather than stacking it. */
static void
test_session_open (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "class.json", overlay_v1);

  mp_dataset_session_start (fixture->session);
  mp_dataset_session_open (fixture->session, &file, 1);
  g_assert_true (mp_dataset_session_is_loading (fixture->session));
  /* The data shown stays until the new load has validated. */
  g_assert_cmpstr (capital_of (fixture->session, "AZ"), ==, "Baku");

  wait_for_finished (fixture, 2);
  g_assert_cmpuint (fixture->last_cause, ==, MP_DATASET_SESSION_OPEN);
  g_assert_true (fixture->last_success);
  g_assert_false (mp_dataset_session_is_loading (fixture->session));
  g_assert_cmpuint (fixture->loading_changes, ==, 2);
  g_assert_cmpstr (capital_of (fixture->session, "AZ"), ==, "Capital One");
  /* The bundled countries are still there. */
  g_assert_nonnull (mp_dataset_lookup_country (mp_dataset_session_get_dataset (fixture->session), "KZ"));
  g_assert_cmpuint (mp_dataset_session_get_files (fixture->session)->len, ==, 1);
  g_assert_cmpuint (mp_dataset_session_get_watched (fixture->session)->len, ==, 1);

  mp_dataset_session_open (fixture->session, &file, 1);
  wait_for_finished (fixture, 3);
  g_assert_true (fixture->last_success);
  g_assert_cmpuint (mp_dataset_session_get_files (fixture->session)->len, ==, 1);
  g_assert_true (g_file_equal (g_ptr_array_index (mp_dataset_session_get_files (fixture->session), 0), file));
}

/* A broken file keeps the data shown, says what is wrong, and is
 * watched: saving a fix loads it; a later broken save keeps the fix. */
static void
test_session_broken_then_fixed (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "class.json", "{\"format\": ");
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  MpDataset *before;

  mp_dataset_session_start (fixture->session);
  before = mp_dataset_session_get_dataset (fixture->session);
  mp_dataset_session_open (fixture->session, &file, 1);
  wait_for_finished (fixture, 2);

  g_assert_false (fixture->last_success);
  g_assert_true (mp_dataset_session_get_dataset (fixture->session) == before);
  g_assert_cmpuint (mp_dataset_session_get_files (fixture->session)->len, ==, 0);
  g_assert_cmpuint (mp_dataset_session_get_n_errors (fixture->session), >, 0);
  g_assert_cmpuint (mp_dataset_session_get_problems (fixture->session)->len, >, 0);
  g_assert_cmpuint (mp_dataset_session_get_watched (fixture->session)->len, ==, 1);
  g_assert_true (g_file_equal (g_ptr_array_index (mp_dataset_session_get_watched (fixture->session), 0), file));

  g_file_set_contents (path, overlay_v1, -1, &error);
  g_assert_no_error (error);
  wait_for_finished (fixture, 3);
  g_assert_cmpuint (fixture->last_cause, ==, MP_DATASET_SESSION_RELOAD);
  g_assert_true (fixture->last_success);
  g_assert_cmpstr (capital_of (fixture->session, "AZ"), ==, "Capital One");
  g_assert_cmpuint (mp_dataset_session_get_n_errors (fixture->session), ==, 0);
  g_assert_cmpuint (mp_dataset_session_get_files (fixture->session)->len, ==, 1);

  g_file_set_contents (path, "[]", -1, &error);
  g_assert_no_error (error);
  wait_for_finished (fixture, 4);
  g_assert_cmpuint (fixture->last_cause, ==, MP_DATASET_SESSION_RELOAD);
  g_assert_false (fixture->last_success);
  g_assert_cmpstr (capital_of (fixture->session, "AZ"), ==, "Capital One");
}

/* A new request cancels the one in progress: only the last one
 * finishes, and reset leaves nothing watched. */
static void
test_session_reset_cancels (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GFile) file = write_file (fixture, "class.json", overlay_v1);
  gint64 until;

  mp_dataset_session_start (fixture->session);
  mp_dataset_session_open (fixture->session, &file, 1);
  mp_dataset_session_reset (fixture->session);
  g_assert_cmpuint (fixture->n_finished, ==, 2);
  g_assert_cmpuint (fixture->last_cause, ==, MP_DATASET_SESSION_RESET);
  g_assert_false (mp_dataset_session_is_loading (fixture->session));

  /* The cancelled open must not arrive late. */
  until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (fixture->n_finished, ==, 2);
  g_assert_cmpstr (capital_of (fixture->session, "AZ"), ==, "Baku");
  g_assert_cmpuint (mp_dataset_session_get_files (fixture->session)->len, ==, 0);
  g_assert_cmpuint (mp_dataset_session_get_watched (fixture->session)->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/mp/session/start", Fixture, NULL, fixture_set_up, test_session_start, fixture_tear_down);
  g_test_add ("/mp/session/open", Fixture, NULL, fixture_set_up, test_session_open, fixture_tear_down);
  g_test_add ("/mp/session/broken-then-fixed", Fixture, NULL, fixture_set_up, test_session_broken_then_fixed, fixture_tear_down);
  g_test_add ("/mp/session/reset-cancels", Fixture, NULL, fixture_set_up, test_session_reset_cancels, fixture_tear_down);

  return g_test_run ();
}
