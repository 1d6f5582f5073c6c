/* mp-window-private.h
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mp-cards-box.h"
#include "mp-chart-panel.h"
#include "mp-country-card.h"
#include "mp-dataset-session.h"
#include "mp-lesson.h"
#include "mp-limits.h"
#include "mp-window.h"

G_BEGIN_DECLS

/* The window's state, shared by the files that make it up:
 *   mp-window.c               the template, cards and their countries,
 *                             the dataset shown, messages, state
 *   mp-window-actions.c       cards, presets, charts, shortcuts, main menu
 *   mp-window-datasets.c      opening, dropping and reloading datasets,
 *                             progress and the problems panel
 *   mp-window-export.c        export and print
 *   mp-window-presentation.c  presentation mode and lessons */

struct _MpWindow
{
  GtkApplicationWindow  parent_instance;

  GSettings            *settings;
  MpDatasetSession     *session;
  MpDataset            *dataset;        /* the one the cards show */
  GPtrArray            *problems;       /* MpProblem* in the problems panel */
  char                 *open_message;   /* said when the files being opened load */
  GStrv                 wanted_countries;  /* the user's choice, kept when a dataset lacks some */
  char                 *wanted_chart;      /* the same for the chart (an indicator) */
  guint                 pulse_source;
  guint                 toast_source;
  guint                 page_size_source;
  guint                 finished_source;
  guint                 presenting : 1;
  guint                 lesson_is_builtin : 1;
  guint                 applying_dataset : 1;
  guint                 compact_cards : 1;
  guint                 wide_cards : 1;

  MpLesson             *lesson;
  guint                 step;            /* the slide shown (or to resume at) */
  GtkWidget            *slide_view;      /* built on first presentation */
  GtkWidget            *lesson_editor;   /* weak: while one is open */
  GtkEventController   *presentation_keys;

  GtkWidget            *open_button;
  GtkWidget            *add_card_button;
  GtkMenuButton        *menu_button;
  GtkMenuButton        *presets_button;
  GtkWidget            *presets_popover;  /* built on first use */
  GMenuModel           *primary_menu;  /* loaded on first use */
  GtkScrolledWindow    *page_scroller;
  GtkBox               *page_box;
  MpCardsBox           *cards_box;
  GtkBox               *chart_slot;
  MpChartPanel         *chart_panel;
  GtkWidget            *chart_popover;
  GtkWidget            *chart_popover_return; /* weak: what had the focus */
  GtkWidget            *shortcuts_window;
  GtkRevealer          *problems_revealer;
  GtkLabel             *problems_title;  /* built with the panel, on first use */
  GtkListView          *problems_list;
  GtkProgressBar       *progress_bar;    /* built on the first load from files */
  GtkRevealer          *toast_revealer;
  GtkLabel             *toast_label;     /* built with the first message */
  GtkStack             *main_stack;
  GtkWidget            *content_box;
};

/* mp-window.c */
MpCountryCard *_mp_window_get_card            (MpWindow           *self,
                                               guint               index);
guint          _mp_window_get_n_cards         (MpWindow           *self);
GStrv          _mp_window_dup_countries       (MpWindow           *self);
MpCountryCard *_mp_window_append_card         (MpWindow           *self,
                                               const char         *country_id);
void           _mp_window_countries_changed   (MpWindow           *self);
void           _mp_window_set_countries       (MpWindow           *self,
                                               const char * const *countries);
void           _mp_window_choose_countries    (MpWindow           *self,
                                               const char * const *countries);
void           _mp_window_apply_dataset       (MpWindow           *self,
                                               MpDataset          *dataset);
void           _mp_window_load_finished       (MpWindow           *self,
                                               gboolean            success,
                                               gboolean            later);
void           _mp_window_reveal              (GtkRevealer        *revealer,
                                               gboolean            reveal_child);
void           _mp_window_show_toast          (MpWindow           *self,
                                               const char         *message);

/* mp-window-actions.c */
void           _mp_window_class_actions_init  (GtkWidgetClass     *widget_class);
void           _mp_window_actions_init        (MpWindow           *self);

/* mp-window-datasets.c */
void           _mp_window_class_datasets_init (GtkWidgetClass     *widget_class);
void           _mp_window_datasets_init       (MpWindow           *self);
void           _mp_window_datasets_dispose    (MpWindow           *self);

/* mp-window-export.c */
void           _mp_window_class_export_init   (GtkWidgetClass     *widget_class);

/* mp-window-presentation.c */
void           _mp_window_class_presentation_init (GtkWidgetClass *widget_class);
void           _mp_window_presentation_init       (MpWindow       *self);
void           _mp_window_presentation_dispose    (MpWindow       *self);
void           _mp_window_presentation_dataset_changed (MpWindow  *self);

G_END_DECLS
