/* mp-text-context.h
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

#include <pango/pango.h>

G_BEGIN_DECLS

/* Gives @context the font options of an image surface (as well as those
 * set on it), once.  cairo draws text on an image surface with its own
 * copy of a font unless the font was made with the surface's options
 * (in cairo 1.16 the image surface adds "round glyph positions", which
 * no public API sets): each glyph was then measured twice, and FreeType
 * re-ran the font's hinting program at each switch between the two.
 * Text laid out with a prepared context is measured and drawn with one
 * font (docs/performance.md).  Pure pango and cairo. */
void mp_text_context_prepare (PangoContext *context);

G_END_DECLS
