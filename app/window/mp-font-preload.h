/* mp-font-preload.h
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

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The fonts of the window's first frame, loaded on a worker thread
 * while GTK loads its theme: Pango's font sets and metrics, HarfBuzz's
 * shaping plans and cairo's glyphs, in a font map of the worker's own
 * that the main thread then makes its default (docs/performance.md).
 *
 * mp_font_preload_start () reads @display's font settings as GTK will
 * (GTK must be initialised, its settings not yet needed); the worker
 * runs on an otherwise idle core until the main thread waits for it.
 * mp_font_preload_finish () waits for it, once, before the first window
 * lays out its first text (in its ::show); without a start it does
 * nothing.  A guess that does not match what the window asks for costs
 * the main thread nothing: the font map loads what it lacks as a new
 * one would. */
void                  mp_font_preload_start   (GdkDisplay *display);
void                  mp_font_preload_finish  (void);
/* Whether a start loads anything: two cores or more, and a GTK older
 * than 4.16, whose font options follow its Xft settings as
 * mp_font_preload_options_for_settings () does (test-font-preload checks
 * it against the GTK it runs with; from 4.16 gtk-font-rendering decides). */
gboolean              mp_font_preload_is_supported (void);

/* What the worker loads, for tests that check it is what the window
 * uses: the font options GTK derives from @display's settings, the
 * resolution, and the fonts (body, bold body, card title). */
cairo_font_options_t *mp_font_preload_get_font_options (GdkDisplay *display);
double                mp_font_preload_get_resolution   (GdkDisplay *display);
GPtrArray            *mp_font_preload_get_fonts        (GdkDisplay *display);

/* GTK's mapping of its Xft settings to font options (GtkSettings),
 * apart for testing: -1 and NULL are "not set". */
cairo_font_options_t *mp_font_preload_options_for_settings (int         antialias,
                                                            int         hinting,
                                                            const char *hint_style,
                                                            const char *rgba,
                                                            gboolean    hint_metrics);

G_END_DECLS
