/* mp-country-search.c
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

#include "mp-country-search.h"
#include "mp-text.h"

/* Letters typed as a plain neighbour, after case folding and the
 * removal of combining marks. */
static gunichar
plain_letter (gunichar c)
{
  switch (c)
    {
    case 0x0259: return 'e';    /* ə */
    case 0x0131: return 'i';    /* ı (dotless i) */
    case 0x04D9: return 0x0430; /* ә → а */
    case 0x0493: return 0x0433; /* ғ → г */
    case 0x049B: return 0x043A; /* қ → к */
    case 0x04A3: return 0x043D; /* ң → н */
    case 0x04E9: return 0x043E; /* ө → о */
    case 0x04B1: return 0x0443; /* ұ → у */
    case 0x04AF: return 0x0443; /* ү → у */
    case 0x04BB: return 0x0445; /* һ → х */
    case 0x0456: return 0x0438; /* і → и */
    default:     return c;
    }
}

char *
mp_search_fold (const char *text)
{
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  folded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFD);
  if (decomposed == NULL)  /* not UTF-8 */
    return g_strdup ("");

  out = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_ENCLOSING_MARK ||
          type == G_UNICODE_SPACING_MARK)
        continue;
      /* Words are letters and digits; anything else separates them. */
      if (!g_unichar_isalnum (c))
        c = ' ';
      g_string_append_unichar (out, plain_letter (c));
    }

  return g_string_free (out, FALSE);
}

static void
add_words (GString    *key,
           const char *text)
{
  g_autofree char *folded = mp_search_fold (text);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_string_append_printf (key, "%s\n", words[i]);
}

static void
add_text_cb (const char *lang,
             const char *value,
             gpointer    user_data)
{
  add_words (user_data, value);
}

/* The key's lines: "=code" for the ISO codes, "!word" for the words of
 * the displayed name, then every other word. */
char *
mp_country_search_key (const MpCountry *country,
                       const char      *language)
{
  GString *key = g_string_new (NULL);
  g_autofree char *id = mp_search_fold (country->id);
  g_autofree char *iso3 = mp_search_fold (country->iso3);
  g_autofree char *shown = mp_search_fold (mp_text_get (country->name, language));
  g_auto(GStrv) shown_words = g_strsplit (shown, " ", -1);

  g_string_append_printf (key, "=%s\n=%s\n", id, iso3);
  for (guint i = 0; shown_words[i] != NULL; i++)
    if (shown_words[i][0] != '\0')
      g_string_append_printf (key, "!%s\n", shown_words[i]);

  mp_text_foreach (country->name, add_text_cb, key);
  if (country->official_name != NULL)
    mp_text_foreach (country->official_name, add_text_cb, key);
  if (country->other_names != NULL)
    add_words (key, country->other_names);

  return g_string_free (key, FALSE);
}

/* Whether @word starts with something at most one edit (insertion,
 * deletion, substitution) from @token. */
static gboolean
starts_near (const gunichar *word,
             glong           word_len,
             const gunichar *token,
             glong           token_len)
{
  /* One row of the edit distance between token and word's prefixes. */
  g_autofree int *row = g_new (int, word_len + 1);

  for (glong j = 0; j <= word_len; j++)
    row[j] = j;

  for (glong i = 1; i <= token_len; i++)
    {
      int diagonal = row[0];

      row[0] = i;
      for (glong j = 1; j <= word_len; j++)
        {
          int above = row[j];
          int cost = token[i - 1] == word[j - 1] ? 0 : 1;

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
        }
    }

  /* The best prefix of the word: any length. */
  for (glong j = MAX (0, token_len - 1); j <= MIN (word_len, token_len + 1); j++)
    if (row[j] <= 1)
      return TRUE;

  return FALSE;
}

#define SCORE_CODE   100
#define SCORE_SHOWN   40
#define SCORE_NAME    30
#define SCORE_NEAR     5
#define MIN_NEAR_LEN   5

static guint
score_token (const char *const *lines,
             const char        *token)
{
  gsize token_len = strlen (token);
  glong token_chars = g_utf8_strlen (token, -1);
  g_autofree gunichar *token_u = NULL;
  guint best = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *word = line[0] == '=' || line[0] == '!' ? line + 1 : line;

      if (line[0] == '=')
        {
          if (strcmp (word, token) == 0)
            return SCORE_CODE;
          continue;
        }

      if (strncmp (word, token, token_len) == 0)
        best = MAX (best, line[0] == '!' ? SCORE_SHOWN : SCORE_NAME);
      else if (best == 0 && token_chars >= MIN_NEAR_LEN)
        {
          glong word_chars;
          g_autofree gunichar *word_u = g_utf8_to_ucs4_fast (word, -1, &word_chars);

          if (token_u == NULL)
            token_u = g_utf8_to_ucs4_fast (token, -1, NULL);
          if (starts_near (word_u, word_chars, token_u, token_chars))
            best = SCORE_NEAR;
        }
    }

  return best;
}

guint
mp_country_search_score (const char *key,
                         const char *query)
{
  g_autofree char *folded = mp_search_fold (query);
  g_auto(GStrv) tokens = g_strsplit (folded, " ", -1);
  g_auto(GStrv) lines = g_strsplit (key != NULL ? key : "", "\n", -1);
  guint total = 0;
  gboolean any = FALSE;

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      guint score;

      if (tokens[i][0] == '\0')
        continue;

      any = TRUE;
      score = score_token ((const char * const *) lines, tokens[i]);
      if (score == 0)
        return 0;
      total += score;
    }

  return any ? total : 1;
}
