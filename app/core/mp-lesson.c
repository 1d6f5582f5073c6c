/* mp-lesson.c
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
#include <json-glib/json-glib.h>
#include <string.h>

#include "mp-lesson.h"
#include "mp-json-check.h"
#include "mp-limits.h"
#include "mp-read.h"
#include "mp-resources.h"

#define LESSON_FORMAT "middle-powers-lesson"
/* A lesson nests four levels (root, steps, step, caption). */
#define MAX_DEPTH 16

struct _MpLesson
{
  GObject    parent_instance;

  char      *title;       /* in the UI language */
  MpText    *title_text;  /* every language the file gave, or NULL */
  GPtrArray *steps;   /* MpLessonStep* */
};

G_DEFINE_FINAL_TYPE (MpLesson, mp_lesson, G_TYPE_OBJECT)

G_DEFINE_QUARK (mp-lesson-error-quark, mp_lesson_error)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
lesson_step_free (MpLessonStep *step)
{
  g_strfreev (step->countries);
  g_free (step->view);
  g_clear_pointer (&step->caption, mp_text_free);
  g_clear_pointer (&step->question, mp_text_free);
  g_free (step);
}

gboolean
mp_lesson_view_is_valid (const char *view)
{
  static const char * const fixed[] = {
    "cards", "aid", "contributions", "memberships", "memberships:shared",
    "memberships:unique", "sources", NULL
  };

  if (view == NULL)
    return FALSE;
  if (g_strv_contains (fixed, view))
    return TRUE;

  return g_str_has_prefix (view, "indicator:") && view[strlen ("indicator:")] != '\0';
}

static gboolean
invalid (GError    **error,
         const char *name,
         const char *path,
         const char *message)
{
  g_set_error (error, MP_LESSON_ERROR, MP_LESSON_ERROR_INVALID, "%s: %s: %s", name, path, message);
  return FALSE;
}

/* A member's value when it has the type, else NULL: json-glib's own
 * getters log a critical for a value of another type, and a lesson file
 * is anybody's. */
static JsonNode *
typed_member (JsonObject *object,
              const char *member,
              GType       type)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != type)
    return NULL;

  return node;
}

static const char *
string_member (JsonObject *object,
               const char *member)
{
  JsonNode *node = typed_member (object, member, G_TYPE_STRING);

  return node != NULL ? json_node_get_string (node) : NULL;
}

static MpText *
text_from_node (JsonNode *node)
{
  MpText *text;
  JsonObject *object;
  g_autoptr(GList) members = NULL;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      text = mp_text_new ();
      mp_text_set (text, "en", json_node_get_string (node));
      return text;
    }

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  object = json_node_get_object (node);
  /* Only a string "en": a text without English saves as one that no
   * longer opens. */
  if (string_member (object, "en") == NULL)
    return NULL;

  text = mp_text_new ();
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *lang = l->data;
      JsonNode *member = json_object_get_member (object, lang);

      /* "" names no language, and MpText refuses it with a critical. */
      if (*lang != '\0' && JSON_NODE_HOLDS_VALUE (member) && json_node_get_value_type (member) == G_TYPE_STRING)
        mp_text_set (text, lang, json_node_get_string (member));
    }

  return text;
}

static gboolean
parse_step (MpLesson    *self,
            const char  *name,
            guint        index,
            JsonNode    *node,
            GError     **error)
{
  g_autofree char *path = g_strdup_printf ("$.steps[%u]", index);
  g_autofree char *sub = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GStrvBuilder) countries = g_strv_builder_new ();
  JsonObject *object;
  JsonArray *array;
  MpLessonStep *step;
  const char *view;
  JsonNode *log_scale;
  guint n;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, name, path, _("expected an object"));
  object = json_node_get_object (node);

  sub = g_strconcat (path, ".countries", NULL);
  /* Translators: %d is the most countries a step can show (8) */
  expected = g_strdup_printf (_("expected an array of 1 to %d country ids"), MP_MAX_COUNTRIES);
  if (!json_object_has_member (object, "countries") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "countries")))
    return invalid (error, name, sub, expected);
  array = json_object_get_array_member (object, "countries");
  n = json_array_get_length (array);
  if (n > MP_MAX_COUNTRIES)
    {
      g_autofree char *message = NULL;

      /* Translators: %d is the most countries a step can show (8), %u
       * how many the file lists (9 or more) */
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "a step shows at most %d countries, this one lists %u",
                                              "a step shows at most %d countries, this one lists %u",
                                              n),
                                 MP_MAX_COUNTRIES, n);
      return invalid (error, name, sub, message);
    }
  if (n < 1)
    return invalid (error, name, sub, expected);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *country = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (country) || json_node_get_value_type (country) != G_TYPE_STRING)
        return invalid (error, name, sub, expected);
      g_strv_builder_add (countries, json_node_get_string (country));
    }

  g_free (sub);
  sub = g_strconcat (path, ".view", NULL);
  view = string_member (object, "view");
  if (!mp_lesson_view_is_valid (view))
    return invalid (error, name, sub,
                    _("expected one of cards, aid, contributions, memberships, memberships:shared, "
                      "memberships:unique, indicator:ID, sources"));

  log_scale = typed_member (object, "log_scale", G_TYPE_BOOLEAN);
  if (json_object_has_member (object, "log_scale") && log_scale == NULL)
    {
      g_free (sub);
      sub = g_strconcat (path, ".log_scale", NULL);
      return invalid (error, name, sub, _("expected true or false"));
    }

  step = g_new0 (MpLessonStep, 1);
  step->countries = g_strv_builder_end (countries);
  step->view = g_strdup (view);
  step->log_scale = log_scale != NULL && json_node_get_boolean (log_scale);
  if (json_object_has_member (object, "caption"))
    {
      step->caption = text_from_node (json_object_get_member (object, "caption"));
      if (step->caption == NULL)
        {
          lesson_step_free (step);
          g_free (sub);
          sub = g_strconcat (path, ".caption", NULL);
          return invalid (error, name, sub, _("expected a text like {\"en\": \"…\"}"));
        }
    }
  if (json_object_has_member (object, "question"))
    {
      step->question = text_from_node (json_object_get_member (object, "question"));
      if (step->question == NULL)
        {
          lesson_step_free (step);
          g_free (sub);
          sub = g_strconcat (path, ".question", NULL);
          return invalid (error, name, sub, _("expected a text like {\"en\": \"…\"}"));
        }
    }

  g_ptr_array_add (self->steps, step);

  return TRUE;
}

static void
mp_lesson_finalize (GObject *object)
{
  MpLesson *self = MP_LESSON (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->title_text, mp_text_free);
  g_clear_pointer (&self->steps, g_ptr_array_unref);

  G_OBJECT_CLASS (mp_lesson_parent_class)->finalize (object);
}

static void
mp_lesson_class_init (MpLessonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mp_lesson_finalize;

  /**
   * MpLesson::changed:
   *
   * Emitted after the steps or the title changed (a step added, removed,
   * moved or captioned), so that a view can follow.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
mp_lesson_init (MpLesson *self)
{
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) lesson_step_free);
}

MpLesson *
mp_lesson_new (const char *title)
{
  MpLesson *self = g_object_new (MP_TYPE_LESSON, NULL);

  self->title = g_strdup (title != NULL ? title : _("Untitled Lesson"));

  return self;
}

MpLesson *
mp_lesson_new_from_data (const char  *name,
                         const char  *data,
                         gsize        length,
                         GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(MpLesson) self = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(MpText) title = NULL;
  g_autofree char *message = NULL;
  JsonObject *root;
  JsonArray *steps;
  JsonNode *version;
  JsonNode *title_node;
  int line;
  int column;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (data != NULL, NULL);

  if (!g_utf8_validate (data, length, NULL))
    return invalid (error, name, "$", _("the file is not valid UTF-8 text")), NULL;

  /* Editors on Windows write a byte order mark; json-glib skips it but
   * the strict check does not. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  /* The dataset loader's strict check, because json-glib 1.6 recurses
   * without limit (a file of nested brackets well under the size limit
   * overflows the stack), turns an unpaired surrogate (\ud800) into
   * bytes that are not UTF-8, in the strings it returns and in its own
   * error messages, and reads \u0000 as the end of a string: such a
   * lesson would reach the window's labels and save to a file that does
   * not open again. */
  if (!_mp_json_check (data, length, MAX_DEPTH, NULL, NULL, &line, &column, &message))
    {
      g_set_error (error, MP_LESSON_ERROR, MP_LESSON_ERROR_INVALID, "%s:%d:%d: %s", name, line, column, message);
      return NULL;
    }

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    return invalid (error, name, "$", local_error->message), NULL;

  if (json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return invalid (error, name, "$", _("expected a JSON object")), NULL;
  root = json_node_get_object (json_parser_get_root (parser));

  if (g_strcmp0 (string_member (root, "format"), LESSON_FORMAT) != 0)
    return invalid (error, name, "$.format", _("expected \"middle-powers-lesson\"")), NULL;
  version = typed_member (root, "version", G_TYPE_INT64);
  if (version == NULL || json_node_get_int (version) != 1)
    return invalid (error, name, "$.version", _("expected version 1")), NULL;

  title_node = json_object_get_member (root, "title");
  if (title_node != NULL)
    title = text_from_node (title_node);

  self = mp_lesson_new (title != NULL ? mp_text_get (title, NULL) : NULL);
  /* Translations are kept whole, so that saving the lesson again keeps
   * them.  A plain string (or no title) stays a plain string: made into
   * {"en": …} it would save differently the second time. */
  if (title_node != NULL && JSON_NODE_HOLDS_OBJECT (title_node))
    self->title_text = g_steal_pointer (&title);

  if (!json_object_has_member (root, "steps") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "steps")))
    return invalid (error, name, "$.steps", _("expected an array of steps")), NULL;

  steps = json_object_get_array_member (root, "steps");
  for (guint i = 0; i < json_array_get_length (steps); i++)
    if (!parse_step (self, name, i, json_array_get_element (steps, i), error))
      return NULL;

  if (self->steps->len == 0)
    return invalid (error, name, "$.steps", _("a lesson needs at least one step")), NULL;

  return g_steal_pointer (&self);
}

MpLesson *
mp_lesson_new_from_file (GFile   *file,
                         GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  gboolean too_large = FALSE;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, MP_LESSON_ERROR, MP_LESSON_ERROR_NOT_REGULAR,
                   /* Translators: %s is a file name */
                   _("%s: cannot read the lesson: it is not a regular file"), name);
      return NULL;
    }

  stream = g_file_read (file, NULL, error);
  if (stream == NULL)
    return NULL;

  bytes = mp_read_limited (G_INPUT_STREAM (stream), MP_LESSON_MAX_FILE_SIZE,
                           (gsize) g_file_info_get_size (info), NULL, &too_large, error);
  if (too_large)
    {
      g_set_error (error, MP_LESSON_ERROR, MP_LESSON_ERROR_TOO_LARGE,
                   /* Translators: %s is a file name, %d a number of MiB */
                   _("%s: the lesson is larger than %d MiB"), name, MP_LESSON_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  if (bytes == NULL)
    return NULL;

  return mp_lesson_new_from_data (name, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  MpLesson *lesson = mp_lesson_new_from_file (task_data, &error);

  if (lesson != NULL)
    g_task_return_pointer (task, lesson, g_object_unref);
  else
    g_task_return_error (task, error);
}

void
mp_lesson_new_from_file_async (GFile               *file,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, mp_lesson_new_from_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

MpLesson *
mp_lesson_new_from_file_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

MpLesson *
mp_lesson_new_builtin (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  MpLesson *lesson;
  gsize length;
  const char *data;

  g_assert (mp_get_resource () != NULL);
  bytes = g_resources_lookup_data (RESOURCE_PREFIX "/lessons/azerbaijan-kazakhstan.json",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);

  data = g_bytes_get_data (bytes, &length);
  lesson = mp_lesson_new_from_data ("azerbaijan-kazakhstan.json", data, length, &error);
  g_assert_no_error (error);

  return lesson;
}

static void
find_english_cb (const char *lang,
                 const char *value,
                 gpointer    user_data)
{
  gboolean *found = user_data;

  *found |= strcmp (lang, "en") == 0;
}

static gboolean
has_english (const MpText *text)
{
  gboolean found = FALSE;

  mp_text_foreach (text, find_english_cb, &found);
  return found;
}

static void
find_text_cb (const char *lang,
              const char *value,
              gpointer    user_data)
{
  gboolean *found = user_data;

  *found |= *value != '\0';
}

static gboolean
text_is_empty (const MpText *text)
{
  gboolean found = FALSE;

  mp_text_foreach (text, find_text_cb, &found);
  return !found;
}

static void
add_text_member_cb (const char *lang,
                    const char *value,
                    gpointer    user_data)
{
  json_builder_set_member_name (user_data, lang);
  json_builder_add_string_value (user_data, value);
}

/* A text as the file format has it: an object that always has "en",
 * first.  A caption typed in another language (mp_lesson_set_caption())
 * has none yet: English readers get the text they would have been shown
 * anyway (mp_text_get() falls back to the first language), and the file
 * opens again. */
static void
add_text (JsonBuilder  *builder,
          const MpText *text)
{
  json_builder_begin_object (builder);
  if (!has_english (text))
    {
      json_builder_set_member_name (builder, "en");
      json_builder_add_string_value (builder, mp_text_get (text, "en"));
    }
  mp_text_foreach (text, add_text_member_cb, builder);
  json_builder_end_object (builder);
}

char *
mp_lesson_to_json (MpLesson *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (MP_IS_LESSON (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, LESSON_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "title");
  if (self->title_text != NULL)
    add_text (builder, self->title_text);
  else
    json_builder_add_string_value (builder, self->title);
  json_builder_set_member_name (builder, "steps");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->steps->len; i++)
    {
      const MpLessonStep *step = g_ptr_array_index (self->steps, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "countries");
      json_builder_begin_array (builder);
      for (guint j = 0; step->countries[j] != NULL; j++)
        json_builder_add_string_value (builder, step->countries[j]);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "view");
      json_builder_add_string_value (builder, step->view);
      if (step->log_scale)
        {
          json_builder_set_member_name (builder, "log_scale");
          json_builder_add_boolean_value (builder, TRUE);
        }
      if (step->caption != NULL)
        {
          json_builder_set_member_name (builder, "caption");
          add_text (builder, step->caption);
        }
      if (step->question != NULL)
        {
          json_builder_set_member_name (builder, "question");
          add_text (builder, step->question);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, NULL);
}

/* Written atomically: the old file stays intact if anything fails. */
gboolean
mp_lesson_save (MpLesson  *self,
                GFile     *file,
                GError   **error)
{
  g_autofree char *json = NULL;

  g_return_val_if_fail (MP_IS_LESSON (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  json = mp_lesson_to_json (self);

  return g_file_replace_contents (file, json, strlen (json), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

const char *
mp_lesson_get_title (MpLesson *self)
{
  g_return_val_if_fail (MP_IS_LESSON (self), NULL);

  return self->title;
}

guint
mp_lesson_get_n_steps (MpLesson *self)
{
  g_return_val_if_fail (MP_IS_LESSON (self), 0);

  return self->steps->len;
}

const MpLessonStep *
mp_lesson_get_step (MpLesson *self,
                    guint     index)
{
  g_return_val_if_fail (MP_IS_LESSON (self), NULL);

  if (index >= self->steps->len)
    return NULL;

  return g_ptr_array_index (self->steps, index);
}

void
mp_lesson_append_step (MpLesson           *self,
                       const char * const *countries,
                       const char         *view,
                       gboolean            log_scale,
                       const char         *caption)
{
  MpLessonStep *step;

  g_return_if_fail (MP_IS_LESSON (self));
  g_return_if_fail (countries != NULL && countries[0] != NULL);
  g_return_if_fail (mp_lesson_view_is_valid (view));

  step = g_new0 (MpLessonStep, 1);
  step->countries = g_strdupv ((char **) countries);
  step->view = g_strdup (view);
  step->log_scale = log_scale;
  if (caption != NULL && *caption != '\0')
    {
      step->caption = mp_text_new ();
      mp_text_set (step->caption, "en", caption);
    }

  g_ptr_array_add (self->steps, step);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* A lesson keeps at least one step (a file without any does not open),
 * so the last one cannot be removed. */
void
mp_lesson_remove_step (MpLesson *self,
                       guint     index)
{
  g_return_if_fail (MP_IS_LESSON (self));
  g_return_if_fail (index < self->steps->len);
  g_return_if_fail (self->steps->len > 1);

  g_ptr_array_remove_index (self->steps, index);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The step at @from ends up at @to, the others keeping their order. */
void
mp_lesson_move_step (MpLesson *self,
                     guint     from,
                     guint     to)
{
  gpointer step;

  g_return_if_fail (MP_IS_LESSON (self));
  g_return_if_fail (from < self->steps->len);
  g_return_if_fail (to < self->steps->len);

  if (from == to)
    return;

  step = g_ptr_array_steal_index (self->steps, from);
  g_ptr_array_insert (self->steps, (int) to, step);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Sets *@text in the UI language, keeping its other languages; an empty
 * text stays until no language has any, when it is none.  TRUE when it
 * changed. */
static gboolean
set_step_text (MpText     **text,
               const char  *value)
{
  if (value == NULL)
    value = "";

  if (g_strcmp0 (*text != NULL ? mp_text_get (*text, NULL) : "", value) == 0)
    return FALSE;

  if (*text == NULL)
    *text = mp_text_new ();
  mp_text_set_for_locale (*text, NULL, value);
  if (text_is_empty (*text))
    g_clear_pointer (text, mp_text_free);

  return TRUE;
}

/**
 * mp_lesson_set_caption:
 * @self: a lesson
 * @index: a step
 * @caption: (nullable): the caption in the UI language
 *
 * Sets the caption the user reads in their UI language; its other
 * languages are kept.  An empty caption is kept as such (the user's
 * language shows none) until no language has any text, when the step
 * has no caption at all and its slide shows the lesson's title.
 */
void
mp_lesson_set_caption (MpLesson   *self,
                       guint       index,
                       const char *caption)
{
  MpLessonStep *step;

  g_return_if_fail (MP_IS_LESSON (self));
  g_return_if_fail (index < self->steps->len);

  step = g_ptr_array_index (self->steps, index);
  if (set_step_text (&step->caption, caption))
    g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * mp_lesson_set_question:
 * @self: a lesson
 * @index: a step
 * @question: (nullable): the question in the UI language
 *
 * As mp_lesson_set_caption (), for the question the handout asks about
 * the step.
 */
void
mp_lesson_set_question (MpLesson   *self,
                        guint       index,
                        const char *question)
{
  MpLessonStep *step;

  g_return_if_fail (MP_IS_LESSON (self));
  g_return_if_fail (index < self->steps->len);

  step = g_ptr_array_index (self->steps, index);
  if (set_step_text (&step->question, question))
    g_signal_emit (self, signals[CHANGED], 0);
}

/* As for captions: the title in the UI language, its translations kept. */
void
mp_lesson_set_title (MpLesson   *self,
                     const char *title)
{
  g_return_if_fail (MP_IS_LESSON (self));
  g_return_if_fail (title != NULL);

  if (g_strcmp0 (self->title, title) == 0)
    return;

  if (self->title_text != NULL)
    mp_text_set_for_locale (self->title_text, NULL, title);
  g_free (self->title);
  self->title = g_strdup (title);

  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
mp_lesson_step_equal (const MpLessonStep *a,
                      const MpLessonStep *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return g_strv_equal ((const char * const *) a->countries, (const char * const *) b->countries) &&
         g_strcmp0 (a->view, b->view) == 0 &&
         !!a->log_scale == !!b->log_scale &&
         mp_text_equal (a->caption, b->caption) &&
         mp_text_equal (a->question, b->question);
}

GStrv
mp_lesson_step_countries_in (const MpLessonStep *step,
                             MpDataset          *dataset,
                             gboolean            known)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (step != NULL, NULL);
  g_return_val_if_fail (MP_IS_DATASET (dataset), NULL);

  for (guint i = 0; step->countries[i] != NULL; i++)
    if ((mp_dataset_lookup_country (dataset, step->countries[i]) != NULL) == !!known)
      g_strv_builder_add (builder, step->countries[i]);

  return g_strv_builder_end (builder);
}
