/* mp-lesson-editor.c
 *
 * Copyright 2026 The Middle Powers authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Editing a lesson without a text editor: the title, then one row per
 * step with its caption (an entry), what it shows (the view and the
 * countries) and buttons to move it up or down or remove it.  The rows
 * are rebuilt from the lesson whenever it changes, except while the
 * user types in them: an entry rebuilt under the cursor would lose it. */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mp-lesson-editor.h"
#include "mp-tooltip.h"

struct _MpLessonEditor
{
  GtkWindow   parent_instance;

  MpLesson   *lesson;
  gboolean    editing;      /* the change is the user's typing: rows stay */

  GtkEntry   *title_entry;
  GtkListBox *steps_list;
};

G_DEFINE_FINAL_TYPE (MpLessonEditor, mp_lesson_editor, GTK_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_LESSON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A row's buttons, by what they do: kept on the row, so that the focus
 * can go back to the same button once the rows are rebuilt. */
typedef enum
{
  ROW_MOVE_UP,
  ROW_MOVE_DOWN,
  ROW_REMOVE,
  ROW_CAPTION,
  ROW_QUESTION,
} RowPart;

static const char * const row_part_keys[] = { "mp-move-up", "mp-move-down", "mp-remove", "mp-caption", "mp-question" };

/* What a step shows, in words. */
static char *
view_label (const MpLessonStep *step)
{
  const char *view = step->view;

  if (g_str_has_prefix (view, "indicator:"))
    {
      const char *id = view + strlen ("indicator:");

      if (step->log_scale)
        /* Translators: what a lesson step shows; %s is an indicator id
         * from the dataset, such as "gdp" */
        return g_strdup_printf (_("Indicator: %s, logarithmic scale"), id);
      /* Translators: what a lesson step shows; %s is an indicator id
       * from the dataset, such as "gdp" */
      return g_strdup_printf (_("Indicator: %s"), id);
    }

  if (g_str_equal (view, "cards"))
    return g_strdup (_("Country cards"));
  if (g_str_equal (view, "aid"))
    /* Translators: what a lesson step shows: the aid chart */
    return g_strdup (_("Aid"));
  if (g_str_equal (view, "contributions"))
    /* Translators: what a lesson step shows: the contributions chart */
    return g_strdup (_("Contributions"));
  if (g_str_equal (view, "memberships"))
    return g_strdup (_("Memberships"));
  if (g_str_equal (view, "memberships:shared"))
    /* Translators: what a lesson step shows: the organisations that the
     * step's countries have in common */
    return g_strdup (_("Shared memberships"));
  if (g_str_equal (view, "memberships:unique"))
    /* Translators: what a lesson step shows: the organisations that only
     * one of the step's countries belongs to */
    return g_strdup (_("Memberships of only one country"));
  if (g_str_equal (view, "sources"))
    return g_strdup (_("Sources"));

  /* Not a view this version knows (MpLesson refuses those): as written. */
  return g_strdup (view);
}

static guint
row_index_of (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);

  g_assert (row != NULL);

  return (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
}

static GtkWidget *
row_part (MpLessonEditor *self,
          guint           index,
          RowPart         part)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->steps_list, (int) index);

  return row != NULL ? g_object_get_data (G_OBJECT (row), row_part_keys[part]) : NULL;
}

/* After a rebuild: the focus on @part of row @index, or on the first of
 * @fallback that can take it (a Move Down button moved to the last row
 * is insensitive). */
static void
focus_row_part (MpLessonEditor *self,
                guint           index,
                RowPart         part,
                RowPart         fallback)
{
  GtkWidget *widget = row_part (self, index, part);

  if (widget == NULL || !gtk_widget_get_sensitive (widget))
    widget = row_part (self, index, fallback);
  if (widget != NULL)
    gtk_widget_grab_focus (widget);
}

static void caption_changed_cb   (MpLessonEditor *self,
                                  GtkEditable    *editable);
static void question_changed_cb  (MpLessonEditor *self,
                                  GtkEditable    *editable);
static void move_up_clicked_cb   (MpLessonEditor *self,
                                  GtkButton      *button);
static void move_down_clicked_cb (MpLessonEditor *self,
                                  GtkButton      *button);
static void remove_clicked_cb    (MpLessonEditor *self,
                                  GtkButton      *button);

static GtkWidget *
add_row_button (GtkWidget  *row,
                GtkWidget  *box,
                RowPart     part,
                const char *icon_name,
                const char *tooltip,
                const char *accessible_label,
                gboolean    sensitive)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (button, sensitive);
  mp_widget_set_tooltip (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  gtk_box_append (GTK_BOX (box), button);
  g_object_set_data (G_OBJECT (row), row_part_keys[part], button);

  return button;
}

/* An entry for one of a step's texts (caption, question) in the UI
 * language, kept on the row as @part. */
static GtkWidget *
add_step_entry (MpLessonEditor *self,
                GtkWidget      *row,
                GtkWidget      *box,
                RowPart         part,
                const MpText   *text,
                const char     *placeholder,
                const char     *accessible_label,
                GCallback       changed)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? mp_text_get (text, NULL) : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  g_signal_connect_swapped (entry, "changed", changed, self);
  gtk_box_append (GTK_BOX (box), entry);
  g_object_set_data (G_OBJECT (row), row_part_keys[part], entry);

  return entry;
}

static GtkWidget *
create_row (MpLessonEditor *self,
            guint           index)
{
  const MpLessonStep *step = mp_lesson_get_step (self->lesson, index);
  guint n_steps = mp_lesson_get_n_steps (self->lesson);
  guint number = index + 1;
  g_autofree char *view = view_label (step);
  g_autofree char *countries = g_strjoinv (", ", step->countries);
  g_autofree char *details = NULL;
  g_autofree char *number_text = g_strdup_printf ("%u", number);
  g_autofree char *accessible = NULL;
  const char *placeholder;
  GtkWidget *row, *box, *texts, *label, *entry, *buttons, *button;

  row = gtk_list_box_row_new ();
  /* The row itself does nothing: Tab goes straight to its entry and
   * buttons. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  /* Translators: a lesson step's accessible name; %u is its number */
  accessible = g_strdup_printf (_("Step %u"), number);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  label = gtk_label_new (number_text);
  gtk_label_set_width_chars (GTK_LABEL (label), 2);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "numeric");
  /* The row's name says the number already. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (box), label);

  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (box), texts);

  /* Translators: placeholder of an empty caption in the lesson editor:
   * the slide then shows the lesson's title */
  placeholder = _("No caption");
  g_free (accessible);
  /* Translators: accessible name of a step's caption entry; %u is the
   * step's number */
  accessible = g_strdup_printf (_("Caption of step %u"), number);
  entry = add_step_entry (self, row, texts, ROW_CAPTION, step->caption, placeholder, accessible,
                          G_CALLBACK (caption_changed_cb));

  /* Translators: placeholder of an empty question in the lesson editor:
   * printed handouts ask the students this question */
  placeholder = _("No question for the handout");
  g_free (accessible);
  /* Translators: accessible name of a step's question entry; %u is the
   * step's number */
  accessible = g_strdup_printf (_("Handout question of step %u"), number);
  add_step_entry (self, row, texts, ROW_QUESTION, step->question, placeholder, accessible,
                  G_CALLBACK (question_changed_cb));

  /* Translators: under a step's caption in the lesson editor: what it
   * shows, then its countries, as in "Aid · AZ, KZ" */
  details = g_strdup_printf (C_("lesson step", "%s · %s"), view, countries);
  label = gtk_label_new (details);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (texts), label);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, label, NULL,
                                  -1);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  gtk_widget_set_valign (buttons, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), buttons);

  g_free (accessible);
  /* Translators: accessible name of a button in the lesson editor; %u is
   * a step's number */
  accessible = g_strdup_printf (_("Move step %u up"), number);
  button = add_row_button (row, buttons, ROW_MOVE_UP, "go-up-symbolic",
                           _("Move Up"), accessible, index > 0);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (move_up_clicked_cb), self);

  g_free (accessible);
  /* Translators: accessible name of a button in the lesson editor; %u is
   * a step's number */
  accessible = g_strdup_printf (_("Move step %u down"), number);
  button = add_row_button (row, buttons, ROW_MOVE_DOWN, "go-down-symbolic",
                           _("Move Down"), accessible, index + 1 < n_steps);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (move_down_clicked_cb), self);

  g_free (accessible);
  /* Translators: accessible name of a button in the lesson editor; %u is
   * a step's number */
  accessible = g_strdup_printf (_("Remove step %u"), number);
  /* A lesson keeps at least one step (mp_lesson_remove_step()). */
  button = add_row_button (row, buttons, ROW_REMOVE, "user-trash-symbolic",
                           _("Remove Step"), accessible, n_steps > 1);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (remove_clicked_cb), self);

  return row;
}

static void
mp_lesson_editor_rebuild (MpLessonEditor *self)
{
  GtkWidget *child;

  /* gtk_list_box_remove_all() is GTK 4.12. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_list))) != NULL)
    gtk_list_box_remove (self->steps_list, child);

  if (self->lesson == NULL)
    return;

  for (guint i = 0; i < mp_lesson_get_n_steps (self->lesson); i++)
    gtk_list_box_append (self->steps_list, create_row (self, i));
}

static void
mp_lesson_editor_update_title (MpLessonEditor *self)
{
  const char *title = self->lesson != NULL ? mp_lesson_get_title (self->lesson) : "";

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->title_entry)), title) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->title_entry), title);
}

static void
lesson_changed_cb (MpLessonEditor *self)
{
  if (self->editing)
    return;

  mp_lesson_editor_update_title (self);
  mp_lesson_editor_rebuild (self);
}

static void
title_changed_cb (MpLessonEditor *self,
                  GtkEditable    *editable)
{
  if (self->lesson == NULL)
    return;

  self->editing = TRUE;
  mp_lesson_set_title (self->lesson, gtk_editable_get_text (editable));
  self->editing = FALSE;
}

static void
caption_changed_cb (MpLessonEditor *self,
                    GtkEditable    *editable)
{
  self->editing = TRUE;
  mp_lesson_set_caption (self->lesson, row_index_of (GTK_WIDGET (editable)),
                         gtk_editable_get_text (editable));
  self->editing = FALSE;
}

static void
question_changed_cb (MpLessonEditor *self,
                     GtkEditable    *editable)
{
  self->editing = TRUE;
  mp_lesson_set_question (self->lesson, row_index_of (GTK_WIDGET (editable)),
                          gtk_editable_get_text (editable));
  self->editing = FALSE;
}

static void
move_up_clicked_cb (MpLessonEditor *self,
                    GtkButton      *button)
{
  guint index = row_index_of (GTK_WIDGET (button));

  if (index == 0)
    return;

  mp_lesson_move_step (self->lesson, index, index - 1);
  /* Pressed again, it moves the same step further. */
  focus_row_part (self, index - 1, ROW_MOVE_UP, ROW_MOVE_DOWN);
}

static void
move_down_clicked_cb (MpLessonEditor *self,
                      GtkButton      *button)
{
  guint index = row_index_of (GTK_WIDGET (button));

  if (index + 1 >= mp_lesson_get_n_steps (self->lesson))
    return;

  mp_lesson_move_step (self->lesson, index, index + 1);
  focus_row_part (self, index + 1, ROW_MOVE_DOWN, ROW_MOVE_UP);
}

static void
remove_clicked_cb (MpLessonEditor *self,
                   GtkButton      *button)
{
  guint index = row_index_of (GTK_WIDGET (button));
  guint n_steps = mp_lesson_get_n_steps (self->lesson);

  if (n_steps <= 1)
    return;

  mp_lesson_remove_step (self->lesson, index);
  /* The step that took its place, or the new last one. */
  index = MIN (index, n_steps - 2);
  focus_row_part (self, index, ROW_REMOVE, ROW_CAPTION);
}

static void
mp_lesson_editor_set_lesson (MpLessonEditor *self,
                             MpLesson       *lesson)
{
  g_assert (self->lesson == NULL);

  if (lesson == NULL)
    return;

  self->lesson = g_object_ref (lesson);
  g_signal_connect_object (lesson, "changed", G_CALLBACK (lesson_changed_cb), self, G_CONNECT_SWAPPED);
  lesson_changed_cb (self);
}

static void
mp_lesson_editor_dispose (GObject *object)
{
  MpLessonEditor *self = MP_LESSON_EDITOR (object);

  if (self->lesson != NULL)
    g_signal_handlers_disconnect_by_data (self->lesson, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), MP_TYPE_LESSON_EDITOR);
  g_clear_object (&self->lesson);

  G_OBJECT_CLASS (mp_lesson_editor_parent_class)->dispose (object);
}

static void
mp_lesson_editor_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  MpLessonEditor *self = MP_LESSON_EDITOR (object);

  switch (prop_id)
    {
    case PROP_LESSON:
      g_value_set_object (value, mp_lesson_editor_get_lesson (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_lesson_editor_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  MpLessonEditor *self = MP_LESSON_EDITOR (object);

  switch (prop_id)
    {
    case PROP_LESSON:
      mp_lesson_editor_set_lesson (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_lesson_editor_class_init (MpLessonEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_lesson_editor_dispose;
  object_class->get_property = mp_lesson_editor_get_property;
  object_class->set_property = mp_lesson_editor_set_property;

  properties[PROP_LESSON] =
    g_param_spec_object ("lesson", NULL, NULL,
                         MP_TYPE_LESSON,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/mp-lesson-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MpLessonEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, MpLessonEditor, steps_list);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);

  /* A dialog: Escape closes it. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mp_lesson_editor_init (MpLessonEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * mp_lesson_editor_new:
 * @parent: (nullable): the window the editor belongs to
 * @lesson: the lesson to edit, in place
 *
 * Returns: (transfer floating): a new editor, not yet shown
 */
GtkWidget *
mp_lesson_editor_new (GtkWindow *parent,
                      MpLesson  *lesson)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MP_IS_LESSON (lesson), NULL);

  return g_object_new (MP_TYPE_LESSON_EDITOR,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       "lesson", lesson,
                       NULL);
}

MpLesson *
mp_lesson_editor_get_lesson (MpLessonEditor *self)
{
  g_return_val_if_fail (MP_IS_LESSON_EDITOR (self), NULL);

  return self->lesson;
}
