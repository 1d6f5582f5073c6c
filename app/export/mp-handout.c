/* mp-handout.c
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
#include <pango/pangocairo.h>
#include <string.h>

#include "mp-cards-renderer.h"
#include "mp-chart-common.h"
#include "mp-chart-draw.h"
#include "mp-chart-format.h"
#include "mp-chart.h"
#include "mp-country-facts.h"
#include "mp-citation.h"
#include "mp-format.h"
#include "mp-handout.h"
#include "mp-key-organizations.h"

/* The page is laid out in CSS pixels (96 per inch) and drawn at 0.75
 * points each, so the charts' and cards' screen metrics keep their
 * physical size; the text is set at BODY_POINTS. */
#define ZOOM          0.75
#define BODY_POINTS   10.0
#define MARGIN        (40.0 / ZOOM)   /* 14 mm */
#define HEADING_SCALE 1.3
#define GAP           10.0
#define ANSWER_LINES  2
#define ANSWER_LINE_H 30.0
/* Charts are drawn no flatter than this (height / width). */
#define CHART_ASPECT  0.43  /* at A4 width: over 300 px, not a "compact" chart */

typedef enum
{
  ITEM_HEADER,
  ITEM_STUDENT,
  ITEM_CARDS,
  ITEM_CHART,
  ITEM_HEADING,
  ITEM_LABEL,
  ITEM_TEXT,
  ITEM_QUESTION,
  ITEM_ROW,
  ITEM_BREAK,
} ItemKind;

typedef struct
{
  ItemKind  kind;
  char     *text;            /* chart name for ITEM_CHART */
  char     *text2;           /* ITEM_ROW: the second column, nullable */
  double    height;
  double    space_after;
  gboolean  keep_with_next;
  gboolean  optional;        /* a chart, left out when the pages are full */
  gboolean  dropped;
  guint     page;
  double    y;
} Item;

struct _MpHandout
{
  MpDataset          *dataset;
  GStrv               countries;
  guint               card_facts;  /* shown on the cards */
  MpChartStyle        style;
  MpChartMetrics      metrics;
  GArray             *items;   /* of Item */
  GPtrArray          *sources; /* source ids, borrowed from the dataset */
  char               *title;
  char               *subtitle;
  char               *data_as_of;
  double              width;   /* the page, in layout pixels */
  double              height;
  double              inner;
  double              body_top;
  double              body_bottom;
  guint               n_pages;
};

void
mp_paper_get_size (MpPaper  paper,
                   double  *width,
                   double  *height)
{
  switch (paper)
    {
    case MP_PAPER_LETTER:
      *width = 612;
      *height = 792;
      break;
    case MP_PAPER_A4:
    default:
      *width = 595.276;
      *height = 841.89;
      break;
    }
}

gboolean
mp_paper_parse (const char *name,
                MpPaper    *paper)
{
  if (g_ascii_strcasecmp (name, "a4") == 0)
    *paper = MP_PAPER_A4;
  else if (g_ascii_strcasecmp (name, "letter") == 0)
    *paper = MP_PAPER_LETTER;
  else
    return FALSE;

  return TRUE;
}

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_free (item->text);
  g_free (item->text2);
}

/* A paragraph of any length, wrapped at the text width (the style's
 * cached layouts stop at a few lines). */
static PangoLayout *
column_layout (MpHandout  *self,
               MpTextRole  role,
               const char *text,
               double      width)
{
  PangoLayout *layout = pango_layout_copy (mp_chart_style_get_layout (&self->style, role, text, 0));

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_height (layout, -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);

  return layout;
}

static PangoLayout *
paragraph_layout (MpHandout  *self,
                  MpTextRole  role,
                  const char *text)
{
  return column_layout (self, role, text, self->inner);
}

static double
column_height (MpHandout  *self,
               const char *text,
               double      width)
{
  g_autoptr(PangoLayout) layout = column_layout (self, MP_TEXT_BODY, text, width);
  int h = 0;

  pango_layout_get_size (layout, NULL, &h);

  return (double) h / PANGO_SCALE;
}

static double
text_height (MpHandout  *self,
             MpTextRole  role,
             const char *text)
{
  g_autoptr(PangoLayout) layout = paragraph_layout (self, role, text);
  int h = 0;

  pango_layout_get_size (layout, NULL, &h);

  return (double) h / PANGO_SCALE;
}

static void
draw_paragraph (MpHandout  *self,
                cairo_t    *cr,
                MpTextRole  role,
                const char *text,
                double      y,
                double      alpha)
{
  g_autoptr(PangoLayout) layout = paragraph_layout (self, role, text);

  cairo_save (cr);
  cairo_move_to (cr, MARGIN, y);
  mp_color_set_source (cr, &self->style.fg, alpha);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

static Item *
add_item (MpHandout  *self,
          ItemKind    kind,
          const char *text)
{
  Item item = { 0 };

  item.kind = kind;
  item.text = g_strdup (text);
  item.space_after = 4;
  g_array_append_val (self->items, item);

  return &g_array_index (self->items, Item, self->items->len - 1);
}

static void
add_heading (MpHandout  *self,
             const char *text)
{
  Item *item = add_item (self, ITEM_HEADING, text);
  double h = 0;

  mp_chart_text_size (&self->style, MP_TEXT_TITLE, text, 0, NULL, &h);
  item->height = h * HEADING_SCALE;
  item->space_after = 6;
  item->keep_with_next = TRUE;
}

static void
add_label (MpHandout  *self,
           const char *text)
{
  Item *item = add_item (self, ITEM_LABEL, text);

  item->height = text_height (self, MP_TEXT_STRONG, text);
  item->space_after = 2;
  item->keep_with_next = TRUE;
}

static void
add_text (MpHandout  *self,
          const char *text,
          double      space_after)
{
  Item *item = add_item (self, ITEM_TEXT, text);

  item->height = text_height (self, MP_TEXT_BODY, text);
  item->space_after = space_after;
}

static char *
organization_name (const MpOrganization *org)
{
  const char *name = mp_text_get (org->name, NULL);
  const char *acronym = mp_organization_get_acronym (org, NULL);

  if (acronym != NULL && strstr (name, acronym) == NULL)
    return g_strdup_printf ("%s (%s)", name, acronym);

  return g_strdup (name);
}

#define COLUMN_GAP 24.0
#define BULLET_W   14.0

static double
column_width (MpHandout *self)
{
  return (self->inner - COLUMN_GAP) / 2 - BULLET_W;
}

/* A bulleted list in two columns, a row per item so that a long list
 * may go on over the next page; "none" for an empty one. */
static void
add_list (MpHandout *self,
          GPtrArray *names)
{
  double width = column_width (self);

  if (names->len == 0)
    {
      /* Translators: an empty list of organizations in the handout */
      add_text (self, C_("organizations", "none"), 8);
      return;
    }

  for (guint i = 0; i < names->len; i += 2)
    {
      const char *left = g_ptr_array_index (names, i);
      const char *right = i + 1 < names->len ? g_ptr_array_index (names, i + 1) : NULL;
      Item *item = add_item (self, ITEM_ROW, left);

      item->text2 = g_strdup (right);
      item->height = column_height (self, left, width);
      if (right != NULL)
        item->height = MAX (item->height, column_height (self, right, width));
      item->space_after = i + 2 < names->len ? 2 : 8;
    }
}

/* The key organizations as lists a reader can scan: those every country
 * belongs to, those only one does, and the looser ties. */
static void
add_key_organizations (MpHandout        *self,
                       const MpCountry **countries,
                       guint             n,
                       GPtrArray        *source_ids)
{
  g_autoptr(MpKeyOrganizations) key = mp_key_organizations_new (self->dataset,
                                                                (const char * const *) self->countries);
  g_autoptr(GPtrArray) shared = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) some = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) ties = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *only[MP_MAX_COUNTRIES];
  gboolean any[MP_MAX_COUNTRIES] = { FALSE };  /* a tie to a key organization */
  guint n_orgs = mp_key_organizations_get_n (key);

  for (guint c = 0; c < n; c++)
    only[c] = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_orgs; i++)
    {
      const MpOrganization *org = mp_key_organizations_get (key, i);
      g_autofree char *name = organization_name (org);
      g_autoptr(GPtrArray) members = g_ptr_array_new ();
      g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) unknown = g_ptr_array_new ();
      guint last_member = 0;

      for (guint c = 0; c < n; c++)
        {
          const MpMembership *m = mp_key_organizations_get_membership (key, i, c);

          if (m == NULL)
            {
              /* No record is "not a member" only where the dataset
               * knows this country's ties to it. */
              if (!mp_dataset_is_tie_known (self->dataset, countries[c], org))
                g_ptr_array_add (unknown, (gpointer) mp_chart_country_name (countries[c]));
              continue;
            }
          any[c] = TRUE;
          mp_chart_sources_add (source_ids, m->source);
          if (mp_membership_status_is_member (m->status))
            {
              g_ptr_array_add (members, (gpointer) mp_chart_country_name (countries[c]));
              last_member = c;
            }
          else
            /* Translators: a country's looser tie to an organization in the handout, "Azerbaijan: observer" */
            g_ptr_array_add (others, g_strdup_printf (C_("handout", "%s: %s"),
                                                      mp_chart_country_name (countries[c]),
                                                      mp_chart_membership_status_label (m->status)));
        }

      if (mp_key_organizations_is_shared (key, i))
        g_ptr_array_add (shared, g_strdup (name));
      else if (members->len >= 1 && unknown->len > 0)
        {
          g_autofree char *list = mp_chart_join_list ((const char * const *) members->pdata, members->len);
          g_autofree char *no_data = mp_chart_join_list ((const char * const *) unknown->pdata, unknown->len);

          /* Translators: in the handout's "Some of the countries are
           * members": an organization, its members among the countries,
           * and those the dataset has no data on ("EAEU (Kazakhstan; no
           * data for Armenia)") */
          g_ptr_array_add (some, g_strdup_printf (C_("handout", "%s (%s; no data for %s)"), name, list, no_data));
        }
      else if (members->len == 1)
        g_ptr_array_add (only[last_member], g_strdup (name));
      else if (members->len > 1)
        {
          g_autofree char *list = mp_chart_join_list ((const char * const *) members->pdata, members->len);

          g_ptr_array_add (some, g_strdup_printf ("%s (%s)", name, list));
        }

      if (others->len > 0)
        {
          g_autofree char *list = NULL;

          g_ptr_array_add (others, NULL);
          list = g_strjoinv (", ", (char **) others->pdata);
          g_ptr_array_add (ties, g_strdup_printf ("%s (%s)", name, list));
        }
    }

  add_heading (self, _("Key organizations"));
  if (n > 1)
    {
      g_autofree char *label = n == 2 ? g_strdup (_("Both countries are members"))
                                      : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "All %u countries are members",
                                                                      "All %u countries are members", n), n);
      add_label (self, label);
      add_list (self, shared);
    }
  {
    /* With more than two countries, those with none of their own, and
     * those the dataset has no tie for at all, are named once each,
     * not under a heading apiece that says "none". */
    const char *none_own[MP_MAX_COUNTRIES];
    const char *no_data[MP_MAX_COUNTRIES];
    guint n_none_own = 0;
    guint n_no_data = 0;

    for (guint c = 0; c < n; c++)
      {
        g_autofree char *label = NULL;

        if (n > 2 && only[c]->len == 0)
          {
            if (any[c])
              none_own[n_none_own++] = mp_chart_country_name (countries[c]);
            else
              no_data[n_no_data++] = mp_chart_country_name (countries[c]);
            g_ptr_array_unref (only[c]);
            continue;
          }

        label = n > 1 ? g_strdup_printf (_("Only %s is a member"), mp_chart_country_name (countries[c]))
                      : g_strdup_printf (_("%s is a member"), mp_chart_country_name (countries[c]));
        add_label (self, label);
        add_list (self, only[c]);
        g_ptr_array_unref (only[c]);
      }
    if (n_none_own > 0)
      {
        g_autofree char *list = mp_chart_join_list (none_own, n_none_own);

        /* Translators: a heading in the handout, under "Only Kazakhstan
         * is a member" and the like, followed by the countries that
         * belong to no key organization the others are not in */
        add_label (self, _("No organization only they belong to"));
        add_text (self, list, 8);
      }
    if (n_no_data > 0)
      {
        g_autofree char *list = mp_chart_join_list (no_data, n_no_data);

        /* Translators: in the handout, followed by the countries the
         * dataset has no membership of a key organization for */
        add_label (self, _("No membership data"));
        add_text (self, list, 8);
      }
  }
  if (some->len > 0)
    {
      add_label (self, _("Some of the countries are members"));
      add_list (self, some);
    }
  if (ties->len > 0)
    {
      add_label (self, _("Observer, partner or another tie short of membership"));
      add_list (self, ties);
    }
}

static void
add_questions (MpHandout *self,
               MpLesson  *lesson)
{
  guint number = 0;

  if (lesson == NULL)
    return;

  for (guint i = 0; i < mp_lesson_get_n_steps (lesson); i++)
    {
      const MpLessonStep *step = mp_lesson_get_step (lesson, i);
      const char *question = step->question != NULL ? mp_text_get (step->question, NULL) : NULL;
      g_autofree char *text = NULL;
      Item *item;

      if (question == NULL || question[0] == '\0')
        continue;

      if (number == 0)
        add_heading (self, _("Questions"));
      number++;
      /* Translators: a numbered question in the handout, "1. Which …?" */
      text = g_strdup_printf (_("%u. %s"), number, question);
      item = add_item (self, ITEM_QUESTION, text);
      item->height = text_height (self, MP_TEXT_BODY, text) + ANSWER_LINES * ANSWER_LINE_H;
      item->space_after = 10;
    }
}

static void
add_chart_sources (MpHandout  *self,
                   const char *chart,
                   GPtrArray  *source_ids)
{
  if (g_strcmp0 (chart, "aid") == 0)
    {
      for (guint i = 0; self->countries[i] != NULL; i++)
        {
          GPtrArray *aid = mp_dataset_get_donor_aid (self->dataset, self->countries[i]);

          for (guint j = 0; j < aid->len; j++)
            {
              const MpAid *record = g_ptr_array_index (aid, j);

              if (record->measure == MP_AID_TOTAL_ODA)
                mp_chart_sources_add (source_ids, record->source);
            }
        }
    }
  else if (g_str_has_prefix (chart, "indicator:"))
    {
      const MpIndicator *indicator = mp_dataset_lookup_indicator (self->dataset, chart + strlen ("indicator:"));

      if (indicator != NULL)
        mp_chart_sources_add (source_ids, indicator->source);
    }
}

/* "Sources" and every source cited above it, each in full; with
 * @every_chart, those of the charts left out too. */
static void
add_sources (MpHandout *self,
             GPtrArray *fact_sources,
             GPtrArray *org_sources,
             gboolean   every_chart)
{
  g_ptr_array_set_size (self->sources, 0);
  for (guint i = 0; i < fact_sources->len; i++)
    mp_chart_sources_add (self->sources, g_ptr_array_index (fact_sources, i));
  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);

      if (item->kind == ITEM_CHART && (every_chart || !item->dropped))
        add_chart_sources (self, item->text, self->sources);
    }
  for (guint i = 0; i < org_sources->len; i++)
    mp_chart_sources_add (self->sources, g_ptr_array_index (org_sources, i));

  add_heading (self, _("Sources"));
  for (guint i = 0; i < self->sources->len; i++)
    {
      const MpSource *source = mp_dataset_lookup_source (self->dataset, g_ptr_array_index (self->sources, i));
      g_autofree char *citation = NULL;

      if (source == NULL)
        continue;
      citation = mp_citation_format (source);
      add_text (self, citation, 4);
    }
}

/* Places the items that are not dropped on pages; returns the number of
 * pages. */
static guint
paginate (MpHandout *self)
{
  guint page = 0;
  double y = self->body_top;

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);
      double needed = item->height;

      if (item->dropped)
        continue;
      if (item->kind == ITEM_BREAK)
        {
          if (y > self->body_top)
            {
              page++;
              y = self->body_top;
            }
          continue;
        }

      /* A heading or label stays with what follows it. */
      for (guint j = i + 1; item->keep_with_next && j < self->items->len; j++)
        {
          const Item *next = &g_array_index (self->items, Item, j);

          if (next->dropped)
            continue;
          needed += item->space_after + next->height;
          if (!next->keep_with_next)
            break;
        }

      if (y + needed > self->body_bottom && y > self->body_top)
        {
          page++;
          y = self->body_top;
        }
      item->page = page;
      item->y = y;
      y += item->height + item->space_after;
    }

  return page + 1;
}

/* How many pages the items before @sources_start (the handout without
 * its sources) take, once paginated. */
static guint
body_pages (MpHandout *self,
            guint      sources_start)
{
  guint pages = 1;

  for (guint i = 0; i < sources_start && i < self->items->len; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);

      if (!item->dropped && item->kind != ITEM_BREAK)
        pages = MAX (pages, item->page + 1);
    }

  return pages;
}

/* The handout's title (two lines at most) with the space under it. */
static double
title_height (MpHandout *self)
{
  double line_h = 0;
  double th = 0;

  mp_chart_text_size (&self->style, MP_TEXT_TITLE, self->title, 0, NULL, &line_h);
  mp_chart_paragraph_size (&self->style, MP_TEXT_TITLE, self->title, (int) (self->inner / HEADING_SCALE), 2,
                           NULL, &th);

  return (th + line_h * 0.2) * HEADING_SCALE;
}

MpHandout *
mp_handout_new (const MpHandoutOptions  *options,
                double                   width,
                double                   height,
                GError                 **error)
{
  static const char * const charts[] = { "aid", "indicator:population", "indicator:gdp-per-capita" };
  g_autoptr(MpHandout) self = NULL;
  const MpCountry *countries[MP_MAX_COUNTRIES];
  const char *names[MP_MAX_COUNTRIES];
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = NULL;
  PangoFontDescription *font;
  guint pages = options->pages == 2 ? 2 : 1;
  g_autoptr(GPtrArray) fact_sources = g_ptr_array_new ();
  g_autoptr(GPtrArray) org_sources = g_ptr_array_new ();
  guint sources_start;
  gboolean whole = FALSE;  /* the sources on the pages asked for too */
  guint n = 0;
  double footer_h = 0;
  Item *item;

  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (MP_IS_DATASET (options->dataset), NULL);

  if (!mp_chart_resolve_countries (options->dataset, options->countries, countries, &n, error))
    return NULL;

  self = g_new0 (MpHandout, 1);
  self->dataset = g_object_ref (options->dataset);
  self->countries = g_strdupv ((char **) options->countries);
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->items, item_clear);
  self->sources = g_ptr_array_new ();
  /* Eight cards, narrow, in two rows of four, fit on the first page at
   * the body size without the capital and the area. */
  self->card_facts = mp_cards_facts_for (n);

  /* Paper: a light page, text at BODY_POINTS once drawn at ZOOM. */
  mp_chart_style_init_default (&self->style);
  self->style.paint_background = FALSE;
  font = pango_font_description_copy (self->style.font);
  pango_font_description_set_size (font, (int) (BODY_POINTS * PANGO_SCALE));
  mp_chart_style_set_font (&self->style, font, 72.0 / ZOOM);
  pango_font_description_free (font);

  self->width = width / ZOOM;
  self->height = height / ZOOM;
  self->inner = self->width - 2 * MARGIN;
  mp_chart_metrics_init (&self->metrics, &self->style, self->inner, self->height);

  for (guint i = 0; i < n; i++)
    names[i] = mp_chart_country_name (countries[i]);
  self->title = mp_chart_join_list (names, n);
  today = mp_format_date (&(MpDate) { g_date_time_get_year (now), g_date_time_get_month (now),
                                      g_date_time_get_day_of_month (now) });
  /* Translators: handout subtitle, %s is a date */
  self->subtitle = g_strdup_printf (_("Middle Powers handout · %s"), today);
  self->data_as_of = mp_format_data_as_of (self->dataset);

  mp_chart_text_size (&self->style, MP_TEXT_SMALL, "Page 1", 0, NULL, &footer_h);
  self->body_top = MARGIN;
  self->body_bottom = self->height - MARGIN - footer_h - GAP;

  item = add_item (self, ITEM_HEADER, NULL);
  item->height = title_height (self) + text_height (self, MP_TEXT_SMALL, self->subtitle) + 2;
  item->space_after = GAP;

  if (options->student_fields)
    {
      item = add_item (self, ITEM_STUDENT, NULL);
      item->height = ANSWER_LINE_H;
      item->space_after = GAP;
    }

  for (guint i = 0; i < n; i++)
    {
      MpCountryFact facts[MP_N_FACTS];

      mp_country_facts_compute (self->dataset, countries[i], facts);
      for (guint j = 0; j < MP_N_FACTS; j++)
        if (facts[j].source != NULL && facts[j].text != NULL && (self->card_facts & (1u << j)))
          mp_chart_sources_add (fact_sources, facts[j].source);
      mp_country_facts_clear (facts);
    }

  item = add_item (self, ITEM_CARDS, NULL);
  item->height = mp_cards_measure_height (self->dataset, options->countries, &self->style, self->card_facts,
                                         self->inner + 2 * self->metrics.pad);
  item->space_after = GAP;

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      g_autoptr(MpChart) chart = mp_chart_new (self->dataset, options->countries, charts[i], NULL, NULL);

      /* A chart without a figure (no aid reported by either country)
       * would be a box saying so: the paper is better used. */
      if (chart == NULL || mp_chart_table_get_n_rows (mp_chart_get_table (chart)) == 0)
        continue;
      item = add_item (self, ITEM_CHART, charts[i]);
      item->height = self->inner * CHART_ASPECT;
      item->optional = TRUE;
      item->space_after = GAP;
    }

  if (pages == 2)
    add_item (self, ITEM_BREAK, NULL);

  add_key_organizations (self, countries, n, org_sources);
  add_questions (self, options->lesson);

  /* Everything on the pages asked for, when the lists and sources fit
   * there without the charts; else the handout itself on those pages (or
   * as many as its lists need) and the sources on further ones.  Charts
   * that do not fit are left out, the last first, rather than squashed;
   * the sources (last) are those of what is kept.  The lists, questions
   * and sources are never left out. */
  sources_start = self->items->len;
  for (guint i = 0; i < sources_start; i++)
    g_array_index (self->items, Item, i).dropped = g_array_index (self->items, Item, i).optional;
  add_sources (self, fact_sources, org_sources, TRUE);
  if (paginate (self) <= pages)
    whole = TRUE;
  else
    pages = MAX (pages, body_pages (self, sources_start));
  for (guint i = 0; i < sources_start; i++)
    g_array_index (self->items, Item, i).dropped = FALSE;

  for (;;)
    {
      Item *last_chart = NULL;

      g_array_set_size (self->items, sources_start);
      add_sources (self, fact_sources, org_sources, FALSE);
      self->n_pages = paginate (self);

      for (guint i = 0; i < sources_start; i++)
        {
          item = &g_array_index (self->items, Item, i);
          if (item->optional && !item->dropped)
            last_chart = item;
        }
      if ((whole ? self->n_pages : body_pages (self, sources_start)) <= pages || last_chart == NULL)
        break;
      last_chart->dropped = TRUE;
    }

  return g_steal_pointer (&self);
}

void
mp_handout_free (MpHandout *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->dataset);
  g_strfreev (self->countries);
  mp_chart_style_clear (&self->style);
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->data_as_of);
  g_free (self);
}

guint
mp_handout_get_n_pages (const MpHandout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_pages;
}

double
mp_handout_get_body_size (const MpHandout *self)
{
  PangoLayout *layout;
  const PangoFontDescription *font;
  double size;

  g_return_val_if_fail (self != NULL, 0);

  /* From the layout the body text is drawn with. */
  layout = mp_chart_style_get_layout (&self->style, MP_TEXT_BODY, "x", 0);
  font = pango_layout_get_font_description (layout);
  if (font == NULL)
    font = pango_context_get_font_description (pango_layout_get_context (layout));
  size = (double) pango_font_description_get_size (font) / PANGO_SCALE;
  if (!pango_font_description_get_size_is_absolute (font))
    size *= pango_cairo_context_get_resolution (pango_layout_get_context (layout)) / 72.0;

  /* Layout pixels to points. */
  return size * ZOOM;
}

GStrv
mp_handout_dup_charts (const MpHandout *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);

      if (item->kind == ITEM_CHART && !item->dropped)
        g_strv_builder_add (builder, item->text);
    }

  return g_strv_builder_end (builder);
}

static void
draw_heading (MpHandout  *self,
              cairo_t    *cr,
              const char *text,
              double      y)
{
  cairo_save (cr);
  cairo_translate (cr, MARGIN, y);
  cairo_scale (cr, HEADING_SCALE, HEADING_SCALE);
  mp_chart_draw_text (cr, &self->style, MP_TEXT_TITLE, text, (int) (self->inner / HEADING_SCALE),
                      0, 0, 0, 0, &self->style.fg, 1);
  cairo_restore (cr);
}

static void
draw_rule (MpHandout *self,
           cairo_t   *cr,
           double     x0,
           double     x1,
           double     y)
{
  mp_color_set_source (cr, &self->style.fg, 0.55);
  mp_chart_hline (cr, x0, x1, y);
  cairo_fill (cr);
}

/* "Name ______  Class ______  Date ______" */
static void
draw_student_fields (MpHandout *self,
                     cairo_t   *cr,
                     double     y)
{
  const char *labels[] = {
    /* Translators: a field on the handout for the student to fill in */
    C_("handout", "Name"),
    /* Translators: a field on the handout for the student to fill in (school class) */
    C_("handout", "Class"),
    /* Translators: a field on the handout for the student to fill in */
    C_("handout", "Date"),
  };
  const double shares[] = { 0.5, 0.25, 0.25 };
  double x = MARGIN;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      double w = self->inner * shares[i];
      double tw = 0;
      double th = 0;

      mp_chart_text_size (&self->style, MP_TEXT_STRONG, labels[i], 0, &tw, &th);
      mp_chart_draw_text (cr, &self->style, MP_TEXT_STRONG, labels[i], 0,
                          x, y + ANSWER_LINE_H - 4, 0, 1, &self->style.fg, 1);
      draw_rule (self, cr, x + tw + 6, x + w - 16, y + ANSWER_LINE_H - 4);
      x += w;
    }
}

static void
draw_footer (MpHandout *self,
             cairo_t   *cr,
             guint      page)
{
  /* Translators: the page number in the handout's footer */
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, self->n_pages);
  double y = self->height - MARGIN;

  mp_color_set_source (cr, &self->style.fg, 0.3);
  mp_chart_hline (cr, MARGIN, self->width - MARGIN, self->body_bottom + GAP / 2);
  cairo_fill (cr);

  if (self->data_as_of != NULL)
    {
      g_autofree char *left = g_strdup_printf ("%s · %s", _("Middle Powers"), self->data_as_of);

      mp_chart_draw_text (cr, &self->style, MP_TEXT_SMALL, left, (int) (self->inner * 0.7),
                          MARGIN, y, 0, 1, &self->style.fg, 0.75);
    }
  mp_chart_draw_text (cr, &self->style, MP_TEXT_SMALL, number, 0,
                      self->width - MARGIN, y, 1, 1, &self->style.fg, 0.75);
}

void
mp_handout_render_page (MpHandout *self,
                        cairo_t   *cr,
                        guint      page)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, ZOOM, ZOOM);

  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);

      if (item->dropped || item->page != page || item->kind == ITEM_BREAK)
        continue;

      switch (item->kind)
        {
        case ITEM_HEADER:
          /* The title wraps: eight countries' names take two lines. */
          cairo_save (cr);
          cairo_translate (cr, MARGIN, item->y);
          cairo_scale (cr, HEADING_SCALE, HEADING_SCALE);
          mp_chart_draw_paragraph (cr, &self->style, MP_TEXT_TITLE, self->title,
                                   (int) (self->inner / HEADING_SCALE), 2, 0, 0, 0, 0, &self->style.fg, 1);
          cairo_restore (cr);
          draw_paragraph (self, cr, MP_TEXT_SMALL, self->subtitle, item->y + title_height (self), 0.75);
          break;

        case ITEM_STUDENT:
          draw_student_fields (self, cr, item->y);
          break;

        case ITEM_CARDS:
          cairo_save (cr);
          cairo_translate (cr, MARGIN - self->metrics.pad, item->y);
          mp_cards_render (cr, self->dataset, (const char * const *) self->countries, &self->style,
                           self->card_facts, self->inner + 2 * self->metrics.pad, item->height,
                           FALSE, NULL, NULL);
          cairo_restore (cr);
          break;

        case ITEM_CHART:
          {
            MpChartMetrics chart;

            /* The chart's own padding in the margin, its text in line
             * with the rest. */
            mp_chart_metrics_init (&chart, &self->style, self->inner + 2 * self->metrics.pad, item->height);
            cairo_save (cr);
            cairo_translate (cr, MARGIN - chart.pad, item->y);
            mp_chart_render_by_name (cr, self->dataset, (const char * const *) self->countries, item->text,
                                     &self->style, self->inner + 2 * chart.pad, item->height, NULL);
            cairo_restore (cr);
          }
          break;

        case ITEM_HEADING:
          draw_heading (self, cr, item->text, item->y);
          break;

        case ITEM_LABEL:
          draw_paragraph (self, cr, MP_TEXT_STRONG, item->text, item->y, 1);
          break;

        case ITEM_TEXT:
          draw_paragraph (self, cr, MP_TEXT_BODY, item->text, item->y, 0.9);
          break;

        case ITEM_QUESTION:
          {
            double th = text_height (self, MP_TEXT_BODY, item->text);

            draw_paragraph (self, cr, MP_TEXT_BODY, item->text, item->y, 1);
            for (guint l = 1; l <= ANSWER_LINES; l++)
              draw_rule (self, cr, MARGIN, self->width - MARGIN, item->y + th + l * ANSWER_LINE_H - 4);
          }
          break;

        case ITEM_ROW:
          {
            const char *cells[] = { item->text, item->text2 };

            for (guint c = 0; c < G_N_ELEMENTS (cells) && cells[c] != NULL; c++)
              {
                g_autoptr(PangoLayout) layout = column_layout (self, MP_TEXT_BODY, cells[c], column_width (self));
                double x = MARGIN + c * (self->inner + COLUMN_GAP) / 2;

                mp_chart_draw_text (cr, &self->style, MP_TEXT_BODY, "•", 0, x + 2, item->y,
                                    0, 0, &self->style.fg, 0.6);
                cairo_save (cr);
                cairo_move_to (cr, x + BULLET_W, item->y);
                mp_color_set_source (cr, &self->style.fg, 0.9);
                pango_cairo_show_layout (cr, layout);
                cairo_restore (cr);
              }
          }
          break;

        case ITEM_BREAK:
        default:
          break;
        }
    }

  draw_footer (self, cr, page);
  cairo_restore (cr);
}
