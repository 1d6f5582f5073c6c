/* mp-png.h
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

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Writes an ARGB32 or RGB24 image surface to @path as PNG: 8-bit RGB when
 * every pixel is opaque, RGBA otherwise.  Much faster than
 * cairo_surface_write_to_png() (which tries every PNG filter on every
 * row): one "up" filter and zlib level 3, for files about as small.
 * Errors are in the G_IO_ERROR domain. */
gboolean mp_png_write       (cairo_surface_t  *surface,
                             const char       *path,
                             GError          **error);
/* The same into the open file @fd (left open). */
gboolean mp_png_write_to_fd (cairo_surface_t  *surface,
                             int               fd,
                             GError          **error);

G_END_DECLS
