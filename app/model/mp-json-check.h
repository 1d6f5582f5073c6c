/* mp-json-check.h
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

/* Called for each member name that appears twice in one object.
 * @object_path is the JSON path of that object ("$.countries[0]"). */
typedef void (*MpJsonDuplicateFunc) (const char *object_path,
                                     const char *name,
                                     gpointer    user_data);

/* Checks that @data (valid UTF-8, @length bytes) is one strict JSON
 * value (RFC 8259) nested at most @max_depth levels, before json-glib
 * sees it: json-glib 1.6 accepts comments, single quotes, hex numbers
 * and trailing text, wraps huge integers, and recurses without limit.
 * Also rejects \u0000 and unpaired surrogates in strings and integers
 * too long to store exactly.  Stops at the first syntax error and
 * returns FALSE with its 1-based line, column (in characters) and a
 * translated message. */
gboolean _mp_json_check          (const char          *data,
                                  gsize                length,
                                  guint                max_depth,
                                  MpJsonDuplicateFunc  duplicate_func,
                                  gpointer             user_data,
                                  int                 *out_line,
                                  int                 *out_column,
                                  char               **out_message);

/* Line and column (1-based, column in characters) of a byte offset. */
void     _mp_json_offset_to_position (const char *data,
                                      gsize       offset,
                                      int        *out_line,
                                      int        *out_column);

/* Reads the position out of a json-glib 1.6 parser error message,
 * "<data>:3:10: Parse error: unexpected …": sets the line, column and
 * the message after them ("Parse error: " removed when untranslated).
 * FALSE if the message has no position. */
gboolean _mp_json_parse_glib_error   (const char  *message,
                                      int         *out_line,
                                      int         *out_column,
                                      const char **out_rest);

/* Appends ".name" or, if @name is not a plain identifier, ["name"]. */
void     _mp_json_path_append_name   (GString    *path,
                                      const char *name,
                                      gssize      length);

G_END_DECLS
