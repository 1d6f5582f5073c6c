/* mp-date.h
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A possibly partial calendar date: month and day are 0 when the
 * source gives only a year (or only year and month).  year 0 = none.
 */
typedef struct
{
  gint16 year;
  guint8 month;
  guint8 day;
} MpDate;

gboolean  mp_date_parse        (const char   *text,
                                MpDate       *out_date);
char     *mp_date_to_string    (const MpDate *date);
int       mp_date_compare      (const MpDate *a,
                                const MpDate *b);
gboolean  mp_date_is_set       (const MpDate *date);
double    mp_date_to_fraction  (const MpDate *date);

G_END_DECLS
