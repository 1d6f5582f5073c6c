/* mp-test-app.h
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

#include "mp-application.h"

G_BEGIN_DECLS

/* The application the GTK tests open their windows in: not unique (test
 * programs run side by side on one session bus), registered, and held so
 * that it lives between tests.  Call after gtk_test_init (). */
MpApplication *mp_test_application_new  (void);
/* Releases and unrefs what mp_test_application_new () returned. */
void           mp_test_application_free (MpApplication *app);

G_END_DECLS
