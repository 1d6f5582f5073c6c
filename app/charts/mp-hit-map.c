/* mp-hit-map.c
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

#include <math.h>

#include "mp-hit-map.h"

struct _MpHitMap
{
  GArray  *hits;      /* MpHit */
  double   plot[4];   /* x, y, width, height */
  gboolean has_plot;
};

MpHitMap *
mp_hit_map_new (void)
{
  MpHitMap *map = g_new0 (MpHitMap, 1);

  map->hits = g_array_sized_new (FALSE, TRUE, sizeof (MpHit), 64);
  return map;
}

void
mp_hit_map_free (MpHitMap *map)
{
  if (map == NULL)
    return;

  g_array_unref (map->hits);
  g_free (map);
}

void
mp_hit_map_clear (MpHitMap *map)
{
  g_return_if_fail (map != NULL);

  g_array_set_size (map->hits, 0);
  map->has_plot = FALSE;
}

void
mp_hit_map_set_plot (MpHitMap *map,
                     double    x,
                     double    y,
                     double    width,
                     double    height)
{
  g_return_if_fail (map != NULL);

  map->plot[0] = x;
  map->plot[1] = y;
  map->plot[2] = width;
  map->plot[3] = height;
  map->has_plot = TRUE;
}

gboolean
mp_hit_map_get_plot (const MpHitMap *map,
                     double         *x,
                     double         *y,
                     double         *width,
                     double         *height)
{
  g_return_val_if_fail (map != NULL, FALSE);

  if (x != NULL)
    *x = map->plot[0];
  if (y != NULL)
    *y = map->plot[1];
  if (width != NULL)
    *width = map->plot[2];
  if (height != NULL)
    *height = map->plot[3];

  return map->has_plot;
}

MpHit *
mp_hit_map_add (MpHitMap *map,
                double    x,
                double    y,
                double    width,
                double    height)
{
  MpHit hit = { 0 };

  g_return_val_if_fail (map != NULL, NULL);

  hit.x = x;
  hit.y = y;
  hit.width = MAX (width, 0);
  hit.height = MAX (height, 0);
  hit.cx = x + hit.width / 2;
  hit.cy = y + hit.height / 2;
  hit.country = -1;
  g_array_append_val (map->hits, hit);

  return &g_array_index (map->hits, MpHit, map->hits->len - 1);
}

guint
mp_hit_map_get_n (const MpHitMap *map)
{
  g_return_val_if_fail (map != NULL, 0);

  return map->hits->len;
}

const MpHit *
mp_hit_map_get (const MpHitMap *map,
                guint           index)
{
  g_return_val_if_fail (map != NULL, NULL);
  g_return_val_if_fail (index < map->hits->len, NULL);

  return &g_array_index (map->hits, MpHit, index);
}

int
mp_hit_map_lookup (const MpHitMap *map,
                   double          x,
                   double          y,
                   double          radius)
{
  double best_distance = G_MAXDOUBLE;
  int best = -1;

  g_return_val_if_fail (map != NULL, -1);

  for (guint i = 0; i < map->hits->len; i++)
    {
      const MpHit *hit = &g_array_index (map->hits, MpHit, i);
      double dx;
      double dy;
      double d;

      if (hit->width > 0 && hit->height > 0)
        {
          if (x >= hit->x && x < hit->x + hit->width &&
              y >= hit->y && y < hit->y + hit->height)
            return (int) i;
          /* Rectangles also count as near when within the radius, so
           * thin bars and spans are easy to point at. */
          dx = MAX (MAX (hit->x - x, 0), x - (hit->x + hit->width));
          dy = MAX (MAX (hit->y - y, 0), y - (hit->y + hit->height));
        }
      else
        {
          dx = x - hit->cx;
          dy = y - hit->cy;
        }

      d = sqrt (dx * dx + dy * dy);
      if (d <= radius && d < best_distance)
        {
          best_distance = d;
          best = (int) i;
        }
    }

  return best;
}

int
mp_hit_map_move (const MpHitMap *map,
                 int             index,
                 MpHitDirection  direction)
{
  const MpHit *from;
  double best_score = G_MAXDOUBLE;
  int best = -1;

  g_return_val_if_fail (map != NULL, -1);

  if (map->hits->len == 0)
    return -1;
  if (index < 0 || index >= (int) map->hits->len)
    return 0;

  switch (direction)
    {
    case MP_HIT_LEFT:
      return MAX (index - 1, 0);

    case MP_HIT_RIGHT:
      return MIN (index + 1, (int) map->hits->len - 1);

    case MP_HIT_UP:
    case MP_HIT_DOWN:
    default:
      break;
    }

  from = &g_array_index (map->hits, MpHit, index);

  /* Up and down within a year: bars step through the countries in
   * legend order, points through the lines as they lie on screen. */
  if (from->year != 0)
    {
      for (guint i = 0; i < map->hits->len; i++)
        {
          const MpHit *hit = &g_array_index (map->hits, MpHit, i);
          double d;

          if ((int) i == index || hit->year != from->year || hit->country == from->country)
            continue;

          if (from->width > 0)
            d = hit->country - from->country;
          else
            d = hit->cy - from->cy;
          if (direction == MP_HIT_UP)
            d = -d;
          if (d > 0 && d < best_score)
            {
              best_score = d;
              best = (int) i;
            }
        }
      if (best >= 0)
        return best;
    }

  /* Otherwise the nearest hit above or below, preferring the same
   * column so the eye does not jump. */
  for (guint i = 0; i < map->hits->len; i++)
    {
      const MpHit *hit = &g_array_index (map->hits, MpHit, i);
      double dy = hit->cy - from->cy;
      double dx = fabs (hit->cx - from->cx);
      double score;

      if ((int) i == index)
        continue;
      if (direction == MP_HIT_UP ? dy >= -0.5 : dy <= 0.5)
        continue;

      score = fabs (dy) + 4 * dx;
      if (score < best_score)
        {
          best_score = score;
          best = (int) i;
        }
    }

  return best >= 0 ? best : index;
}
