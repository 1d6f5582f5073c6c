/* mp-chart-panel.c
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
#include <math.h>
#include <string.h>

#include "mp-accessible.h"
#include "mp-chart-panel.h"
#include "mp-tooltip.h"
#include "mp-wrap-box.h"

#define INDICATOR_PREFIX "indicator:"

typedef enum
{
  BUTTON_AID,
  BUTTON_CONTRIBUTIONS,
  BUTTON_MEMBERSHIPS,
  BUTTON_INDICATORS,
  N_BUTTONS
} Button;

struct _MpChartPanel
{
  GtkWidget         parent_instance;

  GtkWidget        *box;
  GtkWidget        *toolbar;
  GtkToggleButton  *buttons[N_BUTTONS];
  GtkWidget        *switcher;
  GtkDropDown      *indicator_dropdown;   /* built on first use */
  GtkStringList    *indicator_names;
  GPtrArray        *indicator_ids;     /* char* */
  GtkToggleButton  *log_toggle;     /* with the indicator drop-down */
  GtkDropDown      *filter_dropdown;      /* built on first use */
  GtkToggleButton  *all_toggle;     /* with the filter drop-down */
  GtkWidget        *table_toggle;
  GtkWidget        *copy_button;    /* built when the table first shows */
  GtkStack         *stack;
  MpChartView      *view;
  MpChartTableView *table_view;

  MpDataset        *dataset;
  char             *chart;
  char             *last_indicator;
  gboolean          table_visible;
  guint             updating;
};

G_DEFINE_FINAL_TYPE (MpChartPanel, mp_chart_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHART,
  PROP_TABLE_VISIBLE,
  N_PROPS
};

enum {
  SOURCE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *
indicator_of (const char *chart)
{
  if (chart != NULL && g_str_has_prefix (chart, INDICATOR_PREFIX))
    return chart + strlen (INDICATOR_PREFIX);
  return NULL;
}

static int
find_indicator (MpChartPanel *self,
                const char   *id)
{
  for (guint i = 0; id != NULL && i < self->indicator_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->indicator_ids, i), id) == 0)
      return (int) i;
  return -1;
}

static void source_activated_cb (MpChartPanel       *self,
                                 const char         *source_id,
                                 const char         *figure,
                                 const GdkRectangle *rect,
                                 GtkWidget          *view);

/* The table is built the first time it is shown or copied. */
static MpChartTableView *
ensure_table_view (MpChartPanel *self)
{
  if (self->table_view != NULL)
    return self->table_view;

  self->table_view = MP_CHART_TABLE_VIEW (mp_chart_table_view_new ());
  g_signal_connect_object (self->table_view, "source-activated", G_CALLBACK (source_activated_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_stack_add_titled (self->stack, GTK_WIDGET (self->table_view), "table", _("Table"));

  return self->table_view;
}

static void
refresh_table (MpChartPanel *self)
{
  MpChart *chart = mp_chart_view_get_chart_data (self->view);

  /* Tables are built on demand: only while the table shows. */
  if (!self->table_visible)
    return;

  mp_chart_table_view_set_table (ensure_table_view (self), chart != NULL ? mp_chart_get_table (chart) : NULL);
}

static void indicator_selected_cb (MpChartPanel *self,
                                   GParamSpec   *pspec,
                                   GtkDropDown  *dropdown);
static void filter_selected_cb    (MpChartPanel *self,
                                   GParamSpec   *pspec,
                                   GtkDropDown  *dropdown);

static void
log_toggled_cb (MpChartPanel    *self,
                GtkToggleButton *button)
{
  mp_chart_view_set_log_scale (self->view, gtk_toggle_button_get_active (button));
}

/* The indicator and filter drop-downs (and the log-scale toggle) show
 * only with their charts and are built the first time they do: the
 * first frame shows the aid chart, which needs neither. */
/* A toggle button with a mnemonic.  GTK 4.8 gives the button its raw
 * label ("_Aid") as its accessible label, and a screen reader read that
 * and the shown text: "_Aid Aid".  The name comes from the shown text
 * alone. */
static GtkWidget *
mnemonic_toggle_new (const char *label,
                     gboolean    radio)
{
  GtkWidget *button;

  /* The role can only be given at construction. */
  if (radio)
    button = g_object_new (GTK_TYPE_TOGGLE_BUTTON, "accessible-role", GTK_ACCESSIBLE_ROLE_RADIO, NULL);
  else
    button = gtk_toggle_button_new ();
  gtk_button_set_use_underline (GTK_BUTTON (button), TRUE);
  gtk_button_set_label (GTK_BUTTON (button), label);

  gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);

  return button;
}

static GtkDropDown *
ensure_indicator_dropdown (MpChartPanel *self)
{
  if (self->indicator_dropdown != NULL)
    return self->indicator_dropdown;

  self->indicator_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->indicator_names)), NULL));
  mp_widget_set_tooltip (GTK_WIDGET (self->indicator_dropdown), _("Indicator"));
  mp_accessible_label_drop_down (self->indicator_dropdown, _("Indicator"));
  g_signal_connect_swapped (self->indicator_dropdown, "notify::selected",
                            G_CALLBACK (indicator_selected_cb), self);
  mp_wrap_box_insert_child_after (MP_WRAP_BOX (self->toolbar), GTK_WIDGET (self->indicator_dropdown), self->switcher);

  self->log_toggle = GTK_TOGGLE_BUTTON (mnemonic_toggle_new (_("_Log Scale"), FALSE));
  mp_widget_set_tooltip (GTK_WIDGET (self->log_toggle), _("Logarithmic value axis"));
  gtk_toggle_button_set_active (self->log_toggle, mp_chart_view_get_log_scale (self->view));
  g_signal_connect_swapped (self->log_toggle, "toggled", G_CALLBACK (log_toggled_cb), self);
  mp_wrap_box_insert_child_after (MP_WRAP_BOX (self->toolbar), GTK_WIDGET (self->log_toggle),
                              GTK_WIDGET (self->indicator_dropdown));

  return self->indicator_dropdown;
}

static void
all_toggled_cb (MpChartPanel    *self,
                GtkToggleButton *button)
{
  mp_chart_view_set_all_organizations (self->view, gtk_toggle_button_get_active (button));
}

/* "All organizations (60)": the long tail behind the key ones, for a
 * dataset that ranks them. */
static void
update_all_toggle (MpChartPanel *self)
{
  MpChart *chart = mp_chart_view_get_chart_data (self->view);
  const MpTimelineSeries *series = NULL;
  g_autofree char *label = NULL;

  if (self->all_toggle == NULL)
    return;

  if (chart != NULL && mp_chart_get_kind (chart) == MP_CHART_KIND_MEMBERSHIPS)
    series = mp_chart_get_series (chart);

  gtk_widget_set_visible (GTK_WIDGET (self->all_toggle), series != NULL && series->ranked);
  if (series == NULL)
    return;

  /* Translators: a toggle of the memberships chart, which shows the key
   * organizations; %u is the number of all organizations */
  label = g_strdup_printf (ngettext ("All organizations (%u)", "All organizations (%u)", series->n_all),
                           series->n_all);
  gtk_button_set_label (GTK_BUTTON (self->all_toggle), label);
}

static GtkDropDown *
ensure_filter_dropdown (MpChartPanel *self)
{
  static const char * const filters[] = { N_("All"), N_("Shared"), N_("Only one country"), NULL };
  GtkStringList *filter_names;

  if (self->filter_dropdown != NULL)
    return self->filter_dropdown;

  filter_names = gtk_string_list_new (NULL);
  for (guint i = 0; filters[i] != NULL; i++)
    gtk_string_list_append (filter_names, _(filters[i]));
  self->filter_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (filter_names), NULL));
  mp_widget_set_tooltip (GTK_WIDGET (self->filter_dropdown), _("Which organizations to show"));
  mp_accessible_label_drop_down (self->filter_dropdown, _("Organizations"));
  g_signal_connect_swapped (self->filter_dropdown, "notify::selected",
                            G_CALLBACK (filter_selected_cb), self);
  mp_wrap_box_insert_child_after (MP_WRAP_BOX (self->toolbar), GTK_WIDGET (self->filter_dropdown),
                              self->log_toggle != NULL ? GTK_WIDGET (self->log_toggle) : self->switcher);

  self->all_toggle = GTK_TOGGLE_BUTTON (gtk_toggle_button_new ());
  mp_widget_set_tooltip (GTK_WIDGET (self->all_toggle),
                         _("Show every organization in the dataset, not only the key ones"));
  gtk_toggle_button_set_active (self->all_toggle, mp_chart_view_get_all_organizations (self->view));
  g_signal_connect_swapped (self->all_toggle, "toggled", G_CALLBACK (all_toggled_cb), self);
  mp_wrap_box_insert_child_after (MP_WRAP_BOX (self->toolbar), GTK_WIDGET (self->all_toggle),
                                  GTK_WIDGET (self->filter_dropdown));
  update_all_toggle (self);

  return self->filter_dropdown;
}

static void
sync_controls (MpChartPanel *self)
{
  MpChartKind kind = MP_CHART_KIND_AID;
  int index;

  self->updating++;

  mp_chart_parse_name (self->chart, &kind, NULL, NULL);
  for (guint i = 0; i < N_BUTTONS; i++)
    gtk_toggle_button_set_active (self->buttons[i], (guint) kind == i);

  if (kind == MP_CHART_KIND_INDICATOR)
    ensure_indicator_dropdown (self);
  index = find_indicator (self, indicator_of (self->chart));
  if (index >= 0 && self->indicator_dropdown != NULL)
    gtk_drop_down_set_selected (self->indicator_dropdown, (guint) index);

  if (self->indicator_dropdown != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->indicator_dropdown), kind == MP_CHART_KIND_INDICATOR);
  if (self->log_toggle != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->log_toggle), kind == MP_CHART_KIND_INDICATOR);
  if (self->filter_dropdown != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->filter_dropdown), kind == MP_CHART_KIND_MEMBERSHIPS);
  update_all_toggle (self);
  /* "memberships:shared" and ":unique" (lessons, the command line) show
   * in the filter, so what is drawn and what the control says agree. */
  if (kind == MP_CHART_KIND_MEMBERSHIPS)
    gtk_drop_down_set_selected (ensure_filter_dropdown (self),
                                g_str_has_suffix (self->chart, ":shared") ? MP_TIMELINE_SHARED
                                : g_str_has_suffix (self->chart, ":unique") ? MP_TIMELINE_UNIQUE
                                : MP_TIMELINE_ALL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->buttons[BUTTON_INDICATORS]),
                            self->indicator_ids->len > 0 || kind == MP_CHART_KIND_INDICATOR);

  self->updating--;
}

static void
chart_changed_cb (MpChartPanel *self,
                  MpChartView  *view)
{
  refresh_table (self);
  update_all_toggle (self);
}

/* A value's source was asked for, in the chart or the table: said with
 * where the value is, in the panel's coordinates. */
static void
source_activated_cb (MpChartPanel       *self,
                     const char         *source_id,
                     const char         *figure,
                     const GdkRectangle *rect,
                     GtkWidget          *view)
{
  GdkRectangle area = *rect;
  double x, y;

  if (gtk_widget_translate_coordinates (view, GTK_WIDGET (self), rect->x, rect->y, &x, &y))
    {
      area.x = (int) floor (x);
      area.y = (int) floor (y);
    }
  g_signal_emit (self, signals[SOURCE_ACTIVATED], 0, source_id, figure, &area);
}

static const char *
first_indicator (MpChartPanel *self)
{
  if (self->last_indicator != NULL && find_indicator (self, self->last_indicator) >= 0)
    return self->last_indicator;
  if (self->indicator_ids->len > 0)
    return g_ptr_array_index (self->indicator_ids, 0);
  return self->last_indicator;
}

static void
button_toggled_cb (MpChartPanel    *self,
                   GtkToggleButton *button)
{
  g_autofree char *name = NULL;

  if (self->updating > 0 || !gtk_toggle_button_get_active (button))
    return;

  if (button == self->buttons[BUTTON_AID])
    name = g_strdup ("aid");
  else if (button == self->buttons[BUTTON_CONTRIBUTIONS])
    name = g_strdup ("contributions");
  else if (button == self->buttons[BUTTON_MEMBERSHIPS])
    name = g_strdup ("memberships");
  else if (first_indicator (self) != NULL)
    name = g_strconcat (INDICATOR_PREFIX, first_indicator (self), NULL);
  else
    {
      sync_controls (self);
      return;
    }

  mp_chart_panel_set_chart (self, name);
}

static void
indicator_selected_cb (MpChartPanel *self,
                       GParamSpec   *pspec,
                       GtkDropDown  *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  g_autofree char *name = NULL;

  if (self->updating > 0 || selected >= self->indicator_ids->len)
    return;

  name = g_strconcat (INDICATOR_PREFIX, (const char *) g_ptr_array_index (self->indicator_ids, selected), NULL);
  mp_chart_panel_set_chart (self, name);
}

static void
filter_selected_cb (MpChartPanel *self,
                    GParamSpec   *pspec,
                    GtkDropDown  *dropdown)
{
  mp_chart_view_set_filter (self->view, (MpTimelineFilter) gtk_drop_down_get_selected (dropdown));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MpChartPanel *self = MP_CHART_PANEL (widget);
  g_autofree char *text = NULL;

  /* Copying works with the table hidden too: build it first. */
  if (!self->table_visible)
    {
      MpChart *chart = mp_chart_view_get_chart_data (self->view);

      mp_chart_table_view_set_table (ensure_table_view (self), chart != NULL ? mp_chart_get_table (chart) : NULL);
    }

  text = mp_chart_table_view_to_tsv (ensure_table_view (self));
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
}

static void
show_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  mp_chart_panel_set_chart (MP_CHART_PANEL (widget), g_variant_get_string (parameter, NULL));
}

static void
mp_chart_panel_dispose (GObject *object)
{
  MpChartPanel *self = MP_CHART_PANEL (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (mp_chart_panel_parent_class)->dispose (object);
}

static void
mp_chart_panel_finalize (GObject *object)
{
  MpChartPanel *self = MP_CHART_PANEL (object);

  g_clear_pointer (&self->indicator_ids, g_ptr_array_unref);
  g_clear_object (&self->indicator_names);
  g_free (self->chart);
  g_free (self->last_indicator);

  G_OBJECT_CLASS (mp_chart_panel_parent_class)->finalize (object);
}

static void
mp_chart_panel_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MpChartPanel *self = MP_CHART_PANEL (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_string (value, self->chart);
      break;
    case PROP_TABLE_VISIBLE:
      g_value_set_boolean (value, self->table_visible);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_chart_panel_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MpChartPanel *self = MP_CHART_PANEL (object);

  switch (prop_id)
    {
    case PROP_CHART:
      mp_chart_panel_set_chart (self, g_value_get_string (value));
      break;
    case PROP_TABLE_VISIBLE:
      mp_chart_panel_set_table_visible (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_chart_panel_class_init (MpChartPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_chart_panel_dispose;
  object_class->finalize = mp_chart_panel_finalize;
  object_class->get_property = mp_chart_panel_get_property;
  object_class->set_property = mp_chart_panel_set_property;

  properties[PROP_CHART] =
    g_param_spec_string ("chart", NULL, NULL, "aid",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TABLE_VISIBLE] =
    g_param_spec_boolean ("table-visible", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MpChartPanel::source-activated:
   * @source_id: the id of the source behind a clicked value or table row
   * @figure: (nullable): the value it is about, as the chart names it
   * @rect: where the value is, in the panel's coordinates
   */
  signals[SOURCE_ACTIVATED] =
    g_signal_new ("source-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_STRING, G_TYPE_STRING, GDK_TYPE_RECTANGLE);

  gtk_widget_class_install_property_action (widget_class, "chart.table", "table-visible");
  gtk_widget_class_install_action (widget_class, "chart.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "chart.show", "s", show_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "mp-chart-panel");
  /* A group, not a generic widget that GTK 4.8 names "MpChartPanel". */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* A chart tab is a radio button to a screen reader: GTK 4.8 gives a
 * grouped toggle button the button role and a "pressed" state, with
 * nothing saying that exactly one is chosen. */
static void
switch_button_active_cb (GtkToggleButton *button)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (button),
                               GTK_ACCESSIBLE_STATE_CHECKED, gtk_toggle_button_get_active (button),
                               -1);
}

static GtkToggleButton *
add_switch_button (GtkWidget       *box,
                   const char      *label,
                   GtkToggleButton *group)
{
  GtkWidget *button = mnemonic_toggle_new (label, TRUE);

  /* Orca (43) takes the label a radio button is labelled by for the name
   * of its group and said "Aid. Aid. selected radio button".  The name
   * is the shown text, as a property; the group is named by its box. */
  mp_accessible_name_by_text (GTK_BUTTON (button));
  g_signal_connect (button, "notify::active", G_CALLBACK (switch_button_active_cb), NULL);
  switch_button_active_cb (GTK_TOGGLE_BUTTON (button));

  if (group != NULL)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
  mp_wrap_box_append (MP_WRAP_BOX (box), button);

  return GTK_TOGGLE_BUTTON (button);
}

static void
mp_chart_panel_init (MpChartPanel *self)
{
  GtkWidget *switcher;
  GtkWidget *spacer;

  self->chart = g_strdup ("aid");
  self->indicator_ids = g_ptr_array_new_with_free_func (g_free);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  /* The toolbar; in a narrow window (down to 360 px) it wraps onto
   * more lines, so that every control stays in view, rather than
   * scrolling sideways or forcing the window wider.  The chart
   * switcher wraps too. */
  self->toolbar = mp_wrap_box_new (6);
  gtk_widget_add_css_class (self->toolbar, "mp-chart-toolbar");
  gtk_box_append (GTK_BOX (self->box), self->toolbar);

  /* A group ("panel" to AT-SPI), where Orca looks for the name of a
   * radio button's group: it says "Chart. Aid. selected radio button".
   * It passes over a radio group ("grouping") to the panels above. */
  switcher = mp_wrap_box_new (0);
  gtk_widget_add_css_class (switcher, "linked");
  gtk_accessible_update_property (GTK_ACCESSIBLE (switcher),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Chart"), -1);
  mp_wrap_box_append (MP_WRAP_BOX (self->toolbar), switcher);
  self->buttons[BUTTON_AID] = add_switch_button (switcher, _("_Aid"), NULL);
  self->buttons[BUTTON_CONTRIBUTIONS] = add_switch_button (switcher, _("C_ontributions"), self->buttons[BUTTON_AID]);
  self->buttons[BUTTON_MEMBERSHIPS] = add_switch_button (switcher, _("_Memberships"), self->buttons[BUTTON_AID]);
  self->buttons[BUTTON_INDICATORS] = add_switch_button (switcher, _("_Indicators"), self->buttons[BUTTON_AID]);
  self->switcher = switcher;
  for (guint i = 0; i < N_BUTTONS; i++)
    g_signal_connect_swapped (self->buttons[i], "toggled", G_CALLBACK (button_toggled_cb), self);

  self->indicator_names = gtk_string_list_new (NULL);

  spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_hexpand (spacer, TRUE);
  mp_wrap_box_append (MP_WRAP_BOX (self->toolbar), spacer);

  self->table_toggle = mnemonic_toggle_new (_("_Table"), FALSE);
  mp_widget_set_tooltip (self->table_toggle, _("Show the numbers as a table"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->table_toggle), "chart.table");
  mp_wrap_box_append (MP_WRAP_BOX (self->toolbar), self->table_toggle);

  /* The chart and the table. */
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->stack));

  self->view = MP_CHART_VIEW (mp_chart_view_new ());
  g_signal_connect_object (self->view, "changed", G_CALLBACK (chart_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "source-activated", G_CALLBACK (source_activated_cb), self,
                           G_CONNECT_SWAPPED);
  /* No scroller of its own: a long chart (a timeline) makes the page
   * longer and scrolls with it, as one scrollable page should. */
  gtk_stack_add_titled (self->stack, GTK_WIDGET (self->view), "chart", _("Chart"));

  gtk_stack_set_visible_child_name (self->stack, "chart");

  sync_controls (self);
}

GtkWidget *
mp_chart_panel_new (void)
{
  return g_object_new (MP_TYPE_CHART_PANEL, NULL);
}

void
mp_chart_panel_set_dataset (MpChartPanel *self,
                            MpDataset    *dataset)
{
  GPtrArray *indicators;
  const char *current;

  g_return_if_fail (MP_IS_CHART_PANEL (self));
  g_return_if_fail (dataset == NULL || MP_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  /* The indicator menu follows the dataset. */
  self->updating++;
  g_ptr_array_set_size (self->indicator_ids, 0);
  gtk_string_list_splice (self->indicator_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->indicator_names)), NULL);
  indicators = dataset != NULL ? mp_dataset_get_indicators (dataset) : NULL;
  for (guint i = 0; indicators != NULL && i < indicators->len; i++)
    {
      const MpIndicator *indicator = g_ptr_array_index (indicators, i);
      const char *name = indicator->name != NULL ? mp_text_get (indicator->name, NULL) : indicator->id;

      g_ptr_array_add (self->indicator_ids, g_strdup (indicator->id));
      gtk_string_list_append (self->indicator_names, name);
    }
  self->updating--;

  mp_chart_view_set_dataset (self->view, dataset);

  /* An indicator this dataset lacks: show its first one instead. */
  current = indicator_of (self->chart);
  if (current != NULL && find_indicator (self, current) < 0 && self->indicator_ids->len > 0)
    {
      g_autofree char *name = g_strconcat (INDICATOR_PREFIX,
                                           (const char *) g_ptr_array_index (self->indicator_ids, 0), NULL);
      mp_chart_panel_set_chart (self, name);
    }
  else
    sync_controls (self);
}

void
mp_chart_panel_set_countries (MpChartPanel       *self,
                              const char * const *country_ids)
{
  g_return_if_fail (MP_IS_CHART_PANEL (self));

  mp_chart_view_set_countries (self->view, country_ids);
}

void
mp_chart_panel_set_chart (MpChartPanel *self,
                          const char   *chart)
{
  MpChartKind kind;
  const char *indicator;

  g_return_if_fail (MP_IS_CHART_PANEL (self));

  /* A name we do not know (an old setting, a typo): fall back to aid. */
  if (chart == NULL || !mp_chart_parse_name (chart, &kind, NULL, NULL))
    chart = "aid";

  if (g_strcmp0 (self->chart, chart) == 0)
    {
      sync_controls (self);
      return;
    }

  g_free (self->chart);
  self->chart = g_strdup (chart);
  indicator = indicator_of (chart);
  if (indicator != NULL)
    {
      g_free (self->last_indicator);
      self->last_indicator = g_strdup (indicator);
    }

  sync_controls (self);
  mp_chart_view_set_chart (self->view, chart);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

const char *
mp_chart_panel_get_chart (MpChartPanel *self)
{
  g_return_val_if_fail (MP_IS_CHART_PANEL (self), NULL);

  return self->chart;
}

/* Copy (the table as TSV) shows with the table, and is built with it. */
static void
ensure_copy_button (MpChartPanel *self)
{
  GtkWidget *content;
  GtkWidget *label;

  if (self->copy_button != NULL)
    return;

  self->copy_button = gtk_button_new ();
  content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (content), gtk_image_new_from_icon_name ("edit-copy-symbolic"));
  mp_accessible_hide (gtk_widget_get_last_child (content));
  label = gtk_label_new_with_mnemonic (_("_Copy"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), self->copy_button);
  gtk_box_append (GTK_BOX (content), label);
  gtk_button_set_child (GTK_BUTTON (self->copy_button), content);
  mp_widget_set_tooltip (self->copy_button, _("Copy the table as tab-separated text"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->copy_button), "chart.copy");
  mp_wrap_box_insert_child_after (MP_WRAP_BOX (self->toolbar), self->copy_button,
                              gtk_widget_get_prev_sibling (self->table_toggle));
}

void
mp_chart_panel_set_table_visible (MpChartPanel *self,
                                  gboolean      visible)
{
  g_return_if_fail (MP_IS_CHART_PANEL (self));

  visible = !!visible;
  if (self->table_visible == visible)
    return;

  self->table_visible = visible;
  refresh_table (self);
  gtk_stack_set_visible_child_name (self->stack, visible ? "table" : "chart");
  if (visible)
    ensure_copy_button (self);
  if (self->copy_button != NULL)
    gtk_widget_set_visible (self->copy_button, visible);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TABLE_VISIBLE]);
}

gboolean
mp_chart_panel_get_table_visible (MpChartPanel *self)
{
  g_return_val_if_fail (MP_IS_CHART_PANEL (self), FALSE);

  return self->table_visible;
}

MpChartView *
mp_chart_panel_get_view (MpChartPanel *self)
{
  g_return_val_if_fail (MP_IS_CHART_PANEL (self), NULL);

  return self->view;
}

MpChartTableView *
mp_chart_panel_get_table_view (MpChartPanel *self)
{
  g_return_val_if_fail (MP_IS_CHART_PANEL (self), NULL);

  return ensure_table_view (self);
}
