/* mp-dataset-loader.c
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

#include <fcntl.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mp-dataset-loader.h"
#include "mp-dataset-cache.h"
#include "mp-dataset-private.h"
#include "mp-dataset-schema.h"
#include "mp-date-private.h"
#include "mp-json-check.h"
#include "mp-read.h"
#include "mp-flag-resources.h"
#include "mp-resources.h"

#define BUNDLED_PATH RESOURCE_PREFIX "/datasets/middle-powers.json"
#define BUNDLED_CACHE_PATH RESOURCE_PREFIX "/datasets/middle-powers.cache"
#define FORMAT_NAME  "middle-powers-dataset"

/* How often (in records) a long walk checks for cancellation. */
#define CANCEL_CHECK_INTERVAL 256

typedef struct
{
  char     *display_name;
  GFile    *file;          /* nullable */
  GBytes   *bytes;         /* nullable */
  gboolean  bundled;
} Input;

struct _MpDatasetLoader
{
  GObject    parent_instance;

  GPtrArray *inputs;       /* Input* */
  GPtrArray *problems;     /* MpProblem* of the last load */
  guint      n_errors;
  int        busy;         /* atomic: an async load runs */
};

G_DEFINE_FINAL_TYPE (MpDatasetLoader, mp_dataset_loader, G_TYPE_OBJECT)

G_DEFINE_QUARK (mp-dataset-loader-error-quark, mp_dataset_loader_error)

/* A problem with its place in document order. */
typedef struct
{
  guint      file_index;
  guint      seq;
  MpProblem *problem;
} Entry;

/* A reference to a record not (yet) loaded: checked when all files are. */
typedef struct
{
  MpRecordKind  kind;
  const char   *id;
  guint         file_index;
  guint         seq;
  const char   *display_name;
  char         *path;
} Deferred;

typedef struct
{
  MpDataset    *dataset;
  GArray       *entries;     /* Entry */
  GArray       *deferred;    /* Deferred */
  guint         n_errors;
  guint         seq;
  GCancellable *cancellable;
  gboolean      cancelled;

  /* The file being read */
  guint         file_index;
  const char   *display_name;
  GFile        *directory;   /* for relative flag paths, nullable */
  GString      *path;        /* JSON path of the node being read */
} Load;

typedef struct
{
  const char *(*name) (guint value);
  guint         n_values;
} EnumInfo;

static const char *section_names[MP_N_RECORD_KINDS] = {
  "sources", "countries", "organizations", "memberships", "aid", "indicators",
};

static void
input_free (Input *input)
{
  g_free (input->display_name);
  g_clear_object (&input->file);
  g_clear_pointer (&input->bytes, g_bytes_unref);
  g_free (input);
}

static void
entry_clear (Entry *entry)
{
  g_clear_pointer (&entry->problem, mp_problem_free);
}

static void
deferred_clear (Deferred *deferred)
{
  g_clear_pointer (&deferred->path, g_free);
}

/* Enums */

static const char *
value_status_name (guint value)
{
  return mp_value_status_to_string ((MpValueStatus) value);
}

static const char *
org_kind_name (guint value)
{
  return mp_org_kind_to_string ((MpOrgKind) value);
}

static const char *
membership_status_name (guint value)
{
  return mp_membership_status_to_string ((MpMembershipStatus) value);
}

static const char *
precision_name (guint value)
{
  return mp_precision_to_string ((MpPrecision) value);
}

static const char *
aid_measure_name (guint value)
{
  return mp_aid_measure_to_string ((MpAidMeasure) value);
}

static const char *
unit_name (guint value)
{
  return mp_unit_to_string ((MpUnit) value);
}

static const EnumInfo value_status_enum = { value_status_name, MP_VALUE_STATEMENT + 1 };
static const EnumInfo org_kind_enum = { org_kind_name, MP_ORG_CULTURAL + 1 };
static const EnumInfo membership_status_enum = { membership_status_name, MP_MEMBERSHIP_CHAIR + 1 };
static const EnumInfo precision_enum = { precision_name, MP_PRECISION_YEAR_ONLY + 1 };
static const EnumInfo aid_measure_enum = { aid_measure_name, MP_AID_CUMULATIVE + 1 };
static const EnumInfo unit_enum = { unit_name, MP_UNIT_KM2 + 1 };

/* Paths and problems */

static gsize
path_push_name (Load       *load,
                const char *name)
{
  gsize length = load->path->len;

  _mp_json_path_append_name (load->path, name, -1);

  return length;
}

static gsize
path_push_index (Load  *load,
                 guint  index)
{
  gsize length = load->path->len;
  char digits[16];
  guint n = 0;

  /* Called for every record and series point: no printf. */
  do
    {
      digits[n++] = (char) ('0' + index % 10);
      index /= 10;
    }
  while (index > 0);

  g_string_append_c (load->path, '[');
  while (n > 0)
    g_string_append_c (load->path, digits[--n]);
  g_string_append_c (load->path, ']');

  return length;
}

static void
path_pop (Load  *load,
          gsize  length)
{
  g_string_truncate (load->path, length);
}

static void
add_problem (Load              *load,
             MpProblemSeverity  severity,
             guint              file_index,
             guint              seq,
             const char        *display_name,
             const char        *path,
             int                line,
             int                column,
             const char        *message)
{
  Entry entry;

  entry.file_index = file_index;
  entry.seq = seq;
  entry.problem = mp_problem_new (severity, display_name, path, line, column, message);
  g_array_append_val (load->entries, entry);

  if (severity == MP_PROBLEM_ERROR)
    load->n_errors++;
}

/* A problem with the whole file (path NULL), at a line if @line > 0. */
static void
file_error (Load       *load,
            int         line,
            int         column,
            const char *message)
{
  add_problem (load, MP_PROBLEM_ERROR, load->file_index, load->seq++, load->display_name,
               NULL, line, column, message);
}

static void
report_valist (Load              *load,
               MpProblemSeverity  severity,
               const char        *field,
               const char        *format,
               va_list            args) G_GNUC_PRINTF (4, 0);

static void
report_valist (Load              *load,
               MpProblemSeverity  severity,
               const char        *field,
               const char        *format,
               va_list            args)
{
  g_autofree char *message = NULL;
  gsize length = load->path->len;

  if (field != NULL)
    _mp_json_path_append_name (load->path, field, -1);

  message = g_strdup_vprintf (format, args);
  add_problem (load, severity, load->file_index, load->seq++, load->display_name,
               load->path->str, 0, 0, message);

  path_pop (load, length);
}

/* An error at the current path, or at its member @field. */
static void
report (Load       *load,
        const char *field,
        const char *format,
        ...) G_GNUC_PRINTF (3, 4);

static void
report (Load       *load,
        const char *field,
        const char *format,
        ...)
{
  va_list args;

  va_start (args, format);
  report_valist (load, MP_PROBLEM_ERROR, field, format, args);
  va_end (args);
}

static void
warn (Load       *load,
      const char *field,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static void
warn (Load       *load,
      const char *field,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  report_valist (load, MP_PROBLEM_WARNING, field, format, args);
  va_end (args);
}

/* What a node holds, for "expected …, got …" messages. */
static char *
describe_node (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return g_strdup (_("an object"));

    case JSON_NODE_ARRAY:
      return g_strdup (_("an array"));

    case JSON_NODE_NULL:
      return g_strdup ("null");

    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      {
        const char *string = json_node_get_string (node);
        glong length = g_utf8_strlen (string, -1);

        if (length > 40)
          {
            const char *end = g_utf8_offset_to_pointer (string, 40);

            return g_strdup_printf ("\"%.*s…\"", (int) (end - string), string);
          }
        return g_strdup_printf ("\"%s\"", string);
      }

    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

    case G_TYPE_DOUBLE:
      {
        double value = json_node_get_double (node);
        char buffer[G_ASCII_DTOSTR_BUF_SIZE];

        if (!isfinite (value))
          return g_strdup (_("a number too large to store"));

        return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
      }

    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? "true" : "false");

    default:
      return g_strdup ("?");
    }
}

static void
type_error (Load       *load,
            const char *field,
            JsonNode   *node,
            const char *expected)
{
  g_autofree char *got = describe_node (node);

  /* Translators: "expected a date like 1992-03-02, got "March 1992"" */
  report (load, field, _("expected %s, got %s"), expected, got);
}

/* Fields */

static guint
edit_distance (const char *a,
               const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  guint row[64];

  if (la >= G_N_ELEMENTS (row) || lb >= G_N_ELEMENTS (row))
    return G_MAXUINT;

  for (gsize j = 0; j <= lb; j++)
    row[j] = (guint) j;

  for (gsize i = 1; i <= la; i++)
    {
      guint diagonal = row[0];

      row[0] = (guint) i;
      for (gsize j = 1; j <= lb; j++)
        {
          guint above = row[j];
          guint cost = g_ascii_tolower (a[i - 1]) == g_ascii_tolower (b[j - 1]) ? 0 : 1;

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
        }
    }

  return row[lb];
}

static const char *
suggest_field (const char    *name,
               const MpField *fields,
               guint          n_fields)
{
  const char *best = NULL;
  guint best_distance = 3;

  if (strlen (name) < 3)
    return NULL;

  for (guint i = 0; i < n_fields; i++)
    {
      guint distance = edit_distance (name, fields[i].name);

      if (distance < best_distance)
        {
          best = fields[i].name;
          best_distance = distance;
        }
    }

  return best;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Fills @slots with the members named in @fields (NULL when absent) and
 * returns the other member names, sorted, or NULL. */
static GPtrArray *
collect_fields (JsonObject    *object,
                const MpField *fields,
                guint          n_fields,
                JsonNode     **slots)
{
  GPtrArray *unknown = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  memset (slots, 0, n_fields * sizeof (JsonNode *));

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &value))
    {
      guint i;

      for (i = 0; i < n_fields; i++)
        {
          if (strcmp (fields[i].name, name) == 0)
            break;
        }

      if (i < n_fields)
        {
          slots[i] = value;
        }
      else
        {
          if (unknown == NULL)
            unknown = g_ptr_array_new ();
          g_ptr_array_add (unknown, (gpointer) name);
        }
    }

  if (unknown != NULL)
    g_ptr_array_sort (unknown, compare_strings);

  return unknown;
}

/* Warns about unknown members, then reports missing required ones. */
static void
report_fields (Load          *load,
               const MpField *fields,
               guint          n_fields,
               JsonNode     **slots,
               GPtrArray     *unknown)
{
  for (guint i = 0; unknown != NULL && i < unknown->len; i++)
    {
      const char *name = g_ptr_array_index (unknown, i);
      const char *suggestion = suggest_field (name, fields, n_fields);

      if (suggestion != NULL)
        warn (load, NULL, _("unknown field \"%s\" is ignored (did you mean \"%s\"?)"), name, suggestion);
      else
        warn (load, NULL, _("unknown field \"%s\" is ignored"), name);
    }

  for (guint i = 0; i < n_fields; i++)
    {
      if (fields[i].required && slots[i] == NULL)
        report (load, NULL, _("missing required field \"%s\""), fields[i].name);
    }
}

/* For a record at the current path: checks it is an object, fills
 * @slots and reports unknown and missing fields. */
static gboolean
read_fields (Load          *load,
             JsonNode      *node,
             const MpField *fields,
             guint          n_fields,
             JsonNode     **slots)
{
  g_autoptr(GPtrArray) unknown = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      type_error (load, NULL, node, _("an object"));
      return FALSE;
    }

  unknown = collect_fields (json_node_get_object (node), fields, n_fields, slots);
  report_fields (load, fields, n_fields, slots, unknown);

  return TRUE;
}

/* Values */

static const char *
get_string (JsonNode *node)
{
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);

  return NULL;
}

static gboolean
get_number (JsonNode *node,
            double   *out_value)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      *out_value = (double) json_node_get_int (node);
      return TRUE;

    case G_TYPE_DOUBLE:
      *out_value = json_node_get_double (node);
      return TRUE;

    default:
      return FALSE;
    }
}

/* A non-empty string, copied into the dataset. */
static gboolean
read_string (Load        *load,
             const char  *field,
             JsonNode    *node,
             const char **out_string)
{
  const char *string;

  if (node == NULL)
    return FALSE;

  string = get_string (node);
  if (string == NULL)
    {
      type_error (load, field, node, _("a string"));
      return FALSE;
    }

  if (string[0] == '\0')
    {
      report (load, field, _("must not be empty"));
      return FALSE;
    }

  *out_string = _mp_dataset_strdup (load->dataset, string);
  return TRUE;
}

/* An array of non-empty strings, kept as one string of lines (no
 * string may hold a line break). */
static gboolean
read_string_list (Load        *load,
                  const char  *field,
                  JsonNode    *node,
                  const char **out_lines)
{
  g_autoptr(GString) lines = g_string_new (NULL);
  JsonArray *array;
  gboolean ok = TRUE;
  gsize length;

  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      type_error (load, field, node, _("an array of strings"));
      return FALSE;
    }

  array = json_node_get_array (node);
  length = path_push_name (load, field);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *string = get_string (element);
      gsize item = path_push_index (load, i);

      if (string == NULL || string[0] == '\0' || strchr (string, '\n') != NULL)
        {
          type_error (load, NULL, element, _("a non-empty string on one line"));
          ok = FALSE;
        }
      else
        {
          if (lines->len > 0)
            g_string_append_c (lines, '\n');
          g_string_append (lines, string);
        }
      path_pop (load, item);
    }
  path_pop (load, length);

  if (!ok || lines->len == 0)
    return FALSE;

  *out_lines = _mp_dataset_strdup (load->dataset, lines->str);
  return TRUE;
}

static gboolean
is_valid_id (const char *id)
{
  if (*id == '\0')
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p) && strchr ("-_.:", *p) == NULL)
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_id_syntax (Load       *load,
                 const char *field,
                 JsonNode   *node,
                 const char *id)
{
  if (id == NULL)
    {
      type_error (load, field, node, _("a string"));
      return FALSE;
    }

  if (id[0] == '\0')
    {
      report (load, field, _("must not be empty"));
      return FALSE;
    }

  if (!is_valid_id (id))
    {
      g_autofree char *got = describe_node (node);

      report (load, field, _("expected an id (letters, digits, \"-\", \"_\", \".\" and \":\"), got %s"), got);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_id (Load        *load,
         const char  *field,
         JsonNode    *node,
         const char **out_id)
{
  const char *id;

  if (node == NULL)
    return FALSE;

  id = get_string (node);
  if (!check_id_syntax (load, field, node, id))
    return FALSE;

  *out_id = _mp_dataset_intern (load->dataset, id);
  return TRUE;
}

static gboolean
is_upper_code (const char *code,
               gsize       length)
{
  for (gsize i = 0; i < length; i++)
    {
      if (code[i] < 'A' || code[i] > 'Z')
        return FALSE;
    }

  return code[length] == '\0';
}

/* ISO 3166-1 alpha-2 (@length 2) or alpha-3 (3), upper case. */
static gboolean
read_country_code (Load        *load,
                   const char  *field,
                   JsonNode    *node,
                   gsize        length,
                   const char **out_code)
{
  const char *code;

  if (node == NULL)
    return FALSE;

  code = get_string (node);
  if (code == NULL || strlen (code) != length || !is_upper_code (code, length))
    {
      if (length == 2)
        type_error (load, field, node, _("an upper-case two-letter country code like \"KZ\""));
      else
        type_error (load, field, node, _("an upper-case three-letter country code like \"KAZ\""));
      return FALSE;
    }

  *out_code = _mp_dataset_intern (load->dataset, code);
  return TRUE;
}

static const char *
month_name (guint month)
{
  switch (month)
    {
    case 1:  return C_("month", "January");
    case 2:  return C_("month", "February");
    case 3:  return C_("month", "March");
    case 4:  return C_("month", "April");
    case 5:  return C_("month", "May");
    case 6:  return C_("month", "June");
    case 7:  return C_("month", "July");
    case 8:  return C_("month", "August");
    case 9:  return C_("month", "September");
    case 10: return C_("month", "October");
    case 11: return C_("month", "November");
    case 12: return C_("month", "December");
    default: return "?";
    }
}

static gboolean
check_date (Load       *load,
            const char *field,
            JsonNode   *node,
            MpDate     *out_date)
{
  const char *text = get_string (node);
  MpDate date;

  if (text == NULL)
    {
      type_error (load, field, node, _("a date like 1992-03-02"));
      return FALSE;
    }

  switch (_mp_date_parse_checked (text, &date))
    {
    case MP_DATE_OK:
      *out_date = date;
      return TRUE;

    case MP_DATE_ERROR_SYNTAX:
      type_error (load, field, node, _("a date like 1992-03-02"));
      return FALSE;

    case MP_DATE_ERROR_YEAR:
      report (load, field, _("the year %d is out of range (%d to %d)"),
              date.year, MP_DATE_MIN_YEAR, MP_DATE_MAX_YEAR);
      return FALSE;

    case MP_DATE_ERROR_MONTH:
      report (load, field, _("\"%s\" is not a real date: there is no month %u"), text, date.month);
      return FALSE;

    case MP_DATE_ERROR_DAY:
    default:
      report (load, field, _("\"%s\" is not a real date: %s %d has %u days"), text,
              month_name (date.month), date.year, _mp_date_days_in_month (date.year, date.month));
      return FALSE;
    }
}

static gboolean
read_date (Load       *load,
           const char *field,
           JsonNode   *node,
           MpDate     *out_date)
{
  if (node == NULL)
    return FALSE;

  return check_date (load, field, node, out_date);
}

static gboolean
check_year (Load       *load,
            const char *field,
            JsonNode   *node,
            int        *out_year)
{
  double value;

  if (!get_number (node, &value) || value != floor (value))
    {
      type_error (load, field, node, _("a year (a whole number like 2020)"));
      return FALSE;
    }

  if (value < MP_DATE_MIN_YEAR || value > MP_DATE_MAX_YEAR)
    {
      g_autofree char *got = describe_node (node);

      report (load, field, _("the year %s is out of range (%d to %d)"), got, MP_DATE_MIN_YEAR, MP_DATE_MAX_YEAR);
      return FALSE;
    }

  *out_year = (int) value;
  return TRUE;
}

static gboolean
read_year (Load       *load,
           const char *field,
           JsonNode   *node,
           int        *out_year)
{
  if (node == NULL)
    return FALSE;

  return check_year (load, field, node, out_year);
}

static gboolean
read_boolean (Load       *load,
              const char *field,
              JsonNode   *node,
              gboolean   *out_value)
{
  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      type_error (load, field, node, _("true or false"));
      return FALSE;
    }

  *out_value = json_node_get_boolean (node);
  return TRUE;
}

/* A rank: a whole number from 1 to 999. */
static gboolean
read_rank (Load       *load,
           const char *field,
           JsonNode   *node,
           int        *out_rank)
{
  double value;

  if (node == NULL)
    return FALSE;

  if (!get_number (node, &value) || value != floor (value) || value < 1 || value > 999)
    {
      type_error (load, field, node, _("a rank (a whole number from 1 to 999)"));
      return FALSE;
    }

  *out_rank = (int) value;
  return TRUE;
}

/* A finite number; 0 or more if @non_negative. */
static gboolean
read_number (Load       *load,
             const char *field,
             JsonNode   *node,
             gboolean    non_negative,
             double     *out_value)
{
  double value;

  if (node == NULL)
    return FALSE;

  if (!get_number (node, &value) || !isfinite (value) || (non_negative && value < 0))
    {
      type_error (load, field, node, non_negative ? _("an amount of 0 or more") : _("a finite number"));
      return FALSE;
    }

  *out_value = value;
  return TRUE;
}

static gboolean
read_enum (Load           *load,
           const char     *field,
           JsonNode       *node,
           const EnumInfo *info,
           guint          *out_value)
{
  const char *string;
  g_autoptr(GString) allowed = NULL;
  g_autofree char *got = NULL;

  if (node == NULL)
    return FALSE;

  string = get_string (node);
  if (string != NULL)
    {
      for (guint i = 0; i < info->n_values; i++)
        {
          if (strcmp (info->name (i), string) == 0)
            {
              *out_value = i;
              return TRUE;
            }
        }
    }

  allowed = g_string_new (NULL);
  for (guint i = 0; i < info->n_values; i++)
    {
      if (i > 0)
        g_string_append (allowed, ", ");
      g_string_append (allowed, info->name (i));
    }

  got = describe_node (node);
  report (load, field, _("expected one of %s; got %s"), allowed->str, got);

  return FALSE;
}

static gboolean
read_url (Load        *load,
          const char  *field,
          JsonNode    *node,
          const char **out_url)
{
  const char *url;

  if (node == NULL)
    return FALSE;

  url = get_string (node);
  if (url == NULL ||
      !((g_str_has_prefix (url, "https://") && url[8] != '\0') ||
        (g_str_has_prefix (url, "http://") && url[7] != '\0')))
    {
      type_error (load, field, node, _("a web address starting with https:// or http://"));
      return FALSE;
    }

  *out_url = _mp_dataset_strdup (load->dataset, url);
  return TRUE;
}

static gboolean
is_language_code (const char *code)
{
  const char *p = code;
  gsize n = 0;

  /* "en", "kk", "ast", "pt-BR", "zh_Hant" */
  while (*p >= 'a' && *p <= 'z')
    {
      p++;
      n++;
    }
  if (n < 2 || n > 3)
    return FALSE;

  while (*p == '-' || *p == '_')
    {
      p++;
      n = 0;
      while (g_ascii_isalnum (*p))
        {
          p++;
          n++;
        }
      if (n < 2 || n > 8)
        return FALSE;
    }

  return *p == '\0';
}

static gboolean
read_text (Load        *load,
           const char  *field,
           JsonNode    *node,
           MpText     **out_text)
{
  g_autoptr(GList) names = NULL;
  JsonObject *object;
  MpText *text;
  gboolean ok = TRUE;
  gboolean has_english = FALSE;
  gsize length;

  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      type_error (load, field, node, _("translations like {\"en\": \"Kazakhstan\", \"kk\": \"Қазақстан\"}"));
      return FALSE;
    }

  object = json_node_get_object (node);
  text = _mp_dataset_new_text (load->dataset);
  length = path_push_name (load, field);

  names = json_object_get_members (object);
  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *lang = l->data;
      JsonNode *value = json_object_get_member (object, lang);
      const char *string = get_string (value);

      if (!is_language_code (lang))
        {
          report (load, lang, _("\"%s\" is not a language code like \"en\", \"kk\" or \"pt-BR\""), lang);
          ok = FALSE;
        }
      else if (string == NULL)
        {
          type_error (load, lang, value, _("a string"));
          ok = FALSE;
        }
      else if (string[0] == '\0')
        {
          report (load, lang, _("must not be empty"));
          ok = FALSE;
        }
      else
        {
          mp_text_set (text, lang, string);
          if (strcmp (lang, "en") == 0)
            has_english = TRUE;
        }
    }

  path_pop (load, length);

  if (!has_english && json_object_get_member (object, "en") == NULL)
    {
      report (load, field, _("missing the English text (\"en\")"));
      ok = FALSE;
    }

  *out_text = text;
  return ok;
}

static char *
unknown_reference_message (MpRecordKind  kind,
                           const char   *id)
{
  switch (kind)
    {
    case MP_RECORD_SOURCE:
      return g_strdup_printf (_("unknown source \"%s\""), id);
    case MP_RECORD_COUNTRY:
      return g_strdup_printf (_("unknown country \"%s\""), id);
    case MP_RECORD_ORGANIZATION:
      return g_strdup_printf (_("unknown organization \"%s\""), id);
    case MP_RECORD_MEMBERSHIP:
    case MP_RECORD_AID:
    case MP_RECORD_INDICATOR:
    case MP_N_RECORD_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* Resolves a reference now, or later when all files are read. */
static const char *
check_reference (Load         *load,
                 const char   *field,
                 MpRecordKind  kind,
                 const char   *id)
{
  Deferred deferred;
  const char *known;
  gsize length;

  known = _mp_dataset_find_id (load->dataset, kind, id);
  if (known != NULL)
    return known;

  id = _mp_dataset_intern (load->dataset, id);

  length = load->path->len;
  if (field != NULL)
    _mp_json_path_append_name (load->path, field, -1);

  deferred.kind = kind;
  deferred.id = id;
  deferred.file_index = load->file_index;
  deferred.seq = load->seq++;
  deferred.display_name = load->display_name;
  deferred.path = g_strdup (load->path->str);
  g_array_append_val (load->deferred, deferred);

  path_pop (load, length);

  return id;
}

static gboolean
read_reference (Load          *load,
                const char    *field,
                JsonNode      *node,
                MpRecordKind   kind,
                const char   **out_id)
{
  const char *id;

  if (node == NULL)
    return FALSE;

  id = get_string (node);
  if (!check_id_syntax (load, field, node, id))
    return FALSE;

  *out_id = check_reference (load, field, kind, id);
  return TRUE;
}

/* A text fact's value: a string (its English), or the value in several
 * languages as a text is written ({"en": "Astana", "kk": "Астана"}). */
static gboolean
read_fact_text (Load       *load,
                JsonNode   *node,
                MpFact     *fact)
{
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    {
      gboolean ok = read_text (load, "value", node, &fact->texts);

      if (fact->texts != NULL)
        fact->text = mp_text_get (fact->texts, "en");
      return ok && fact->text != NULL;
    }

  if (!read_string (load, "value", node, &fact->text))
    return FALSE;

  fact->texts = _mp_dataset_new_text (load->dataset);
  mp_text_set (fact->texts, "en", fact->text);
  return TRUE;
}

static gboolean
read_fact (Load        *load,
           const char  *field,
           JsonNode    *node,
           MpFieldType  type,
           MpFact      *out_fact)
{
  JsonNode *slots[MP_FACT_N_FIELDS];
  MpFact fact = { 0, };
  gboolean ok = TRUE;
  guint status = MP_VALUE_FINAL;
  gsize length;

  if (node == NULL)
    return FALSE;

  length = path_push_name (load, field);

  if (!read_fields (load, node, mp_fact_fields (type), MP_FACT_N_FIELDS, slots))
    {
      path_pop (load, length);
      return FALSE;
    }

  if (type == MP_FIELD_FACT_TEXT)
    ok &= read_fact_text (load, slots[MP_FACT_FIELD_VALUE], &fact);
  else if (type == MP_FIELD_FACT_NUMBER)
    ok &= read_number (load, "value", slots[MP_FACT_FIELD_VALUE], TRUE, &fact.number);
  else if (slots[MP_FACT_FIELD_VALUE] != NULL)
    ok &= read_date (load, "value", slots[MP_FACT_FIELD_VALUE], &fact.date);
  else if (slots[MP_FACT_FIELD_NOTE] == NULL)
    {
      /* No date: the note must say what the source gives instead. */
      report (load, NULL, _("missing required field \"%s\""), "value");
      ok = FALSE;
    }

  ok &= read_reference (load, "source", slots[MP_FACT_FIELD_SOURCE], MP_RECORD_SOURCE, &fact.source);
  if (slots[MP_FACT_FIELD_STATUS] != NULL)
    ok &= read_enum (load, "status", slots[MP_FACT_FIELD_STATUS], &value_status_enum, &status);
  if (slots[MP_FACT_FIELD_YEAR] != NULL)
    ok &= read_year (load, "year", slots[MP_FACT_FIELD_YEAR], &fact.year);
  if (slots[MP_FACT_FIELD_NOTE] != NULL)
    ok &= read_string (load, "note", slots[MP_FACT_FIELD_NOTE], &fact.note);

  path_pop (load, length);

  fact.status = status;
  fact.present = TRUE;
  *out_fact = fact;

  return ok;
}

/* Adds a record read at $.<section>[@index] unless its id is taken in
 * this file. */
static void
register_record (Load         *load,
                 MpRecordKind  kind,
                 guint         index,
                 gpointer      record,
                 MpSeries     *series,
                 guint         n_series)
{
  guint first;
  MpPutResult result;

  if (kind == MP_RECORD_INDICATOR)
    result = _mp_dataset_put_indicator (load->dataset, record, series, n_series, load->file_index, index, &first);
  else
    result = _mp_dataset_put (load->dataset, kind, record, load->file_index, index, &first);

  if (result == MP_PUT_DUPLICATE)
    {
      g_autofree char *where = g_strdup_printf ("$.%s[%u]", section_names[kind], first);

      report (load, "id", _("duplicate id \"%s\" (already used at %s)"), *(const char **) record, where);
    }
}

/* Records */

static void
read_source (Load     *load,
             JsonNode *node,
             guint     index)
{
  JsonNode *slots[MP_SOURCE_N_FIELDS];
  MpSource *source;
  gboolean has_id;

  if (!read_fields (load, node, mp_source_fields, MP_SOURCE_N_FIELDS, slots))
    return;

  source = _mp_dataset_new0 (load->dataset, MpSource, 1);
  has_id = read_id (load, "id", slots[MP_SOURCE_FIELD_ID], &source->id);
  read_string (load, "title", slots[MP_SOURCE_FIELD_TITLE], &source->title);
  read_string (load, "publisher", slots[MP_SOURCE_FIELD_PUBLISHER], &source->publisher);
  read_url (load, "url", slots[MP_SOURCE_FIELD_URL], &source->url);
  read_date (load, "retrieved", slots[MP_SOURCE_FIELD_RETRIEVED], &source->retrieved);
  if (slots[MP_SOURCE_FIELD_RETRIEVED_UNKNOWN] != NULL)
    {
      JsonNode *unknown = slots[MP_SOURCE_FIELD_RETRIEVED_UNKNOWN];

      if (JSON_NODE_HOLDS_VALUE (unknown) && json_node_get_value_type (unknown) == G_TYPE_BOOLEAN)
        source->retrieved_unknown = json_node_get_boolean (unknown);
      else
        type_error (load, "retrieved_unknown", unknown, _("true or false"));
    }
  read_string (load, "licence", slots[MP_SOURCE_FIELD_LICENCE], &source->licence);
  read_string (load, "note", slots[MP_SOURCE_FIELD_NOTE], &source->note);

  if (has_id)
    register_record (load, MP_RECORD_SOURCE, index, source, NULL, 0);
}

/* A flag is read when a card shows it, by an image loader that goes by
 * the file's content: a dataset from anywhere may only name a small SVG
 * or PNG file in its own folder (or a bundled flag). */
#define FLAG_RESOURCE_PREFIX RESOURCE_PREFIX "/flags/"
#define MAX_FLAG_BYTES (1024 * 1024)

static gboolean
has_flag_content (const char *path,
                  gboolean    png)
{
  static const char png_signature[] = "\x89PNG\r\n\x1a\n";
  char head[4096];
  ssize_t n;
  int fd;

  /* Non-blocking: the file was a regular one a moment ago, but need not
   * be now. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
  if (fd < 0)
    return FALSE;
  n = read (fd, head, sizeof head - 1);
  close (fd);
  if (n <= 0)
    return FALSE;
  head[n] = '\0';

  if (png)
    return n >= 8 && memcmp (head, png_signature, 8) == 0;

  return g_strstr_len (head, n, "<svg") != NULL;
}

/* Why the flag file at @path is refused (translated), or NULL. */
static char *
flag_file_problem (const char *path,
                   GFile      *directory)
{
  g_autofree char *folder = directory != NULL ? g_file_get_path (directory) : NULL;
  g_autofree char *real_folder = folder != NULL ? realpath (folder, NULL) : NULL;
  g_autofree char *real = realpath (path, NULL);
  g_autofree char *inside = NULL;
  gboolean png = g_str_has_suffix (path, ".png") || g_str_has_suffix (path, ".PNG");
  gboolean svg = g_str_has_suffix (path, ".svg") || g_str_has_suffix (path, ".SVG");
  GStatBuf info;

  if (real == NULL || g_stat (real, &info) != 0)
    return g_strdup_printf (_("the flag file \"%s\" does not exist"), path);
  inside = real_folder != NULL ? g_strconcat (real_folder, G_DIR_SEPARATOR_S, NULL) : NULL;
  if (inside == NULL || !g_str_has_prefix (real, inside))
    return g_strdup_printf (_("the flag file \"%s\" is outside the dataset's folder"), path);
  if (!S_ISREG (info.st_mode))
    return g_strdup_printf (_("the flag file \"%s\" is not a regular file"), path);
  if (info.st_size > MAX_FLAG_BYTES)
    return g_strdup_printf (_("the flag file \"%s\" is larger than 1 MiB"), path);
  if (!png && !svg)
    return g_strdup_printf (_("the flag file \"%s\" is not an .svg or .png file"), path);
  if (!has_flag_content (real, png))
    return g_strdup_printf (png ? _("the flag file \"%s\" is not a PNG image")
                                : _("the flag file \"%s\" is not an SVG image"), path);

  return NULL;
}

static void
read_flag (Load        *load,
           JsonNode    *node,
           const char **out_flag)
{
  g_autofree char *path = NULL;
  g_autofree char *problem = NULL;
  const char *flag;

  if (!read_string (load, "flag", node, &flag))
    return;

  /* A bundled flag (a resource path) stays; a file is relative to the
   * dataset's folder and must be inside it. */
  if (g_str_has_prefix (flag, FLAG_RESOURCE_PREFIX))
    {
      *out_flag = flag;
      return;
    }

  if (load->directory != NULL)
    {
      g_autoptr(GFile) file = g_file_resolve_relative_path (load->directory, flag);

      path = g_file_get_path (file);
    }
  problem = path != NULL ? flag_file_problem (path, load->directory)
                         : g_strdup_printf (_("the flag file \"%s\" is outside the dataset's folder"), flag);

  /* Not fatal (the card shows no flag), but worth saying. */
  if (problem != NULL)
    {
      warn (load, "flag", "%s", problem);
      return;
    }

  *out_flag = _mp_dataset_strdup (load->dataset, path);
}

static void
read_country (Load     *load,
              JsonNode *node,
              guint     index)
{
  JsonNode *slots[MP_COUNTRY_N_FIELDS];
  MpCountry *country;
  gboolean has_id;

  if (!read_fields (load, node, mp_country_fields, MP_COUNTRY_N_FIELDS, slots))
    return;

  country = _mp_dataset_new0 (load->dataset, MpCountry, 1);
  has_id = read_country_code (load, "id", slots[MP_COUNTRY_FIELD_ID], 2, &country->id);
  read_country_code (load, "iso3", slots[MP_COUNTRY_FIELD_ISO3], 3, &country->iso3);
  read_text (load, "name", slots[MP_COUNTRY_FIELD_NAME], &country->name);
  read_text (load, "official_name", slots[MP_COUNTRY_FIELD_OFFICIAL_NAME], &country->official_name);
  read_string_list (load, "other_names", slots[MP_COUNTRY_FIELD_OTHER_NAMES], &country->other_names);
  if (slots[MP_COUNTRY_FIELD_FLAG] != NULL)
    read_flag (load, slots[MP_COUNTRY_FIELD_FLAG], &country->flag);
  read_boolean (load, "featured", slots[MP_COUNTRY_FIELD_FEATURED], &country->featured);
  read_reference (load, "source", slots[MP_COUNTRY_FIELD_SOURCE], MP_RECORD_SOURCE, &country->source);
  read_fact (load, "capital", slots[MP_COUNTRY_FIELD_CAPITAL], MP_FIELD_FACT_TEXT, &country->capital);
  read_fact (load, "area_km2", slots[MP_COUNTRY_FIELD_AREA_KM2], MP_FIELD_FACT_NUMBER, &country->area_km2);
  read_fact (load, "independence", slots[MP_COUNTRY_FIELD_INDEPENDENCE], MP_FIELD_FACT_DATE,
             &country->independence);
  read_fact (load, "subregion", slots[MP_COUNTRY_FIELD_SUBREGION], MP_FIELD_FACT_TEXT, &country->subregion);
  read_string (load, "note", slots[MP_COUNTRY_FIELD_NOTE], &country->note);

  if (has_id)
    register_record (load, MP_RECORD_COUNTRY, index, country, NULL, 0);
}

static void
read_organization (Load     *load,
                   JsonNode *node,
                   guint     index)
{
  JsonNode *slots[MP_ORGANIZATION_N_FIELDS];
  MpOrganization *organization;
  guint kind = 0;
  gboolean has_id;

  if (!read_fields (load, node, mp_organization_fields, MP_ORGANIZATION_N_FIELDS, slots))
    return;

  organization = _mp_dataset_new0 (load->dataset, MpOrganization, 1);
  has_id = read_id (load, "id", slots[MP_ORGANIZATION_FIELD_ID], &organization->id);
  read_string (load, "acronym", slots[MP_ORGANIZATION_FIELD_ACRONYM], &organization->acronym);
  read_text (load, "name", slots[MP_ORGANIZATION_FIELD_NAME], &organization->name);
  read_enum (load, "kind", slots[MP_ORGANIZATION_FIELD_KIND], &org_kind_enum, &kind);
  organization->kind = kind;
  read_date (load, "founded", slots[MP_ORGANIZATION_FIELD_FOUNDED], &organization->founded);
  read_url (load, "url", slots[MP_ORGANIZATION_FIELD_URL], &organization->url);
  read_reference (load, "source", slots[MP_ORGANIZATION_FIELD_SOURCE], MP_RECORD_SOURCE,
                  &organization->source);
  read_rank (load, "key", slots[MP_ORGANIZATION_FIELD_KEY], &organization->key);
  read_text (load, "acronyms", slots[MP_ORGANIZATION_FIELD_ACRONYMS], &organization->acronyms);
  read_string (load, "note", slots[MP_ORGANIZATION_FIELD_NOTE], &organization->note);
  read_boolean (load, "members_complete", slots[MP_ORGANIZATION_FIELD_MEMBERS_COMPLETE],
                &organization->members_complete);

  if (has_id)
    register_record (load, MP_RECORD_ORGANIZATION, index, organization, NULL, 0);
}

static void
read_membership (Load     *load,
                 JsonNode *node,
                 guint     index)
{
  JsonNode *slots[MP_MEMBERSHIP_N_FIELDS];
  MpMembership *membership;
  guint status = 0, precision;
  gboolean has_id, has_from, has_to = FALSE;

  if (!read_fields (load, node, mp_membership_fields, MP_MEMBERSHIP_N_FIELDS, slots))
    return;

  membership = _mp_dataset_new0 (load->dataset, MpMembership, 1);
  has_id = read_id (load, "id", slots[MP_MEMBERSHIP_FIELD_ID], &membership->id);
  read_reference (load, "country", slots[MP_MEMBERSHIP_FIELD_COUNTRY], MP_RECORD_COUNTRY,
                  &membership->country);
  read_reference (load, "organization", slots[MP_MEMBERSHIP_FIELD_ORGANIZATION], MP_RECORD_ORGANIZATION,
                  &membership->organization);
  read_enum (load, "status", slots[MP_MEMBERSHIP_FIELD_STATUS], &membership_status_enum, &status);
  membership->status = status;
  has_from = read_date (load, "from", slots[MP_MEMBERSHIP_FIELD_FROM], &membership->from);
  if (slots[MP_MEMBERSHIP_FIELD_TO] != NULL && !JSON_NODE_HOLDS_NULL (slots[MP_MEMBERSHIP_FIELD_TO]))
    has_to = read_date (load, "to", slots[MP_MEMBERSHIP_FIELD_TO], &membership->to);

  if (has_from && has_to && _mp_date_ends_before (&membership->to, &membership->from))
    {
      g_autofree char *to = mp_date_to_string (&membership->to);
      g_autofree char *from = mp_date_to_string (&membership->from);

      report (load, "to", _("\"to\" (%s) is before \"from\" (%s)"), to, from);
    }

  read_reference (load, "source", slots[MP_MEMBERSHIP_FIELD_SOURCE], MP_RECORD_SOURCE, &membership->source);

  if (slots[MP_MEMBERSHIP_FIELD_PRECISION] != NULL)
    {
      if (read_enum (load, "precision", slots[MP_MEMBERSHIP_FIELD_PRECISION], &precision_enum, &precision))
        membership->precision = precision;
    }
  else if (membership->from.day != 0)
    {
      membership->precision = MP_PRECISION_DAY;
    }
  else if (membership->from.month != 0)
    {
      membership->precision = MP_PRECISION_MONTH;
    }
  else
    {
      membership->precision = MP_PRECISION_YEAR_ONLY;
    }

  read_string (load, "note", slots[MP_MEMBERSHIP_FIELD_NOTE], &membership->note);

  if (slots[MP_MEMBERSHIP_FIELD_CONFIRMED_UNTIL] != NULL &&
      read_date (load, "confirmed_until", slots[MP_MEMBERSHIP_FIELD_CONFIRMED_UNTIL],
                 &membership->confirmed_until) &&
      has_from && _mp_date_ends_before (&membership->confirmed_until, &membership->from))
    {
      g_autofree char *until = mp_date_to_string (&membership->confirmed_until);
      g_autofree char *from = mp_date_to_string (&membership->from);

      report (load, "confirmed_until", _("\"confirmed_until\" (%s) is before \"from\" (%s)"), until, from);
    }

  if (has_id)
    register_record (load, MP_RECORD_MEMBERSHIP, index, membership, NULL, 0);
}

static void
read_aid (Load     *load,
          JsonNode *node,
          guint     index)
{
  JsonNode *slots[MP_AID_N_FIELDS];
  MpAid *aid;
  guint measure = 0, status = MP_VALUE_FINAL;
  gboolean has_id, has_year, has_first_year;

  if (!read_fields (load, node, mp_aid_fields, MP_AID_N_FIELDS, slots))
    return;

  aid = _mp_dataset_new0 (load->dataset, MpAid, 1);
  has_id = read_id (load, "id", slots[MP_AID_FIELD_ID], &aid->id);
  read_reference (load, "donor", slots[MP_AID_FIELD_DONOR], MP_RECORD_COUNTRY, &aid->donor);
  has_year = read_year (load, "year", slots[MP_AID_FIELD_YEAR], &aid->year);
  has_first_year = read_year (load, "first_year", slots[MP_AID_FIELD_FIRST_YEAR], &aid->first_year);
  if (has_year && has_first_year && aid->first_year > aid->year)
    report (load, "first_year", _("\"first_year\" (%d) is after \"year\" (%d)"), aid->first_year, aid->year);
  read_number (load, "amount_usd", slots[MP_AID_FIELD_AMOUNT_USD], TRUE, &aid->amount_usd);
  read_enum (load, "measure", slots[MP_AID_FIELD_MEASURE], &aid_measure_enum, &measure);
  aid->measure = measure;
  read_string (load, "recipient", slots[MP_AID_FIELD_RECIPIENT], &aid->recipient);
  read_string (load, "purpose", slots[MP_AID_FIELD_PURPOSE], &aid->purpose);
  read_enum (load, "status", slots[MP_AID_FIELD_STATUS], &value_status_enum, &status);
  aid->status = status;
  read_reference (load, "source", slots[MP_AID_FIELD_SOURCE], MP_RECORD_SOURCE, &aid->source);
  read_string (load, "note", slots[MP_AID_FIELD_NOTE], &aid->note);
  read_boolean (load, "lower_bound", slots[MP_AID_FIELD_LOWER_BOUND], &aid->lower_bound);

  if (has_id)
    register_record (load, MP_RECORD_AID, index, aid, NULL, 0);
}

/* One country's [[year, value], …] at the current path. */
static gboolean
read_points (Load     *load,
             JsonNode *node,
             MpSeries *series)
{
  JsonArray *array;
  MpPoint *points;
  guint n_points;
  gboolean ok = TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      type_error (load, NULL, node, _("an array of [year, value] pairs"));
      return FALSE;
    }

  array = json_node_get_array (node);
  n_points = json_array_get_length (array);
  points = _mp_dataset_new0 (load->dataset, MpPoint, MAX (n_points, 1));

  for (guint i = 0; i < n_points; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonArray *pair;
      gsize length;

      length = path_push_index (load, i);

      if (!JSON_NODE_HOLDS_ARRAY (element) || json_array_get_length (pair = json_node_get_array (element)) != 2)
        {
          if (JSON_NODE_HOLDS_ARRAY (element))
            {
              guint n = json_array_get_length (json_node_get_array (element));

              report (load, NULL,
                      g_dngettext (GETTEXT_PACKAGE, "expected a [year, value] pair, got an array of %u item",
                                   "expected a [year, value] pair, got an array of %u items", n),
                      n);
            }
          else
            {
              type_error (load, NULL, element, _("a [year, value] pair"));
            }
          ok = FALSE;
          path_pop (load, length);
          continue;
        }

      path_push_index (load, 0);
      if (check_year (load, NULL, json_array_get_element (pair, 0), &points[i].year))
        {
          if (i > 0 && points[i - 1].year != 0 && points[i].year <= points[i - 1].year)
            {
              if (points[i].year == points[i - 1].year)
                report (load, NULL, _("the year %d appears twice"), points[i].year);
              else
                report (load, NULL, _("the years must increase: %d comes after %d"),
                        points[i].year, points[i - 1].year);
              ok = FALSE;
            }
        }
      else
        {
          ok = FALSE;
        }
      path_pop (load, length);

      path_push_index (load, i);
      path_push_index (load, 1);
      ok &= read_number (load, NULL, json_array_get_element (pair, 1), FALSE, &points[i].value);
      path_pop (load, length);
    }

  series->points = points;
  series->n_points = n_points;

  return ok;
}

static MpSeries *
read_series (Load     *load,
             JsonNode *node,
             guint    *out_n_series)
{
  g_autoptr(GList) countries = NULL;
  JsonObject *object;
  MpSeries *series;
  guint n_series, i = 0;
  gsize length;

  *out_n_series = 0;

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      type_error (load, "series", node, _("an object from country id to [[year, value], …]"));
      return NULL;
    }

  object = json_node_get_object (node);
  countries = json_object_get_members (object);
  n_series = g_list_length (countries);
  series = _mp_dataset_new0 (load->dataset, MpSeries, MAX (n_series, 1));

  length = path_push_name (load, "series");

  for (GList *l = countries; l != NULL; l = l->next, i++)
    {
      const char *country = l->data;
      gsize country_length;

      country_length = path_push_name (load, country);
      series[i].country = check_reference (load, NULL, MP_RECORD_COUNTRY, country);
      read_points (load, json_object_get_member (object, country), &series[i]);
      path_pop (load, country_length);
    }

  path_pop (load, length);

  *out_n_series = n_series;
  return series;
}

static void
read_indicator (Load     *load,
                JsonNode *node,
                guint     index)
{
  JsonNode *slots[MP_INDICATOR_N_FIELDS];
  MpIndicator *indicator;
  MpSeries *series;
  guint unit = 0, status = MP_VALUE_FINAL, n_series;
  gboolean has_id;

  if (!read_fields (load, node, mp_indicator_fields, MP_INDICATOR_N_FIELDS, slots))
    return;

  indicator = _mp_dataset_new0 (load->dataset, MpIndicator, 1);
  has_id = read_id (load, "id", slots[MP_INDICATOR_FIELD_ID], &indicator->id);
  read_text (load, "name", slots[MP_INDICATOR_FIELD_NAME], &indicator->name);
  read_enum (load, "unit", slots[MP_INDICATOR_FIELD_UNIT], &unit_enum, &unit);
  indicator->unit = unit;
  read_reference (load, "source", slots[MP_INDICATOR_FIELD_SOURCE], MP_RECORD_SOURCE, &indicator->source);
  read_enum (load, "status", slots[MP_INDICATOR_FIELD_STATUS], &value_status_enum, &status);
  indicator->status = status;
  read_string (load, "note", slots[MP_INDICATOR_FIELD_NOTE], &indicator->note);
  series = read_series (load, slots[MP_INDICATOR_FIELD_SERIES], &n_series);

  if (has_id && slots[MP_INDICATOR_FIELD_SERIES] != NULL)
    register_record (load, MP_RECORD_INDICATOR, index, indicator, series, n_series);
}

typedef void (*ReadRecordFunc) (Load     *load,
                                JsonNode *node,
                                guint     index);

static void
read_section (Load           *load,
              MpRecordKind    kind,
              JsonNode       *node,
              ReadRecordFunc  read_record)
{
  JsonArray *array;
  guint n_records;
  gsize length;

  if (node == NULL)
    return;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      type_error (load, section_names[kind], node, _("an array"));
      return;
    }

  array = json_node_get_array (node);
  n_records = json_array_get_length (array);
  length = path_push_name (load, section_names[kind]);

  for (guint i = 0; i < n_records; i++)
    {
      gsize record_length;

      if (i % CANCEL_CHECK_INTERVAL == 0 && g_cancellable_is_cancelled (load->cancellable))
        {
          load->cancelled = TRUE;
          break;
        }

      record_length = path_push_index (load, i);
      read_record (load, json_array_get_element (array, i), i);
      path_pop (load, record_length);
    }

  path_pop (load, length);
}

static void
read_root (Load     *load,
           JsonNode *root)
{
  static const MpField fields[] = {
    { "format", TRUE },
    { "version", TRUE },
    { "sources", FALSE },
    { "countries", FALSE },
    { "organizations", FALSE },
    { "memberships", FALSE },
    { "aid", FALSE },
    { "indicators", FALSE },
  };
  enum { F_FORMAT, F_VERSION, F_SOURCES, F_COUNTRIES, F_ORGANIZATIONS, F_MEMBERSHIPS, F_AID,
         F_INDICATORS };
  static const ReadRecordFunc readers[MP_N_RECORD_KINDS] = {
    read_source, read_country, read_organization, read_membership, read_aid, read_indicator,
  };
  JsonNode *slots[G_N_ELEMENTS (fields)];
  g_autoptr(GPtrArray) unknown = NULL;
  const char *format;
  JsonNode *version;
  double version_number;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      type_error (load, NULL, root, _("an object"));
      return;
    }

  unknown = collect_fields (json_node_get_object (root), fields, G_N_ELEMENTS (fields), slots);

  /* Some other kind of file: say only that. */
  format = get_string (slots[F_FORMAT]);
  if (slots[F_FORMAT] != NULL && g_strcmp0 (format, FORMAT_NAME) != 0)
    {
      type_error (load, "format", slots[F_FORMAT], "\"" FORMAT_NAME "\"");
      return;
    }

  version = slots[F_VERSION];
  if (version != NULL && !(get_number (version, &version_number) && version_number == 1.0))
    {
      g_autofree char *got = describe_node (version);

      report (load, "version", _("expected version 1, got %s; this program reads version 1 only"), got);
      return;
    }

  report_fields (load, fields, G_N_ELEMENTS (fields), slots, unknown);

  for (guint kind = 0; kind < MP_N_RECORD_KINDS && !load->cancelled; kind++)
    read_section (load, kind, slots[F_SOURCES + kind], readers[kind]);
}

/* Files */

static void
duplicate_name_cb (const char *object_path,
                   const char *name,
                   gpointer    user_data)
{
  Load *load = user_data;
  g_autofree char *message = NULL;

  message = g_strdup_printf (_("\"%s\" appears more than once in this object; only the last one would count"), name);
  add_problem (load, MP_PROBLEM_ERROR, load->file_index, load->seq++, load->display_name,
               object_path, 0, 0, message);
}

/* Our own check runs first, so json-glib failing is a fallback. */
static void
report_json_glib_error (Load         *load,
                        const GError *error)
{
  const char *message;
  int line, column;

  if (!_mp_json_parse_glib_error (error->message, &line, &column, &message))
    {
      line = column = 0;
      message = error->message;
    }

  file_error (load, line, column, message);
}

/* g_utf8_validate(), with a fast path for runs of ASCII (most of a
 * dataset): 8 bytes at a time, as long as none has its high bit set or
 * is 0.  Other characters go through g_utf8_validate() one by one. */
static gboolean
validate_utf8 (const char  *data,
               gsize        length,
               const char **out_end)
{
  const guint64 high_bits = G_GUINT64_CONSTANT (0x8080808080808080);
  const guint64 low_bits = G_GUINT64_CONSTANT (0x0101010101010101);
  gsize pos = 0;

  while (pos < length)
    {
      guchar c;
      gsize n;

      while (pos + 8 <= length)
        {
          guint64 word;

          memcpy (&word, data + pos, 8);
          if (((word | ((word - low_bits) & ~word)) & high_bits) != 0)
            break;
          pos += 8;
        }

      if (pos >= length)
        break;

      c = (guchar) data[pos];
      if (c != 0 && c < 0x80)
        {
          pos++;
          continue;
        }

      n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      if (c == 0 || pos + n > length || !g_utf8_validate (data + pos, (gssize) n, NULL))
        {
          const char *end;

          /* Let GLib say where exactly it fails. */
          g_utf8_validate (data + pos, (gssize) MIN (length - pos, 4), &end);
          *out_end = end;
          return FALSE;
        }
      pos += n;
    }

  *out_end = data + length;
  return TRUE;
}

static void
read_data (Load       *load,
           const char *data,
           gsize       length)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *end;
  gboolean blank = TRUE;
  int line, column;

  if (length > MP_DATASET_MAX_FILE_SIZE)
    {
      g_autofree char *text = g_strdup_printf (_("the file is larger than %d MiB"),
                                               MP_DATASET_MAX_FILE_SIZE / (1024 * 1024));
      file_error (load, 0, 0, text);
      return;
    }

  /* A byte order mark is allowed (and skipped). */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  for (gsize i = 0; i < length && blank; i++)
    blank = data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r';
  if (blank)
    {
      file_error (load, 0, 0, _("the file is empty"));
      return;
    }

  if (!validate_utf8 (data, length, &end))
    {
      gsize offset = (gsize) (end - data);

      _mp_json_offset_to_position (data, offset, &line, &column);
      if (*end == '\0')
        message = g_strdup_printf (_("a NUL byte at byte %lu; a dataset holds text only"), (unsigned long) offset);
      else
        message = g_strdup_printf (_("invalid UTF-8 at byte %lu; save the file as UTF-8"), (unsigned long) offset);
      file_error (load, line, column, message);
      return;
    }

  if (!_mp_json_check (data, length, MP_DATASET_MAX_DEPTH, duplicate_name_cb, load,
                       &line, &column, &message))
    {
      file_error (load, line, column, message);
      return;
    }

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &error))
    {
      report_json_glib_error (load, error);
      return;
    }

  g_string_assign (load->path, "$");
  read_root (load, json_parser_get_root (parser));
}

/* json-glib's tree of a big file takes several times the file's size,
 * and is freed as soon as it is read.  glibc keeps freed memory for the
 * thread that freed it (the loader's worker), so without a trim the
 * process would hold the tree's size for good.  (GSlice, which json-glib
 * allocates its nodes with, keeps its own before GLib 2.76: main.c makes
 * it use malloc.) */
#define TRIM_AFTER_BYTES (1024 * 1024)

static void
release_freed_memory (void)
{
#ifdef __GLIBC__
  malloc_trim (0);
#endif
}

static GBytes *
read_input (Load         *load,
            Input        *input,
            GCancellable *cancellable)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (input->bytes != NULL)
    return g_bytes_ref (input->bytes);

  if (input->bundled)
    {
      bytes = g_resources_lookup_data (BUNDLED_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes == NULL)
        {
          message = g_strdup_printf (_("cannot read the bundled dataset: %s"), error->message);
          file_error (load, 0, 0, message);
        }
      return g_steal_pointer (&bytes);
    }

  info = g_file_query_info (input->file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &error);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      file_error (load, 0, 0, _("cannot read the file: it is a folder"));
      return NULL;
    }
  /* GIO describes the link itself when it leads nowhere (a missing
   * target, or a loop of links). */
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_SYMBOLIC_LINK)
    {
      file_error (load, 0, 0, _("cannot read the file: it is a link to a missing file or a loop of links"));
      return NULL;
    }
  /* A FIFO or a device would block or never end. */
  if (info != NULL && g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      file_error (load, 0, 0, _("cannot read the file: it is not a regular file"));
      return NULL;
    }
  if (info != NULL && g_file_info_get_size (info) > MP_DATASET_MAX_FILE_SIZE)
    {
      message = g_strdup_printf (_("the file is larger than %d MiB"), MP_DATASET_MAX_FILE_SIZE / (1024 * 1024));
      file_error (load, 0, 0, message);
      return NULL;
    }

  g_clear_error (&error);
  stream = g_file_read (input->file, cancellable, &error);
  if (stream != NULL)
    {
      gboolean too_large = FALSE;

      bytes = mp_read_limited (G_INPUT_STREAM (stream), MP_DATASET_MAX_FILE_SIZE,
                               info != NULL ? (gsize) g_file_info_get_size (info) : 0,
                               cancellable, &too_large, &error);
      if (too_large)
        {
          message = g_strdup_printf (_("the file is larger than %d MiB"), MP_DATASET_MAX_FILE_SIZE / (1024 * 1024));
          file_error (load, 0, 0, message);
          return NULL;
        }
    }

  if (error != NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          load->cancelled = TRUE;
          return NULL;
        }
      message = g_strdup_printf (_("cannot read the file: %s"), error->message);
      file_error (load, 0, 0, message);
      return NULL;
    }

  return g_steal_pointer (&bytes);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *ea = a;
  const Entry *eb = b;

  if (ea->file_index != eb->file_index)
    return ea->file_index < eb->file_index ? -1 : 1;
  if (ea->seq != eb->seq)
    return ea->seq < eb->seq ? -1 : 1;
  return 0;
}

/* The bundled dataset's records from its pre-parsed cache in the
 * GResource.  That the cache is the bundled JSON's is checked when the app
 * is built (mp-dataset-cache.h), so the JSON is not read at all. */
static gboolean
put_bundled_cache (MpDataset *dataset,
                   guint      file_index)
{
  g_autoptr(GBytes) cache = g_resources_lookup_data (BUNDLED_CACHE_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  return cache != NULL && _mp_dataset_cache_put (dataset, cache, NULL, file_index);
}

/* Reads every input; on success returns the finished dataset. */
static MpDataset *
run_load (MpDatasetLoader  *self,
          GCancellable     *cancellable,
          GError          **error)
{
  g_autoptr(MpDataset) dataset = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  Load load = { 0, };

  dataset = _mp_dataset_new ();
  load.dataset = dataset;
  load.entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (load.entries, (GDestroyNotify) entry_clear);
  load.deferred = g_array_new (FALSE, FALSE, sizeof (Deferred));
  g_array_set_clear_func (load.deferred, (GDestroyNotify) deferred_clear);
  load.cancellable = cancellable;
  load.path = g_string_sized_new (128);

  for (guint i = 0; i < self->inputs->len && !load.cancelled; i++)
    {
      Input *input = g_ptr_array_index (self->inputs, i);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GFile) directory = NULL;

      if (g_cancellable_is_cancelled (cancellable))
        {
          load.cancelled = TRUE;
          break;
        }

      load.file_index = i;
      load.display_name = input->display_name;
      if (input->file != NULL)
        directory = g_file_get_parent (input->file);
      load.directory = directory;

      if (input->bundled && put_bundled_cache (dataset, i))
        {
          /* The pre-parsed copy of the bundled JSON: nothing to read. */
        }
      else if ((bytes = read_input (&load, input, cancellable)) != NULL)
        {
          gsize length;
          const char *data = g_bytes_get_data (bytes, &length);

          read_data (&load, data != NULL ? data : "", length);
          if (length >= TRIM_AFTER_BYTES)
            release_freed_memory ();
        }

      load.directory = NULL;
    }

  /* References are resolved across all files. */
  for (guint i = 0; i < load.deferred->len && !load.cancelled; i++)
    {
      Deferred *deferred = &g_array_index (load.deferred, Deferred, i);

      if (_mp_dataset_find_id (dataset, deferred->kind, deferred->id) == NULL)
        {
          g_autofree char *message = unknown_reference_message (deferred->kind, deferred->id);

          add_problem (&load, MP_PROBLEM_ERROR, deferred->file_index, deferred->seq,
                       deferred->display_name, deferred->path, 0, 0, message);
        }
    }

  g_array_sort (load.entries, compare_entries);
  problems = g_ptr_array_new_full (load.entries->len, (GDestroyNotify) mp_problem_free);
  for (guint i = 0; i < load.entries->len; i++)
    g_ptr_array_add (problems, g_steal_pointer (&g_array_index (load.entries, Entry, i).problem));

  g_clear_pointer (&self->problems, g_ptr_array_unref);
  self->problems = g_steal_pointer (&problems);
  self->n_errors = load.n_errors;

  g_array_unref (load.entries);
  g_array_unref (load.deferred);
  g_string_free (load.path, TRUE);

  if (load.cancelled || g_cancellable_is_cancelled (cancellable))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Loading was cancelled"));
      return NULL;
    }

  if (load.n_errors > 0)
    {
      g_set_error (error, MP_DATASET_LOADER_ERROR, MP_DATASET_LOADER_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE, "The dataset has %u error", "The dataset has %u errors",
                                load.n_errors),
                   load.n_errors);
      return NULL;
    }

  _mp_dataset_finish (dataset);

  return g_steal_pointer (&dataset);
}

static void
mp_dataset_loader_finalize (GObject *object)
{
  MpDatasetLoader *self = MP_DATASET_LOADER (object);

  g_clear_pointer (&self->inputs, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (mp_dataset_loader_parent_class)->finalize (object);
}

static void
mp_dataset_loader_class_init (MpDatasetLoaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mp_dataset_loader_finalize;
}

static void
mp_dataset_loader_init (MpDatasetLoader *self)
{
  self->inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) input_free);
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) mp_problem_free);
}

MpDatasetLoader *
mp_dataset_loader_new (void)
{
  return g_object_new (MP_TYPE_DATASET_LOADER, NULL);
}

typedef struct
{
  MpDatasetLoader *loader;
  MpDataset       *dataset;
} Preload;

static GThread *preload_thread;

static gpointer
preload_bundled_thread (gpointer data)
{
  Preload *preload = g_new0 (Preload, 1);

  preload->loader = mp_dataset_loader_new ();
  mp_dataset_loader_add_bundled (preload->loader);
  preload->dataset = mp_dataset_loader_load (preload->loader, NULL);

  return preload;
}

void
mp_dataset_loader_preload_bundled (void)
{
  g_return_if_fail (preload_thread == NULL);

  /* GLib registers static resources on the first look-up, from the
   * thread that looks; a second thread looking meanwhile finds the list
   * of them empty and the resource not registered yet (GLib 2.74): the
   * application's g_assert (mp_get_resource () != NULL) failed in about
   * one start in 500.  Registered here, on the calling thread, before
   * the worker looks, they are there for both.  The flags are a bundle
   * of their own, which only a reference links in. */
  (void) mp_get_resource ();
  (void) mp_flags_get_resource ();

  preload_thread = g_thread_new ("mp-preload", preload_bundled_thread, NULL);
}

MpDataset *
mp_dataset_loader_take_preloaded_bundled (MpDatasetLoader **loader)
{
  Preload *preload;
  MpDataset *dataset;

  g_return_val_if_fail (loader != NULL && *loader == NULL, NULL);

  if (preload_thread == NULL)
    return NULL;

  preload = g_thread_join (g_steal_pointer (&preload_thread));
  *loader = preload->loader;
  dataset = preload->dataset;
  g_free (preload);

  return dataset;
}

/**
 * mp_dataset_loader_add_bundled:
 *
 * Adds the dataset shipped in the app's GResource
 * (`datasets/middle-powers.json`), shown in problems as
 * "middle-powers.json".
 */
void
mp_dataset_loader_add_bundled (MpDatasetLoader *self)
{
  Input *input;

  g_return_if_fail (MP_IS_DATASET_LOADER (self));
  g_return_if_fail (!g_atomic_int_get (&self->busy));

  /* Referencing the resources keeps the linker from dropping them:
   * the dataset names the flags' paths. */
  (void) mp_get_resource ();
  (void) mp_flags_get_resource ();

  input = g_new0 (Input, 1);
  input->display_name = g_strdup ("middle-powers.json");
  input->bundled = TRUE;
  g_ptr_array_add (self->inputs, input);
}

/**
 * mp_dataset_loader_add_file:
 * @file: a dataset file
 *
 * Adds a file, read when loading.  Problems name it by its basename.
 * A relative `flag` path in it is resolved against its folder.
 */
void
mp_dataset_loader_add_file (MpDatasetLoader *self,
                            GFile           *file)
{
  g_autofree char *basename = NULL;
  Input *input;

  g_return_if_fail (MP_IS_DATASET_LOADER (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!g_atomic_int_get (&self->busy));

  basename = g_file_get_basename (file);

  input = g_new0 (Input, 1);
  input->display_name = basename != NULL ? g_filename_display_name (basename) : g_file_get_parse_name (file);
  input->file = g_object_ref (file);
  g_ptr_array_add (self->inputs, input);
}

/**
 * mp_dataset_loader_add_bytes:
 * @display_name: the name problems give for these bytes
 * @bytes: the JSON text
 */
void
mp_dataset_loader_add_bytes (MpDatasetLoader *self,
                             const char      *display_name,
                             GBytes          *bytes)
{
  Input *input;

  g_return_if_fail (MP_IS_DATASET_LOADER (self));
  g_return_if_fail (display_name != NULL);
  g_return_if_fail (bytes != NULL);
  g_return_if_fail (!g_atomic_int_get (&self->busy));

  input = g_new0 (Input, 1);
  input->display_name = g_strdup (display_name);
  input->bytes = g_bytes_ref (bytes);
  g_ptr_array_add (self->inputs, input);
}

/**
 * mp_dataset_loader_load:
 * @cancellable: (nullable): a cancellable
 *
 * Reads and validates every file added, in order, and builds the
 * dataset.  Can be called again (after files were added or changed on
 * disk); each call replaces the problems.
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL when some
 *   file has an error (see mp_dataset_loader_get_problems()) or when
 *   @cancellable was cancelled
 */
MpDataset *
mp_dataset_loader_load (MpDatasetLoader *self,
                        GCancellable    *cancellable)
{
  g_return_val_if_fail (MP_IS_DATASET_LOADER (self), NULL);
  g_return_val_if_fail (!g_atomic_int_get (&self->busy), NULL);

  return run_load (self, cancellable, NULL);
}

/**
 * mp_dataset_loader_get_problems:
 *
 * Returns: (transfer none) (element-type MpProblem): errors and
 *   warnings of the last load, in file order and, within a file, in
 *   the order of the document.  A later load replaces the array (take a
 *   reference to keep it).
 */
GPtrArray *
mp_dataset_loader_get_problems (MpDatasetLoader *self)
{
  g_return_val_if_fail (MP_IS_DATASET_LOADER (self), NULL);

  return self->problems;
}

guint
mp_dataset_loader_get_n_errors (MpDatasetLoader *self)
{
  g_return_val_if_fail (MP_IS_DATASET_LOADER (self), 0);

  return self->n_errors;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  MpDatasetLoader *self = source_object;
  GError *error = NULL;
  MpDataset *dataset;

  dataset = run_load (self, cancellable, &error);
  g_atomic_int_set (&self->busy, FALSE);

  if (dataset != NULL)
    g_task_return_pointer (task, dataset, g_object_unref);
  else
    g_task_return_error (task, error);
}

void
mp_dataset_loader_load_async (MpDatasetLoader     *self,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (MP_IS_DATASET_LOADER (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));
  g_return_if_fail (!g_atomic_int_get (&self->busy));

  g_atomic_int_set (&self->busy, TRUE);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, mp_dataset_loader_load_async);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, load_thread);
}

/**
 * mp_dataset_loader_load_finish:
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL with
 *   @error set (MP_DATASET_LOADER_ERROR_INVALID: see the problems)
 */
MpDataset *
mp_dataset_loader_load_finish (MpDatasetLoader  *self,
                               GAsyncResult     *result,
                               GError          **error)
{
  g_return_val_if_fail (MP_IS_DATASET_LOADER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
