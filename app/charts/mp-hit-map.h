/* mp-hit-map.h
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

#include <glib.h>

G_BEGIN_DECLS

/* What a renderer drew where: rectangles (bars, spans, rows) and points
 * (line markers) mapped back to the data, for hover, click and keyboard
 * focus.  Hits are stored in reading order (left to right, then by
 * country), which is the order arrow keys walk through.
 */
typedef struct
{
  double      x;           /* rectangle, logical px; a point has size 0 */
  double      y;
  double      width;
  double      height;
  double      cx;          /* anchor for focus rings and callouts */
  double      cy;
  int         country;     /* index into the chart's countries, -1 none */
  int         year;        /* 0 when not a yearly value */
  double      value;
  gboolean    has_value;
  const char *source_id;   /* nullable, borrowed from the dataset */
  const char *label;       /* tooltip text, borrowed from the series */
} MpHit;

typedef enum
{
  MP_HIT_LEFT,
  MP_HIT_RIGHT,
  MP_HIT_UP,
  MP_HIT_DOWN,
} MpHitDirection;

typedef struct _MpHitMap MpHitMap;

MpHitMap    *mp_hit_map_new      (void);
void         mp_hit_map_free     (MpHitMap       *map);
void         mp_hit_map_clear    (MpHitMap       *map);
MpHit       *mp_hit_map_add      (MpHitMap       *map,
                                  double          x,
                                  double          y,
                                  double          width,
                                  double          height);
guint        mp_hit_map_get_n    (const MpHitMap *map);
/* Where the renderer drew its data: the plot between the axes, the
 * rows of a timeline or list.  FALSE when it drew none. */
void         mp_hit_map_set_plot (MpHitMap       *map,
                                  double          x,
                                  double          y,
                                  double          width,
                                  double          height);
gboolean     mp_hit_map_get_plot (const MpHitMap *map,
                                  double         *x,
                                  double         *y,
                                  double         *width,
                                  double         *height);
const MpHit *mp_hit_map_get      (const MpHitMap *map,
                                  guint           index);
/* The hit under (@x, @y): a rectangle containing it, else the nearest
 * point within @radius.  Returns its index or -1. */
int          mp_hit_map_lookup   (const MpHitMap *map,
                                  double          x,
                                  double          y,
                                  double          radius);
/* The hit next to @index in @direction (arrow keys), or @index itself at
 * an edge; -1 when the map is empty.  @index -1 starts at the first. */
int          mp_hit_map_move     (const MpHitMap *map,
                                  int             index,
                                  MpHitDirection  direction);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpHitMap, mp_hit_map_free)

G_END_DECLS
