/* mp-text.h
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Translated text: language code → string, "en" always present. */
typedef struct _MpText MpText;

MpText     *mp_text_new        (void);
void        mp_text_free       (MpText     *text);
void        mp_text_set        (MpText     *text,
                                const char *lang,
                                const char *value);
/* Returns the text for @lang ("kk", "ru", or a locale like "kk_KZ.UTF-8"),
 * falling back to English.  NULL @lang means the current UI language. */
const char *mp_text_get        (const MpText *text,
                                const char   *lang);

typedef void (*MpTextForeach) (const char *lang,
                               const char *value,
                               gpointer    user_data);

void        mp_text_foreach    (const MpText  *text,
                                MpTextForeach  func,
                                gpointer       user_data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpText, mp_text_free)

G_END_DECLS
