/* mp-text.h
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Translated text: language code → string.  Files always give "en", the
 * fallback; a text being edited may lack it for a while. */
typedef struct _MpText MpText;

MpText     *mp_text_new            (void);
void        mp_text_free           (MpText     *text);
void        mp_text_set            (MpText     *text,
                                    const char *lang,
                                    const char *value);
/* Sets the text mp_text_get (text, locale) returns, keeping the other
 * languages; NULL @locale means the user's first UI language. */
void        mp_text_set_for_locale (MpText     *text,
                                    const char *locale,
                                    const char *value);
/* Returns the text for @lang ("kk", "ru", or a locale like "kk_KZ.UTF-8"),
 * falling back to English.  NULL @lang means the current UI language. */
const char *mp_text_get            (const MpText *text,
                                    const char   *lang);

typedef void (*MpTextForeach) (const char *lang,
                               const char *value,
                               gpointer    user_data);

void        mp_text_foreach        (const MpText  *text,
                                    MpTextForeach  func,
                                    gpointer       user_data);
/* The same languages, in the same order, with the same texts (NULL
 * equals only NULL). */
gboolean    mp_text_equal          (const MpText  *a,
                                    const MpText  *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpText, mp_text_free)

G_END_DECLS
