/* mp-flag.h
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

#define MP_TYPE_FLAG (mp_flag_get_type ())

G_DECLARE_FINAL_TYPE (MpFlag, mp_flag, MP, FLAG, GtkWidget)

/* Shows a flag SVG (from the GResource or a file), rasterised at the
 * size and scale it is drawn at, so it stays crisp on any display. */
GtkWidget  *mp_flag_new      (void);
void        mp_flag_set_path (MpFlag     *self,
                              const char *path);
const char *mp_flag_get_path (MpFlag     *self);
/* Always this size (a list's small flag), not the card's 64x48 that
 * grows with the space given. */
void        mp_flag_set_fixed_size (MpFlag *self,
                                    int     width,
                                    int     height);
/* What the flag draws now: NULL before a flag file is read (on a worker
 * thread) or when it cannot be. */
GdkTexture *mp_flag_get_texture (MpFlag  *self);

/* The flag at @path as a @width x @height pixel texture: a bundled flag's
 * pre-rendered PNG when one has that size, else the SVG rasterised.
 * NULL when it cannot be loaded.  Its pixels are premultiplied
 * (GDK_MEMORY_DEFAULT), as GSK draws them without a conversion. */
GdkTexture *mp_flag_load_texture     (const char *path,
                                      int         width,
                                      int         height);
/* Only the pre-rendered PNG, NULL when there is none of that size. */
GdkTexture *mp_flag_load_prerendered (const char *path,
                                      int         width,
                                      int         height);

/* A texture of the pixbuf's pixels, as they are (straight alpha). */
GdkTexture *mp_flag_texture_new_for_pixbuf (GdkPixbuf *pixbuf);

G_END_DECLS
