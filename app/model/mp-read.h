/* mp-read.h
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Reads @stream to its end, but never more than one byte past @limit,
 * whatever size the file system reported (files in /proc say 0): a file
 * from anywhere can be endless.  Returns the bytes, or NULL with @error
 * set, or NULL with *@too_large TRUE (and no error) past @limit.
 * @size_hint (the reported size, 0 if unknown) sizes the first buffer. */
GBytes *mp_read_limited (GInputStream  *stream,
                         gsize          limit,
                         gsize          size_hint,
                         GCancellable  *cancellable,
                         gboolean      *too_large,
                         GError       **error);

G_END_DECLS
