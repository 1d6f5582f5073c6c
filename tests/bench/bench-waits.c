/* bench-waits.c
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

/* Where a program's main thread sleeps: an LD_PRELOAD library that
 * times the calls a thread blocks in (GLib locks and conditions, X11 and
 * XCB replies, poll), as wall time less the thread's own CPU time, and
 * prints them by caller when the program exits, the longest first.
 * Calls from inside the same library are not seen (they do not go
 * through the PLT), so a wait is reported where it crosses a library:
 * "g_mutex_lock from libgtk-4 (gtk_icon_theme_lookup_icon)".  Time the
 * thread spent runnable but not running counts too: a few ms "in" a call
 * made thousands of times may be the scheduler, not the call.
 *
 *   LD_PRELOAD=build-bench/tests/bench/libbench-waits.so \
 *     build-bench/app/middle-powers --benchmark-startup
 *
 * With --benchmark-startup the program quits at its first frame, so the
 * report covers the start-up.  A diagnostic for README → Performance, not
 * a benchmark: it adds a little time to each call it wraps. */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_SITES 256
#define REPORT_MIN_MS 0.05

typedef struct
{
  const char *function;
  void       *caller;
  double      wait_ms;
  unsigned    calls;
} Site;

static pthread_t main_thread;
static Site sites[MAX_SITES];
static unsigned n_sites;
static int depth;  /* a wrapped call made from a wrapped call counts once */

static double
clock_ms (clockid_t clock)
{
  struct timespec ts;

  clock_gettime (clock, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void
record (const char *function,
        void       *caller,
        double      wait_ms)
{
  for (unsigned i = 0; i < n_sites; i++)
    if (sites[i].caller == caller && sites[i].function == function)
      {
        sites[i].wait_ms += wait_ms;
        sites[i].calls++;
        return;
      }
  if (n_sites < MAX_SITES)
    sites[n_sites++] = (Site) { function, caller, wait_ms, 1 };
}

static int
by_wait (const void *a,
         const void *b)
{
  double d = ((const Site *) b)->wait_ms - ((const Site *) a)->wait_ms;

  return (d > 0) - (d < 0);
}

__attribute__((constructor)) static void
waits_init (void)
{
  main_thread = pthread_self ();
}

__attribute__((destructor)) static void
waits_report (void)
{
  double total = 0;

  qsort (sites, n_sites, sizeof (Site), by_wait);
  for (unsigned i = 0; i < n_sites; i++)
    {
      Dl_info info = { 0 };
      const char *library;

      total += sites[i].wait_ms;
      if (sites[i].wait_ms < REPORT_MIN_MS)
        continue;
      dladdr (sites[i].caller, &info);
      library = info.dli_fname != NULL ? strrchr (info.dli_fname, '/') : NULL;
      fprintf (stderr, "waits: %7.2f ms %5u× %-22s from %s (%s)\n",
               sites[i].wait_ms, sites[i].calls, sites[i].function,
               library != NULL ? library + 1 : "?",
               info.dli_sname != NULL ? info.dli_sname : "static");
    }
  fprintf (stderr, "waits: %7.2f ms in all, main thread\n", total);
}

/* Each wrapper forwards up to six integer or pointer arguments, all
 * these functions take. */
#define WRAP(name)                                                              \
  long name (long a, long b, long c, long d, long e, long f);                  \
  long name (long a, long b, long c, long d, long e, long f)                   \
  {                                                                             \
    static long (*real) (long, long, long, long, long, long);                  \
    double wall, cpu;                                                           \
    long result;                                                                \
                                                                                \
    if (real == NULL)                                                           \
      real = (long (*) (long, long, long, long, long, long)) dlsym (RTLD_NEXT, #name); \
    if (depth > 0 || !pthread_equal (pthread_self (), main_thread))             \
      return real (a, b, c, d, e, f);                                           \
    depth++;                                                                    \
    wall = clock_ms (CLOCK_MONOTONIC);                                          \
    cpu = clock_ms (CLOCK_THREAD_CPUTIME_ID);                                   \
    result = real (a, b, c, d, e, f);                                           \
    record (#name, __builtin_return_address (0),                                \
            (clock_ms (CLOCK_MONOTONIC) - wall) - (clock_ms (CLOCK_THREAD_CPUTIME_ID) - cpu)); \
    depth--;                                                                    \
    return result;                                                              \
  }

WRAP (g_mutex_lock)
WRAP (g_rec_mutex_lock)
WRAP (g_rw_lock_reader_lock)
WRAP (g_rw_lock_writer_lock)
WRAP (g_cond_wait)
WRAP (g_cond_wait_until)
WRAP (g_thread_join)
WRAP (poll)
WRAP (_XReply)
WRAP (xcb_wait_for_reply)
WRAP (xcb_wait_for_reply64)
WRAP (xcb_wait_for_event)
