/* mp-text.c
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

#include "mp-text.h"

typedef struct
{
  char *lang;
  char *value;
} MpTextEntry;

struct _MpText
{
  MpTextEntry *entries;
  guint        n_entries;
};

/* Compares a language tag of the text ("kk", "pt-BR") with a locale
 * name cut to @len bytes ("pt_BR"), ignoring case and '-' versus '_'. */
static gboolean
lang_equal (const char *tag,
            const char *locale,
            gsize       len)
{
  gsize i;

  for (i = 0; i < len; i++)
    {
      char a = g_ascii_tolower (tag[i]);
      char b = g_ascii_tolower (locale[i]);

      if (a == '\0')
        return FALSE;
      if (a == '-')
        a = '_';
      if (b == '-')
        b = '_';
      if (a != b)
        return FALSE;
    }

  return tag[len] == '\0';
}

static MpTextEntry *
lookup_entry (const MpText *text,
              const char   *locale,
              gsize         len)
{
  for (guint i = 0; i < text->n_entries; i++)
    {
      if (lang_equal (text->entries[i].lang, locale, len))
        return &text->entries[i];
    }

  return NULL;
}

static const char *
lookup_exact (const MpText *text,
              const char   *locale,
              gsize         len)
{
  MpTextEntry *entry = lookup_entry (text, locale, len);

  return entry != NULL ? entry->value : NULL;
}

/* "kk_KZ.UTF-8@cyrillic": tries "kk_KZ", then "kk". */
static MpTextEntry *
lookup_locale_entry (const MpText *text,
                     const char   *locale)
{
  MpTextEntry *entry;
  gsize len;

  len = strcspn (locale, ".@");
  if (len == 0)
    return NULL;

  if ((entry = lookup_entry (text, locale, len)) != NULL)
    return entry;

  len = strcspn (locale, "_-.@");
  if (len == 0)
    return NULL;

  return lookup_entry (text, locale, len);
}

static const char *
lookup_locale (const MpText *text,
               const char   *locale)
{
  MpTextEntry *entry = lookup_locale_entry (text, locale);

  return entry != NULL ? entry->value : NULL;
}

MpText *
mp_text_new (void)
{
  return g_new0 (MpText, 1);
}

void
mp_text_free (MpText *text)
{
  if (text == NULL)
    return;

  for (guint i = 0; i < text->n_entries; i++)
    {
      g_free (text->entries[i].lang);
      g_free (text->entries[i].value);
    }

  g_free (text->entries);
  g_free (text);
}

/**
 * mp_text_set:
 * @text: a text
 * @lang: a language code like "en" or "kk"
 * @value: the text in that language
 *
 * Sets (or replaces) the text for @lang.
 */
void
mp_text_set (MpText     *text,
             const char *lang,
             const char *value)
{
  g_return_if_fail (text != NULL);
  g_return_if_fail (lang != NULL && *lang != '\0');
  g_return_if_fail (value != NULL);

  for (guint i = 0; i < text->n_entries; i++)
    {
      if (strcmp (text->entries[i].lang, lang) == 0)
        {
          g_free (text->entries[i].value);
          text->entries[i].value = g_strdup (value);
          return;
        }
    }

  text->entries = g_renew (MpTextEntry, text->entries, text->n_entries + 1);
  text->entries[text->n_entries].lang = g_strdup (lang);
  text->entries[text->n_entries].value = g_strdup (value);
  text->n_entries++;
}

/**
 * mp_text_set_for_locale:
 * @text: a text
 * @locale: (nullable): a language code ("kk") or a locale ("kk_KZ.UTF-8"),
 *   or %NULL for the user's first UI language
 * @value: the text in that language
 *
 * Sets the text a reader in @locale sees: the entry mp_text_get() finds
 * for the locale itself ("kk_KZ", then "kk") is replaced, else an entry
 * for its language ("kk") is added.  The other languages are kept.  The
 * C locale is English.
 *
 * Unlike mp_text_get(), %NULL means the first UI language only: an
 * editor writes the user's own language rather than the second choice
 * they happened to be shown.
 */
void
mp_text_set_for_locale (MpText     *text,
                        const char *locale,
                        const char *value)
{
  g_autofree char *lang = NULL;
  MpTextEntry *entry;

  g_return_if_fail (text != NULL);
  g_return_if_fail (value != NULL);

  if (locale == NULL)
    locale = g_get_language_names ()[0];
  if (strcmp (locale, "C") == 0 || strcmp (locale, "POSIX") == 0 || g_str_has_prefix (locale, "C."))
    locale = "en";

  entry = lookup_locale_entry (text, locale);
  if (entry != NULL)
    {
      g_free (entry->value);
      entry->value = g_strdup (value);
      return;
    }

  lang = g_strndup (locale, strcspn (locale, "_-.@"));
  mp_text_set (text, *lang != '\0' ? lang : "en", value);
}

/**
 * mp_text_get:
 * @text: a text
 * @lang: (nullable): a language code ("kk") or a locale ("kk_KZ.UTF-8"),
 *   or %NULL for the current UI language (g_get_language_names())
 *
 * Looks up the text for @lang: the full locale ("pt_BR") first, then
 * its language ("pt"), then English.  With %NULL, each of the user's
 * languages is tried in order of preference before English.
 *
 * Returns: (nullable): the text, English when @lang is missing, or
 *   %NULL only if @text is empty
 */
const char *
mp_text_get (const MpText *text,
             const char   *lang)
{
  const char *value = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (lang != NULL)
    {
      value = lookup_locale (text, lang);
    }
  else
    {
      const char * const *names = g_get_language_names ();

      for (guint i = 0; names[i] != NULL && value == NULL; i++)
        {
          if (strcmp (names[i], "C") == 0 || strcmp (names[i], "POSIX") == 0)
            break;
          value = lookup_locale (text, names[i]);
        }
    }

  if (value == NULL)
    value = lookup_exact (text, "en", 2);

  if (value == NULL && text->n_entries > 0)
    value = text->entries[0].value;

  return value;
}

/**
 * mp_text_foreach:
 *
 * Calls @func for every language and value, in the order they were set.
 */
void
mp_text_foreach (const MpText  *text,
                 MpTextForeach  func,
                 gpointer       user_data)
{
  g_return_if_fail (text != NULL);
  g_return_if_fail (func != NULL);

  for (guint i = 0; i < text->n_entries; i++)
    func (text->entries[i].lang, text->entries[i].value, user_data);
}

gboolean
mp_text_equal (const MpText *a,
               const MpText *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  if (a->n_entries != b->n_entries)
    return FALSE;

  for (guint i = 0; i < a->n_entries; i++)
    if (g_strcmp0 (a->entries[i].lang, b->entries[i].lang) != 0 ||
        g_strcmp0 (a->entries[i].value, b->entries[i].value) != 0)
      return FALSE;

  return TRUE;
}
