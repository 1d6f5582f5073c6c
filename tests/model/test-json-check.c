/* test-json-check.c
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

#include <json-glib/json-glib.h>
#include <string.h>

#include "mp-json-check.h"

/* The strict pre-check that runs before json-glib (mp-json-check.c). */

static gboolean
check (const char  *json,
       int         *out_line,
       int         *out_column,
       char       **out_message)
{
  return _mp_json_check (json, strlen (json), 32, NULL, NULL, out_line, out_column, out_message);
}

static void
test_valid (void)
{
  static const char *valid[] = {
    "{}",
    "[]",
    " \t\r\n{ } ",
    "0", "-0", "1.5", "-0.25e-3", "1E+2", "1e999", "123456789012345678",
    "\"\"", "\"plain\"", "\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"",
    "\"\\u00e9 \\u0416 \\ud83d\\ude00 \\uFFFF\"",
    "\"Қазақстан — Azərbaycan\"",
    "true", "false", "null",
    "{\"a\": [1, {\"b\": [true, false, null]}, []], \"c\": {}}",
    "[\"]\", \"[\", \"{\", \"}\", \"\\\"[\"]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;
      int line = 0, column = 0;

      if (!check (valid[i], &line, &column, &message))
        g_error ("%s refused at %d:%d: %s", valid[i], line, column, message);

      /* What passes the check, json-glib reads. */
      json_parser_load_from_data (parser, valid[i], -1, &error);
      g_assert_no_error (error);
    }
}

typedef struct
{
  const char *json;
  int         line;
  int         column;
  const char *message;
} InvalidCase;

static void
test_invalid (void)
{
  static const InvalidCase cases[] = {
    { "", 1, 1, "unexpected end of the file; expected a value" },
    { "{", 1, 2, "the file ends inside the object that starts at line 1, column 1 (missing '}')" },
    { "[1,\n 2", 2, 3, "the file ends inside the array that starts at line 1, column 1 (missing ']')" },
    { "{\"a\" 1}", 1, 6, "expected ':' after the member name, got '1'" },
    { "{\"a\": 1 2}", 1, 9, "expected ',' or '}' after a member, got '2'" },
    { "[1 2]", 1, 4, "missing ',' before this element" },
    { "[1,]", 1, 4, "a comma before ']' has nothing after it; remove the comma" },
    { "[,1]", 1, 2, "expected a value, got ','" },
    { "{\"a\":}", 1, 6, "expected a value, got '}'" },
    { "{a: 1}", 1, 2, "expected a member name in double quotes, got 'a'" },
    { "[tru]", 1, 2, "unquoted word \"tru\"; text needs double quotes, and the only bare words are true, false and null" },
    { "[True]", 1, 2, "unquoted word \"True\"; text needs double quotes, and the only bare words are true, false and null" },
    { "[0x10]", 1, 2, "invalid number \"0x10\"" },
    { "[1.]", 1, 2, "invalid number \"1.\"" },
    { "[.5]", 1, 2, "expected a value, got '.'" },
    { "[+1]", 1, 2, "expected a value, got '+'" },
    { "[-]", 1, 2, "invalid number \"-\"" },
    { "[1e]", 1, 2, "invalid number \"1e\"" },
    { "[-12345678901234567890]", 1, 2, "the number -12345678901234567890 is too large to store exactly; write it with an exponent, like 1.5e20" },
    { "[\"a\nb\"]", 1, 2, "a string is not closed before the end of the line (missing '\"')" },
    { "[\"abc", 1, 2, "a string is not closed (missing '\"')" },
    { "[\"\\u12\"]", 1, 3, "invalid \\u escape in a string (it needs 4 hex digits, like \\u00e9)" },
    { "[\"\\ude00\"]", 1, 3, "unpaired surrogate \\ude00 in a string" },
    { "[\"\\ud83d\\u0041\"]", 1, 3, "unpaired surrogate \\ud83d in a string" },
    { "{} []", 1, 4, "unexpected text after the end of the JSON data" },
    { "{} // end", 1, 4, "comments are not allowed in JSON" },
    { "/* c */ {}", 1, 1, "comments are not allowed in JSON" },
    { "[\u00a0]", 1, 2, "expected a value, got U+00A0" },
    /* Columns count characters, not bytes. */
    { "[\"Қазақстан\" \"x\"]", 1, 14, "missing ',' before this element" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *message = NULL;
      int line = 0, column = 0;

      g_test_message ("%s", cases[i].json);
      g_assert_false (check (cases[i].json, &line, &column, &message));
      g_assert_cmpstr (message, ==, cases[i].message);
      g_assert_cmpint (line, ==, cases[i].line);
      g_assert_cmpint (column, ==, cases[i].column);
    }
}

static char *
nested_arrays (guint depth)
{
  GString *json = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append_c (json, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (json, ']');

  return g_string_free (json, FALSE);
}

static void
test_depth (void)
{
  g_autofree char *ok = nested_arrays (32);
  g_autofree char *deep = nested_arrays (33);
  g_autofree char *very_deep = nested_arrays (100000);
  g_autofree char *message = NULL;
  g_autofree char *message2 = NULL;
  int line, column;

  g_assert_true (check (ok, NULL, NULL, NULL));

  g_assert_false (check (deep, &line, &column, &message));
  g_assert_cmpstr (message, ==, "the data is nested deeper than 32 levels");
  g_assert_cmpint (column, ==, 33);

  /* Deep input fails fast and without recursion. */
  g_assert_false (check (very_deep, &line, &column, &message2));
  g_assert_cmpint (column, ==, 33);
}

static void
collect_duplicate_cb (const char *object_path,
                      const char *name,
                      gpointer    user_data)
{
  g_ptr_array_add (user_data, g_strdup_printf ("%s %s", object_path, name));
}

static void
test_duplicates (void)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) many = g_string_new ("{");
  const char *json =
    "{\"a\": 1, \"b\": [0, {\"c\": 1, \"c\": 2}], \"my key\": {\"x\": 1, \"x\": 2, \"x\": 3},"
    " \"d\": {\"a\": 1, \"b\": 2}, \"a\": 3}";

  g_assert_true (_mp_json_check (json, strlen (json), 32, collect_duplicate_cb, found, NULL, NULL, NULL));
  g_assert_cmpuint (found->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (found, 0), ==, "$.b[1] c");
  g_assert_cmpstr (g_ptr_array_index (found, 1), ==, "$[\"my key\"] x");
  g_assert_cmpstr (g_ptr_array_index (found, 2), ==, "$[\"my key\"] x");
  g_assert_cmpstr (g_ptr_array_index (found, 3), ==, "$ a");

  /* Past 32 members an object switches to a hash set. */
  g_ptr_array_set_size (found, 0);
  for (guint i = 0; i < 100; i++)
    g_string_append_printf (many, "\"k%u\": %u, ", i, i);
  g_string_append (many, "\"k7\": 0, \"k99\": 1, \"k100\": 2}");
  g_assert_true (_mp_json_check (many->str, many->len, 32, collect_duplicate_cb, found, NULL, NULL, NULL));
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (found, 0), ==, "$ k7");
  g_assert_cmpstr (g_ptr_array_index (found, 1), ==, "$ k99");
}

static void
test_path_names (void)
{
  g_autoptr(GString) path = g_string_new ("$");

  _mp_json_path_append_name (path, "memberships", -1);
  g_string_append (path, "[3]");
  _mp_json_path_append_name (path, "from", -1);
  _mp_json_path_append_name (path, "area_km2", -1);
  _mp_json_path_append_name (path, "AZ:UN", -1);
  _mp_json_path_append_name (path, "a\"b", -1);
  _mp_json_path_append_name (path, "", -1);

  g_assert_cmpstr (path->str, ==, "$.memberships[3].from.area_km2[\"AZ:UN\"][\"a\\\"b\"][\"\"]");
}

/* The fallback when json-glib refuses what the check let through:
 * its position is read from its own message. */
static void
test_json_glib_error (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const char *rest = NULL;
  int line = 0, column = 0;

  g_assert_false (json_parser_load_from_data (parser, "{\n  \"a\": 1,\n  \"b\": tru\n}", -1, &error));
  g_assert_nonnull (error);
  g_assert_true (_mp_json_parse_glib_error (error->message, &line, &column, &rest));
  g_assert_cmpint (line, ==, 3);
  g_assert_cmpint (column, >, 0);
  g_assert_true (strstr (rest, "tru") != NULL);
  g_assert_false (g_str_has_prefix (rest, "Parse error"));

  g_assert_true (_mp_json_parse_glib_error ("<data>:12:5: Parse error: unexpected character", &line, &column, &rest));
  g_assert_cmpint (line, ==, 12);
  g_assert_cmpint (column, ==, 5);
  g_assert_cmpstr (rest, ==, "unexpected character");

  g_assert_false (_mp_json_parse_glib_error ("JSON data must be UTF-8 encoded", &line, &column, &rest));
  g_assert_false (_mp_json_parse_glib_error ("<data>:x:5: oops", &line, &column, &rest));
  g_assert_false (_mp_json_parse_glib_error ("<data>:3", &line, &column, &rest));
  g_assert_false (_mp_json_parse_glib_error ("<data>:99999999999999:1: big", &line, &column, &rest));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mp/json-check/valid", test_valid);
  g_test_add_func ("/mp/json-check/invalid", test_invalid);
  g_test_add_func ("/mp/json-check/depth", test_depth);
  g_test_add_func ("/mp/json-check/duplicates", test_duplicates);
  g_test_add_func ("/mp/json-check/path-names", test_path_names);
  g_test_add_func ("/mp/json-check/json-glib-error", test_json_glib_error);

  return g_test_run ();
}
