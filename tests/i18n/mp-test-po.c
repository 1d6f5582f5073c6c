/* mp-test-po.c
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

#include <string.h>

#include "mp-test-po.h"

struct _MpTestPo
{
  char       *path;
  GHashTable *messages;   /* "ctx\004msgid" or "msgid" → GStrv of msgstr forms */
};

/* The languages in po/LINGUAS, in that order. */
const char * const *
mp_test_languages (void)
{
  static char **languages;

  if (languages == NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("MP_SOURCE_ROOT"), "po", "LINGUAS", NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) lines = NULL;

      g_file_get_contents (path, &contents, NULL, &error);
      g_assert_no_error (error);
      lines = g_strsplit (contents, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_strstrip (lines[i]);
          if (lines[i][0] != '\0' && lines[i][0] != '#')
            g_strv_builder_add (builder, lines[i]);
        }
      languages = g_strv_builder_end (builder);
    }

  return (const char * const *) languages;
}

/* Appends the C-escaped text between the quotes of @line. */
static void
append_quoted (GString    *str,
               const char *line,
               const char *path,
               guint       line_number)
{
  const char *start = strchr (line, '"');
  const char *end = strrchr (line, '"');
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;

  if (start == NULL || end == start)
    g_error ("%s:%u: expected a quoted string", path, line_number);

  raw = g_strndup (start + 1, end - start - 1);
  text = g_strcompress (raw);
  g_string_append (str, text);
}

static void
free_string (gpointer data)
{
  g_string_free (data, TRUE);
}

typedef struct
{
  GString   *context;
  GString   *msgid;
  GPtrArray *msgstr;   /* GString* */
  GString   *current;
} Entry;

static void
entry_store (Entry      *entry,
             GHashTable *messages)
{
  g_autoptr(GStrvBuilder) forms = NULL;
  char *key;

  if (entry->msgid != NULL && entry->msgstr->len > 0 && entry->msgid->len > 0)
    {
      forms = g_strv_builder_new ();
      for (guint i = 0; i < entry->msgstr->len; i++)
        g_strv_builder_add (forms, ((GString *) g_ptr_array_index (entry->msgstr, i))->str);

      if (entry->context != NULL)
        key = g_strconcat (entry->context->str, "\004", entry->msgid->str, NULL);
      else
        key = g_strdup (entry->msgid->str);
      g_hash_table_replace (messages, key, g_strv_builder_end (forms));
    }

  if (entry->context != NULL)
    g_string_free (entry->context, TRUE);
  if (entry->msgid != NULL)
    g_string_free (entry->msgid, TRUE);
  entry->context = NULL;
  entry->msgid = NULL;
  g_ptr_array_set_size (entry->msgstr, 0);
  entry->current = NULL;
}

MpTestPo *
mp_test_po_load (const char *lang)
{
  MpTestPo *po = g_new0 (MpTestPo, 1);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  Entry entry = { NULL, NULL, NULL, NULL };

  po->path = g_strdup_printf ("%s/po/%s.po", g_getenv ("MP_SOURCE_ROOT"), lang);
  po->messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);

  g_file_get_contents (po->path, &contents, NULL, &error);
  g_assert_no_error (error);

  entry.msgstr = g_ptr_array_new_with_free_func (free_string);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (line[0] == '#' || line[0] == '\0')
        continue;

      if (g_str_has_prefix (line, "msgctxt "))
        {
          entry_store (&entry, po->messages);
          entry.context = entry.current = g_string_new (NULL);
        }
      else if (g_str_has_prefix (line, "msgid "))
        {
          if (entry.msgstr->len > 0)
            entry_store (&entry, po->messages);
          entry.msgid = entry.current = g_string_new (NULL);
        }
      else if (g_str_has_prefix (line, "msgid_plural "))
        {
          /* Only the singular msgid is a key. */
          entry.current = NULL;
          continue;
        }
      else if (g_str_has_prefix (line, "msgstr"))
        {
          entry.current = g_string_new (NULL);
          g_ptr_array_add (entry.msgstr, entry.current);
        }
      else if (line[0] != '"')
        {
          g_error ("%s:%u: cannot read “%s”", po->path, i + 1, line);
        }

      if (entry.current != NULL)
        append_quoted (entry.current, line, po->path, i + 1);
    }
  entry_store (&entry, po->messages);
  g_ptr_array_unref (entry.msgstr);

  return po;
}

static const char * const *
lookup (MpTestPo   *po,
        const char *context,
        const char *msgid)
{
  g_autofree char *key = context != NULL ? g_strconcat (context, "\004", msgid, NULL) : g_strdup (msgid);
  const char * const *forms = g_hash_table_lookup (po->messages, key);

  if (forms == NULL || forms[0] == NULL || forms[0][0] == '\0')
    g_error ("%s has no translation of “%s”", po->path, msgid);

  return forms;
}

/* Returns the translation of @msgid, or %NULL if the po file has none. */
const char *
mp_test_po_lookup (MpTestPo   *po,
                   const char *context,
                   const char *msgid)
{
  g_autofree char *key = context != NULL ? g_strconcat (context, "\004", msgid, NULL) : g_strdup (msgid);
  const char * const *forms = g_hash_table_lookup (po->messages, key);

  if (forms == NULL || forms[0] == NULL || forms[0][0] == '\0')
    return NULL;

  return forms[0];
}

/* Returns the translation of @msgid (with @context, or %NULL);
 * aborts the test if the po file has none. */
const char *
mp_test_po_get (MpTestPo   *po,
                const char *context,
                const char *msgid)
{
  return lookup (po, context, msgid)[0];
}

const char *
mp_test_po_get_plural (MpTestPo   *po,
                       const char *msgid,
                       guint       form)
{
  const char * const *forms = lookup (po, NULL, msgid);

  g_assert_cmpuint (form, <, g_strv_length ((char **) forms));

  return forms[form];
}

void
mp_test_po_free (MpTestPo *po)
{
  g_free (po->path);
  g_hash_table_unref (po->messages);
  g_free (po);
}
