/* mp-json-check.c
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

#include <glib/gi18n.h>
#include <string.h>

#include "mp-json-check.h"

/* Object member names are compared as raw bytes (escapes not decoded);
 * past this many names, an object switches to a hash set. */
#define MAX_LINEAR_NAMES 32

/* Integers with more digits than this do not fit a gint64 exactly. */
#define MAX_INTEGER_DIGITS 18

typedef struct
{
  gsize start;
  gsize length;
} Span;

typedef struct
{
  gboolean    is_object;
  gsize       start;      /* offset of '{' or '[' */
  guint       index;      /* arrays: current element */
  Span        name;       /* objects: current member name */
  guint       names_base; /* objects: first name in Scanner.names */
  GHashTable *name_set;   /* objects with many members */
} Frame;

typedef struct
{
  const guchar        *data;
  gsize                length;
  gsize                pos;
  Frame               *frames;
  guint                depth;
  guint                max_depth;
  GArray              *names;
  MpJsonDuplicateFunc  duplicate_func;
  gpointer             user_data;
  gsize                error_offset;
  char                *error_message;
} Scanner;

void
_mp_json_offset_to_position (const char *data,
                             gsize       offset,
                             int        *out_line,
                             int        *out_column)
{
  int line = 1, column = 1;

  for (gsize i = 0; i < offset; i++)
    {
      guchar c = (guchar) data[i];

      if (c == '\n')
        {
          line++;
          column = 1;
        }
      else if ((c & 0xC0) != 0x80)
        {
          column++;
        }
    }

  *out_line = line;
  *out_column = column;
}

gboolean
_mp_json_parse_glib_error (const char  *message,
                           int         *out_line,
                           int         *out_column,
                           const char **out_rest)
{
  const char *p;
  char *end;
  long line, column;

  g_return_val_if_fail (message != NULL, FALSE);

  p = strstr (message, "<data>:");
  if (p == NULL)
    return FALSE;
  p += strlen ("<data>:");

  line = strtol (p, &end, 10);
  if (end == p || *end != ':' || line <= 0 || line > G_MAXINT)
    return FALSE;
  p = end + 1;

  column = strtol (p, &end, 10);
  if (end == p || *end != ':' || column < 0 || column > G_MAXINT)
    return FALSE;
  p = end + 1;

  while (*p == ' ')
    p++;
  if (g_str_has_prefix (p, "Parse error: "))
    p += strlen ("Parse error: ");

  *out_line = (int) line;
  *out_column = (int) column;
  *out_rest = p;

  return TRUE;
}

static gboolean
is_plain_name (const char *name,
               gsize       length)
{
  if (length == 0 || !(g_ascii_isalpha (name[0]) || name[0] == '_'))
    return FALSE;

  for (gsize i = 1; i < length; i++)
    {
      if (!(g_ascii_isalnum (name[i]) || name[i] == '_'))
        return FALSE;
    }

  return TRUE;
}

void
_mp_json_path_append_name (GString    *path,
                           const char *name,
                           gssize      length)
{
  gsize len = length < 0 ? strlen (name) : (gsize) length;

  if (is_plain_name (name, len))
    {
      g_string_append_c (path, '.');
      g_string_append_len (path, name, len);
      return;
    }

  g_string_append (path, "[\"");
  for (gsize i = 0; i < len; i++)
    {
      if (name[i] == '"' || name[i] == '\\')
        g_string_append_c (path, '\\');
      g_string_append_c (path, name[i]);
    }
  g_string_append (path, "\"]");
}

/* A short description of the character at @offset for messages. */
static char *
describe_char (Scanner *s,
               gsize    offset)
{
  gunichar c;

  if (offset >= s->length)
    return g_strdup (_("the end of the file"));

  c = g_utf8_get_char ((const char *) s->data + offset);

  if (c > 0x20 && c < 0x7F)
    return g_strdup_printf ("'%c'", (char) c);

  return g_strdup_printf ("U+%04X", c);
}

static gboolean
fail (Scanner    *s,
      gsize       offset,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (Scanner    *s,
      gsize       offset,
      const char *format,
      ...)
{
  va_list args;

  g_assert (s->error_message == NULL);

  va_start (args, format);
  s->error_offset = offset;
  s->error_message = g_strdup_vprintf (format, args);
  va_end (args);

  return FALSE;
}

static gboolean
fail_got (Scanner    *s,
          gsize       offset,
          const char *expected)
{
  g_autofree char *got = describe_char (s, offset);

  /* Translators: the first %s says what was expected ("a value",
   * "',' or '}'"), the second is a character like 'x' or U+00A0 */
  return fail (s, offset, _("expected %s, got %s"), expected, got);
}

static inline void
skip_whitespace (Scanner *s)
{
  while (s->pos < s->length)
    {
      guchar c = s->data[s->pos];

      if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
        break;
      s->pos++;
    }
}

static int
hex_value (guchar c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Reads the 4 hex digits of a \u escape at @offset (after "\u"). */
static int
read_hex4 (Scanner *s,
           gsize    offset)
{
  int value = 0;

  if (offset + 4 > s->length)
    return -1;

  for (gsize i = 0; i < 4; i++)
    {
      int digit = hex_value (s->data[offset + i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

/* Bytes that end a run of plain characters in a string. */
static const guint8 string_stops[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  ['"'] = 1,
  ['\\'] = 1,
};

/* At the opening quote; leaves s->pos after the closing quote. */
static gboolean
scan_string (Scanner *s)
{
  gsize start = s->pos;
  gsize pos = s->pos + 1;

  while (pos < s->length)
    {
      guchar c = s->data[pos];

      if (c == '"')
        {
          s->pos = pos + 1;
          return TRUE;
        }
      else if (c == '\\')
        {
          guchar e = pos + 1 < s->length ? s->data[pos + 1] : 0;
          int code;

          switch (e)
            {
            case '"': case '\\': case '/': case 'b':
            case 'f': case 'n': case 'r': case 't':
              pos += 2;
              break;

            case 'u':
              code = read_hex4 (s, pos + 2);
              if (code < 0)
                return fail (s, pos, _("invalid \\u escape in a string (it needs 4 hex digits, like \\u00e9)"));
              if (code == 0)
                return fail (s, pos, _("\\u0000 (a NUL character) is not allowed in a string"));
              if (code >= 0xDC00 && code <= 0xDFFF)
                return fail (s, pos, _("unpaired surrogate \\u%04x in a string"), (guint) code);
              if (code >= 0xD800 && code <= 0xDBFF)
                {
                  int low = -1;

                  if (pos + 7 < s->length && s->data[pos + 6] == '\\' && s->data[pos + 7] == 'u')
                    low = read_hex4 (s, pos + 8);
                  if (low < 0xDC00 || low > 0xDFFF)
                    return fail (s, pos, _("unpaired surrogate \\u%04x in a string"), (guint) code);
                  pos += 6;
                }
              pos += 6;
              break;

            case 0:
              if (pos + 1 >= s->length)
                goto unterminated;
              G_GNUC_FALLTHROUGH;
            default:
              {
                g_autofree char *escape = NULL;

                if (e > 0x20 && e < 0x7F)
                  escape = g_strdup_printf ("\\%c", e);
                else
                  escape = describe_char (s, pos + 1);

                return fail (s, pos, _("invalid escape \"%s\" in a string (use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX)"),
                             escape);
              }
            }
        }
      else if (c < 0x20)
        {
          if (c == '\n')
            return fail (s, start, _("a string is not closed before the end of the line (missing '\"')"));
          return fail (s, pos, _("control character U+%04X in a string; write it as an escape like \\t"), (guint) c);
        }
      else
        {
          pos++;
          /* Plain characters: skip them in a tight loop. */
          while (pos < s->length && !string_stops[s->data[pos]])
            pos++;
        }
    }

unterminated:
  return fail (s, start, _("a string is not closed (missing '\"')"));
}

static gboolean
scan_number (Scanner *s)
{
  gsize start = s->pos;
  gsize pos = s->pos;
  gsize int_digits = 0;
  gboolean is_integer = TRUE;

  if (s->data[pos] == '-')
    pos++;

  if (pos < s->length && s->data[pos] == '0')
    {
      pos++;
      int_digits = 1;
    }
  else
    {
      while (pos < s->length && g_ascii_isdigit (s->data[pos]))
        {
          pos++;
          int_digits++;
        }
    }

  if (int_digits == 0)
    goto invalid;

  if (pos < s->length && s->data[pos] == '.')
    {
      gsize digits = 0;

      is_integer = FALSE;
      pos++;
      while (pos < s->length && g_ascii_isdigit (s->data[pos]))
        {
          pos++;
          digits++;
        }
      if (digits == 0)
        goto invalid;
    }

  if (pos < s->length && (s->data[pos] == 'e' || s->data[pos] == 'E'))
    {
      gsize digits = 0;

      is_integer = FALSE;
      pos++;
      if (pos < s->length && (s->data[pos] == '+' || s->data[pos] == '-'))
        pos++;
      while (pos < s->length && g_ascii_isdigit (s->data[pos]))
        {
          pos++;
          digits++;
        }
      if (digits == 0)
        goto invalid;
    }

  /* "0x10", "01", "1.2.3": the token goes on. */
  if (pos < s->length && (g_ascii_isalnum (s->data[pos]) || s->data[pos] == '.'))
    goto invalid;

  if (is_integer && int_digits > MAX_INTEGER_DIGITS)
    return fail (s, start, _("the number %.*s is too large to store exactly; write it with an exponent, like 1.5e20"),
                 (int) (pos - start), (const char *) s->data + start);

  s->pos = pos;
  return TRUE;

invalid:
  while (pos < s->length && (g_ascii_isalnum (s->data[pos]) || strchr (".+-", s->data[pos]) != NULL))
    pos++;
  if (pos - start > 40)
    pos = start + 40;
  return fail (s, start, _("invalid number \"%.*s\""), (int) (pos - start), (const char *) s->data + start);
}

static gboolean
scan_word (Scanner *s)
{
  gsize start = s->pos;
  gsize pos = s->pos;
  gsize length;

  while (pos < s->length && (g_ascii_isalnum (s->data[pos]) || s->data[pos] == '_'))
    pos++;

  length = pos - start;

  if ((length == 4 && memcmp (s->data + start, "true", 4) == 0) ||
      (length == 5 && memcmp (s->data + start, "false", 5) == 0) ||
      (length == 4 && memcmp (s->data + start, "null", 4) == 0))
    {
      s->pos = pos;
      return TRUE;
    }

  if (length > 40)
    length = 40;

  return fail (s, start, _("unquoted word \"%.*s\"; text needs double quotes, and the only bare words are true, false and null"),
               (int) length, (const char *) s->data + start);
}

static char *
build_path (Scanner *s)
{
  GString *path = g_string_new ("$");

  /* The last frame is the object itself: its position is given by the
   * frames around it. */
  for (guint i = 0; i + 1 < s->depth; i++)
    {
      Frame *frame = &s->frames[i];

      if (frame->is_object)
        _mp_json_path_append_name (path, (const char *) s->data + frame->name.start, frame->name.length);
      else
        g_string_append_printf (path, "[%u]", frame->index);
    }

  return g_string_free (path, FALSE);
}

static void
check_duplicate_name (Scanner *s,
                      Frame   *frame,
                      Span     name)
{
  const char *text = (const char *) s->data + name.start;
  gboolean duplicate = FALSE;
  guint n_names = s->names->len - frame->names_base;

  if (frame->name_set == NULL && n_names >= MAX_LINEAR_NAMES)
    {
      frame->name_set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = frame->names_base; i < s->names->len; i++)
        {
          Span other = g_array_index (s->names, Span, i);

          g_hash_table_add (frame->name_set,
                            g_strndup ((const char *) s->data + other.start, other.length));
        }
      g_array_set_size (s->names, frame->names_base);
    }

  if (frame->name_set != NULL)
    {
      duplicate = !g_hash_table_add (frame->name_set, g_strndup (text, name.length));
    }
  else
    {
      for (guint i = frame->names_base; i < s->names->len && !duplicate; i++)
        {
          Span other = g_array_index (s->names, Span, i);

          duplicate = other.length == name.length && memcmp (s->data + other.start, text, name.length) == 0;
        }
      if (!duplicate)
        g_array_append_val (s->names, name);
    }

  if (duplicate && s->duplicate_func != NULL)
    {
      g_autofree char *path = build_path (s);
      g_autofree char *display = g_strndup (text, name.length);

      s->duplicate_func (path, display, s->user_data);
    }
}

static gboolean
push_frame (Scanner  *s,
            gboolean  is_object)
{
  Frame *frame;

  if (s->depth >= s->max_depth)
    return fail (s, s->pos, _("the data is nested deeper than %u levels"), s->max_depth);

  frame = &s->frames[s->depth++];
  frame->is_object = is_object;
  frame->start = s->pos;
  frame->index = 0;
  frame->name.start = 0;
  frame->name.length = 0;
  frame->names_base = s->names->len;
  frame->name_set = NULL;

  s->pos++;
  return TRUE;
}

static void
pop_frame (Scanner *s)
{
  Frame *frame = &s->frames[--s->depth];

  if (frame->is_object)
    {
      g_clear_pointer (&frame->name_set, g_hash_table_unref);
      g_array_set_size (s->names, frame->names_base);
    }
}

static gboolean
fail_unclosed (Scanner *s)
{
  Frame *frame = &s->frames[s->depth - 1];
  int line, column;

  _mp_json_offset_to_position ((const char *) s->data, frame->start, &line, &column);

  if (frame->is_object)
    return fail (s, s->length, _("the file ends inside the object that starts at line %d, column %d (missing '}')"),
                 line, column);

  return fail (s, s->length, _("the file ends inside the array that starts at line %d, column %d (missing ']')"),
               line, column);
}

static gboolean
scan_value (Scanner *s)
{
  guchar c;

  if (s->pos >= s->length)
    {
      if (s->depth > 0)
        return fail_unclosed (s);
      return fail (s, s->pos, _("unexpected end of the file; expected a value"));
    }

  c = s->data[s->pos];

  switch (c)
    {
    case '{':
      return push_frame (s, TRUE);

    case '[':
      return push_frame (s, FALSE);

    case '"':
      return scan_string (s);

    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return scan_number (s);

    case '\'':
      return fail (s, s->pos, _("single quotes are not allowed; use double quotes"));

    case '/':
      return fail (s, s->pos, _("comments are not allowed in JSON"));

    case ']':
    case '}':
      if (s->depth > 0 && !s->frames[s->depth - 1].is_object && c == ']')
        return fail (s, s->pos, _("a comma before ']' has nothing after it; remove the comma"));
      return fail_got (s, s->pos, _("a value"));

    default:
      if (g_ascii_isalpha (c) || c == '_')
        return scan_word (s);
      /* Translators: used in "expected a value, got 'x'" */
      return fail_got (s, s->pos, _("a value"));
    }
}

/* After '{' or ',' in an object: a member name, ':' and its value. */
static gboolean
scan_member_name (Scanner *s)
{
  Frame *frame = &s->frames[s->depth - 1];
  Span name;

  skip_whitespace (s);

  if (s->pos >= s->length)
    return fail_unclosed (s);

  switch (s->data[s->pos])
    {
    case '"':
      break;
    case '}':
      return fail (s, s->pos, _("a comma before '}' has nothing after it; remove the comma"));
    case '\'':
      return fail (s, s->pos, _("single quotes are not allowed; use double quotes"));
    case '/':
      return fail (s, s->pos, _("comments are not allowed in JSON"));
    default:
      return fail_got (s, s->pos, _("a member name in double quotes"));
    }

  name.start = s->pos + 1;
  if (!scan_string (s))
    return FALSE;
  name.length = s->pos - 1 - name.start;

  check_duplicate_name (s, frame, name);
  frame->name = name;

  skip_whitespace (s);
  if (s->pos >= s->length)
    return fail_unclosed (s);
  if (s->data[s->pos] != ':')
    return fail_got (s, s->pos, _("':' after the member name"));
  s->pos++;

  skip_whitespace (s);
  return TRUE;
}

static gboolean
scan_after_value (Scanner  *s,
                  gboolean *out_done)
{
  Frame *frame;
  guchar c;

  skip_whitespace (s);

  if (s->depth == 0)
    {
      if (s->pos < s->length)
        {
          if (s->data[s->pos] == '/')
            return fail (s, s->pos, _("comments are not allowed in JSON"));
          return fail (s, s->pos, _("unexpected text after the end of the JSON data"));
        }
      *out_done = TRUE;
      return TRUE;
    }

  frame = &s->frames[s->depth - 1];

  if (s->pos >= s->length)
    return fail_unclosed (s);

  c = s->data[s->pos];

  if (c == ',')
    {
      s->pos++;
      if (frame->is_object)
        return scan_member_name (s);
      frame->index++;
      skip_whitespace (s);
      return TRUE;
    }

  if (c == (frame->is_object ? '}' : ']'))
    {
      s->pos++;
      pop_frame (s);
      return scan_after_value (s, out_done);
    }

  if (frame->is_object)
    {
      if (c == '"')
        return fail (s, s->pos, _("missing ',' before this member"));
      return fail_got (s, s->pos, _("',' or '}' after a member"));
    }

  if (c == '"' || c == '{' || c == '[' || c == '-' || g_ascii_isalnum (c))
    return fail (s, s->pos, _("missing ',' before this element"));

  return fail_got (s, s->pos, _("',' or ']' after an element"));
}

static gboolean
scan (Scanner *s)
{
  gboolean done = FALSE;

  skip_whitespace (s);

  while (!done)
    {
      guint depth = s->depth;

      if (!scan_value (s))
        return FALSE;

      if (s->depth > depth)
        {
          Frame *frame = &s->frames[s->depth - 1];

          /* A container was opened: empty, or on to its first item. */
          skip_whitespace (s);
          if (s->pos < s->length && s->data[s->pos] == (frame->is_object ? '}' : ']'))
            {
              s->pos++;
              pop_frame (s);
            }
          else if (frame->is_object)
            {
              if (!scan_member_name (s))
                return FALSE;
              continue;
            }
          else
            {
              continue;
            }
        }

      if (!scan_after_value (s, &done))
        return FALSE;
    }

  return TRUE;
}

gboolean
_mp_json_check (const char           *data,
                gsize                 length,
                guint                 max_depth,
                MpJsonDuplicateFunc   duplicate_func,
                gpointer              user_data,
                int                  *out_line,
                int                  *out_column,
                char                **out_message)
{
  Scanner s = { 0, };
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (max_depth > 0, FALSE);

  s.data = (const guchar *) data;
  s.length = length;
  s.max_depth = max_depth;
  s.frames = g_new (Frame, max_depth);
  s.names = g_array_sized_new (FALSE, FALSE, sizeof (Span), 64);
  s.duplicate_func = duplicate_func;
  s.user_data = user_data;

  ok = scan (&s);

  while (s.depth > 0)
    pop_frame (&s);
  g_free (s.frames);
  g_array_unref (s.names);

  if (!ok)
    {
      if (out_line != NULL || out_column != NULL)
        {
          int line, column;

          _mp_json_offset_to_position (data, s.error_offset, &line, &column);
          if (out_line != NULL)
            *out_line = line;
          if (out_column != NULL)
            *out_column = column;
        }
      if (out_message != NULL)
        *out_message = g_steal_pointer (&s.error_message);
    }

  g_free (s.error_message);

  return ok;
}
