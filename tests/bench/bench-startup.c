/* bench-startup.c
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

#include <errno.h>
#include <fcntl.h>
#include <glib.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

/* Runs programs one after the other, round after round (so that all of
 * them see the same machine), with a pause between runs, and prints the
 * medians of: the time to the first painted frame (as the program
 * reports it on a "first-frame-ms: N" line), the wall time from fork to
 * exit, the CPU time, and the peak resident set size (from wait4).
 * Ratios are to the first program.  Warm-up rounds (not counted) start
 * the session services (portal, dconf) and fill the page cache.
 *
 *   bench-startup [--runs N] [--warmup N] [--gap-ms MS] [--preload LIB] [--tsv FILE]
 *                 --self LABEL=COMMAND      prints first-frame-ms itself
 *                 --outside LABEL=COMMAND   run with LD_PRELOAD=LIB, which prints it
 *                 --plain LABEL=COMMAND     no window: wall time and memory only
 *
 * A program that exits with an error, prints no frame time when one is
 * expected, or runs past the timeout counts as a failed run; its output
 * is shown. */

#define TIMEOUT_S 60

typedef enum
{
  KIND_SELF,
  KIND_OUTSIDE,
  KIND_PLAIN,
} Kind;

typedef struct
{
  Kind     kind;
  char    *label;
  char   **argv;
  GArray  *frame_ms;
  GArray  *wall_ms;
  GArray  *cpu_ms;
  GArray  *rss_mib;
  guint    failures;
} Program;

static GPtrArray *programs;
static int runs = 7;
static int warmup = 1;
static int gap_ms = 300;
static char *preload;
static char *tsv_path;

static void
program_free (Program *program)
{
  g_free (program->label);
  g_strfreev (program->argv);
  g_array_unref (program->frame_ms);
  g_array_unref (program->wall_ms);
  g_array_unref (program->cpu_ms);
  g_array_unref (program->rss_mib);
  g_free (program);
}

static gboolean
add_program (const char  *option_name,
             const char  *value,
             gpointer     data,
             GError     **error)
{
  const char *equals = strchr (value, '=');
  Program *program;
  char **argv = NULL;

  if (equals == NULL || equals == value ||
      !g_shell_parse_argv (equals + 1, NULL, &argv, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                     "%s wants LABEL=COMMAND, not “%s”", option_name, value);
      return FALSE;
    }

  program = g_new0 (Program, 1);
  program->kind = g_str_equal (option_name, "--self") ? KIND_SELF
                : g_str_equal (option_name, "--outside") ? KIND_OUTSIDE
                : KIND_PLAIN;
  program->label = g_strndup (value, equals - value);
  program->argv = argv;
  program->frame_ms = g_array_new (FALSE, FALSE, sizeof (double));
  program->wall_ms = g_array_new (FALSE, FALSE, sizeof (double));
  program->cpu_ms = g_array_new (FALSE, FALSE, sizeof (double));
  program->rss_mib = g_array_new (FALSE, FALSE, sizeof (double));
  g_ptr_array_add (programs, program);

  return TRUE;
}

static double
timeval_ms (const struct timeval *tv)
{
  return tv->tv_sec * 1000.0 + tv->tv_usec / 1000.0;
}

/* Runs @program once; returns FALSE with its output in @output on failure. */
static gboolean
run_once (Program  *program,
          GString  *output)
{
  int fds[2];
  pid_t pid;
  gint64 start, deadline;
  struct rusage usage;
  int status = 0;
  gboolean exited = FALSE;
  const char *line;
  double frame = -1;

  if (pipe (fds) != 0)
    g_error ("pipe: %s", g_strerror (errno));

  start = g_get_monotonic_time ();
  pid = fork ();
  if (pid < 0)
    g_error ("fork: %s", g_strerror (errno));

  if (pid == 0)
    {
      dup2 (fds[1], STDOUT_FILENO);
      dup2 (fds[1], STDERR_FILENO);
      close (fds[0]);
      close (fds[1]);
      if (program->kind == KIND_OUTSIDE)
        setenv ("LD_PRELOAD", preload, 1);
      execvp (program->argv[0], program->argv);
      fprintf (stderr, "cannot run %s: %s\n", program->argv[0], strerror (errno));
      _exit (127);
    }

  close (fds[1]);
  fcntl (fds[0], F_SETFL, O_NONBLOCK);
  deadline = start + TIMEOUT_S * G_USEC_PER_SEC;

  /* Read until the child exits (not until EOF: a helper it started may
   * keep the pipe open). */
  while (!exited)
    {
      struct pollfd pfd = { fds[0], POLLIN, 0 };
      char buffer[4096];
      ssize_t n;
      pid_t done;

      poll (&pfd, 1, 5);
      while ((n = read (fds[0], buffer, sizeof buffer)) > 0)
        g_string_append_len (output, buffer, n);

      done = wait4 (pid, &status, WNOHANG, &usage);
      if (done == pid)
        exited = TRUE;
      else if (done < 0 && errno != EINTR)
        g_error ("wait4: %s", g_strerror (errno));
      else if (g_get_monotonic_time () > deadline)
        {
          kill (pid, SIGKILL);
          wait4 (pid, &status, 0, &usage);
          g_string_append_printf (output, "\n(killed after %d s)\n", TIMEOUT_S);
          close (fds[0]);
          return FALSE;
        }
    }

  {
    char buffer[4096];
    ssize_t n;

    while ((n = read (fds[0], buffer, sizeof buffer)) > 0)
      g_string_append_len (output, buffer, n);
  }
  close (fds[0]);

  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_string_append_printf (output, "\n(exit status %d, signal %d)\n",
                              WIFEXITED (status) ? WEXITSTATUS (status) : -1,
                              WIFSIGNALED (status) ? WTERMSIG (status) : 0);
      return FALSE;
    }

  line = strstr (output->str, "first-frame-ms: ");
  if (line != NULL)
    frame = g_ascii_strtod (line + strlen ("first-frame-ms: "), NULL);
  if (program->kind != KIND_PLAIN && frame <= 0)
    {
      g_string_append (output, "\n(no first-frame-ms line)\n");
      return FALSE;
    }

  {
    double wall = (g_get_monotonic_time () - start) / 1000.0;
    double cpu = timeval_ms (&usage.ru_utime) + timeval_ms (&usage.ru_stime);
    double rss = usage.ru_maxrss / 1024.0;

    if (program->kind != KIND_PLAIN)
      g_array_append_val (program->frame_ms, frame);
    g_array_append_val (program->wall_ms, wall);
    g_array_append_val (program->cpu_ms, cpu);
    g_array_append_val (program->rss_mib, rss);
  }

  return TRUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Sorts @values; NAN when empty. */
static double
median (GArray *values)
{
  guint n = values->len;
  double *v = (double *) (gpointer) values->data;

  if (n == 0)
    return NAN;

  g_array_sort (values, compare_doubles);

  return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static char *
format_ratio (double value,
              double base)
{
  if (isnan (value) || isnan (base) || base <= 0)
    return g_strdup ("-");

  return g_strdup_printf ("%.2fx", value / base);
}

static void
print_results (void)
{
  Program *base = g_ptr_array_index (programs, 0);
  double base_frame = median (base->frame_ms);
  double base_cpu = median (base->cpu_ms);
  double base_rss = median (base->rss_mib);
  g_autoptr(GString) tsv = g_string_new ("label\truns\tfailures\tframe_ms\tframe_min\tframe_max\twall_ms\tcpu_ms\trss_mib\n");

  printf ("%-24s %5s %9s %11s %6s %8s %6s %8s %6s %8s\n",
          "program", "runs", "frame ms", "(min-max)", "ratio", "cpu ms", "ratio", "RSS MiB", "ratio", "wall ms");
  for (guint i = 0; i < programs->len; i++)
    {
      Program *program = g_ptr_array_index (programs, i);
      double frame = median (program->frame_ms);
      double wall = median (program->wall_ms);
      double cpu = median (program->cpu_ms);
      double rss = median (program->rss_mib);
      double *frames = (double *) (gpointer) program->frame_ms->data;
      guint n_frames = program->frame_ms->len;
      g_autofree char *range = NULL;
      g_autofree char *frame_ratio = format_ratio (frame, base_frame);
      g_autofree char *cpu_ratio = format_ratio (cpu, base_cpu);
      g_autofree char *rss_ratio = format_ratio (rss, base_rss);

      if (n_frames > 0)
        range = g_strdup_printf ("(%.0f-%.0f)", frames[0], frames[n_frames - 1]);
      else
        range = g_strdup ("");

      {
        g_autofree char *frame_text = isnan (frame) ? g_strdup ("-") : g_strdup_printf ("%.1f", frame);

        printf ("%-24s %2u/%-2d %9s %11s %6s %8.1f %6s %8.1f %6s %8.1f\n",
                program->label, program->wall_ms->len, runs, frame_text, range, frame_ratio,
                cpu, cpu_ratio, rss, rss_ratio, wall);
      }
      g_string_append_printf (tsv, "%s\t%u\t%u\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\n",
                              program->label, program->wall_ms->len, program->failures, frame,
                              n_frames > 0 ? frames[0] : NAN, n_frames > 0 ? frames[n_frames - 1] : NAN,
                              wall, cpu, rss);
    }
  printf ("(medians; frame = first painted frame after main(); cpu = user + system time of the\n"
          " process; RSS = peak resident set; wall = fork to exit; ratios to the first row)\n");

  if (tsv_path != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!g_file_set_contents (tsv_path, tsv->str, tsv->len, &error))
        g_printerr ("%s\n", error->message);
    }
}

int
main (int   argc,
      char *argv[])
{
  const GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Runs of each program (default 7)", "N" },
    { "warmup", 0, 0, G_OPTION_ARG_INT, &warmup, "Rounds run first and not counted (default 1)", "N" },
    { "gap-ms", 0, 0, G_OPTION_ARG_INT, &gap_ms, "Pause before each run (default 300)", "MS" },
    { "preload", 0, 0, G_OPTION_ARG_FILENAME, &preload, "The library for --outside", "LIB" },
    { "tsv", 0, 0, G_OPTION_ARG_FILENAME, &tsv_path, "Also write the medians here", "FILE" },
    { "self", 0, 0, G_OPTION_ARG_CALLBACK, (gpointer) add_program, "A program that prints first-frame-ms", "LABEL=COMMAND" },
    { "outside", 0, 0, G_OPTION_ARG_CALLBACK, (gpointer) add_program, "A GTK program timed with --preload", "LABEL=COMMAND" },
    { "plain", 0, 0, G_OPTION_ARG_CALLBACK, (gpointer) add_program, "A command without a window", "LABEL=COMMAND" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- compare start-up time and memory");
  g_autoptr(GError) error = NULL;
  gboolean failed = FALSE;

  programs = g_ptr_array_new_with_free_func ((GDestroyNotify) program_free);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-startup: %s\n", error->message);
      return 2;
    }
  if (programs->len == 0 || runs < 1 || warmup < 0)
    {
      g_printerr ("bench-startup: give at least one program and one run (see --help)\n");
      return 2;
    }
  for (guint i = 0; i < programs->len; i++)
    {
      Program *program = g_ptr_array_index (programs, i);

      if (program->kind == KIND_OUTSIDE && preload == NULL)
        {
          g_printerr ("bench-startup: --outside needs --preload\n");
          return 2;
        }
      /* 77: "skipped" for meson. */
      if (program->kind != KIND_PLAIN && g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
        {
          g_printerr ("bench-startup: no display (run under xvfb-run), skipped\n");
          return 77;
        }
    }

  for (int round = -warmup; round < runs; round++)
    for (guint i = 0; i < programs->len; i++)
      {
        Program *program = g_ptr_array_index (programs, i);
        g_autoptr(GString) output = g_string_new (NULL);
        gboolean ok;

        g_usleep (gap_ms * 1000);
        ok = run_once (program, output);
        if (round < 0)
          {
            /* Warm-up: drop what it recorded. */
            g_array_set_size (program->frame_ms, 0);
            g_array_set_size (program->wall_ms, 0);
            g_array_set_size (program->cpu_ms, 0);
            g_array_set_size (program->rss_mib, 0);
          }
        if (!ok)
          {
            program->failures++;
            failed = TRUE;
            g_printerr ("bench-startup: %s failed (run %d):\n%s\n", program->label, round + 1, output->str);
          }
      }

  print_results ();

  g_ptr_array_unref (programs);
  g_free (preload);
  g_free (tsv_path);

  return failed ? 1 : 0;
}
