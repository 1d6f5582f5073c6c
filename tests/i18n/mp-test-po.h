/* mp-test-po.h
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

/* Reads the msgstr of a po file in the source tree, so tests compare
 * what the app shows with what the translators wrote instead of
 * hard-coding translations. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _MpTestPo MpTestPo;

MpTestPo   *mp_test_po_load      (const char *lang);
const char *mp_test_po_get       (MpTestPo   *po,
                                  const char *context,
                                  const char *msgid);
const char *mp_test_po_lookup    (MpTestPo   *po,
                                  const char *context,
                                  const char *msgid);
const char *mp_test_po_get_plural (MpTestPo  *po,
                                  const char *msgid,
                                  guint       form);
void        mp_test_po_free      (MpTestPo   *po);

const char * const *mp_test_languages (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpTestPo, mp_test_po_free)

G_END_DECLS
