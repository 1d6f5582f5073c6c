/* mp-read.c
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mp-read.h"

GBytes *
mp_read_limited (GInputStream  *stream,
                 gsize          limit,
                 gsize          size_hint,
                 GCancellable  *cancellable,
                 gboolean      *too_large,
                 GError       **error)
{
  g_autoptr(GByteArray) buffer = NULL;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (too_large != NULL, NULL);

  *too_large = FALSE;
  buffer = g_byte_array_sized_new ((guint) MIN (size_hint + 1, limit + 1));
  for (;;)
    {
      guint8 chunk[65536];
      gsize n = 0;

      if (!g_input_stream_read_all (stream, chunk, sizeof chunk, &n, cancellable, error))
        return NULL;
      g_byte_array_append (buffer, chunk, (guint) n);
      if (buffer->len > limit)
        {
          *too_large = TRUE;
          return NULL;
        }
      if (n < sizeof chunk)
        break;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}
