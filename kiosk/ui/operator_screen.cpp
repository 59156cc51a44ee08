#include <algorithm>
#include <cstring>
#include <ctime>
#include <string>
#include <utility>
#include <vector>

#include "kiosk/ui/screens.h"
#include "kiosk/ui/widgets.h"

namespace storepulse::kiosk::ui {
namespace {

// Returns the hour a time fell in, "2026-11-30 14:00–15:00": the sync worker keeps no minute.
std::string hour_span(const std::optional<std::int64_t>& unix_seconds, const kiosk_model& m) {
  if (!unix_seconds) return m.text(text_id::operator_never);
  const auto local = [](std::int64_t seconds) {
    const auto t = static_cast<std::time_t>(seconds);
    std::tm out{};
    localtime_r(&t, &out);
    return out;
  };
  const std::int64_t hour = *unix_seconds / 3600 * 3600;
  const std::tm from = local(hour);
  const std::tm to = local(hour + 3600);
  char start[32], end[16];
  return std::string(start, std::strftime(start, sizeof start, "%Y-%m-%d %H:%M", &from)) + "\u2013" +
         std::string(end, std::strftime(end, sizeof end, "%H:%M", &to));
}

// Returns what the kiosk trusts the server by: its pinned key, a CA file or the system's store.
std::string server_key(const sync_mark& s, const kiosk_model& m) {
  if (s.plain_http) return m.text(text_id::operator_trust_plain);
  if (!s.pin_short.empty()) return s.pin_short;
  if (!s.ca_file.empty()) return format_text(text_id::operator_trust_ca_file, m.language(), {{"name", s.ca_file}});
  return m.text(text_id::operator_trust_system);
}

// The panel's headline in the operator's language, and why in the core's words (small type), when
// something is wrong.
struct panel_status {
  std::string headline;
  std::string reason;
};

panel_status status_of(const kiosk_model& m) {
  const sync_mark& s = m.sync();
  const bool refused = s.tls_refused && s.enrolled && !s.needs_enrollment && !s.protocol_mismatch;
  const bool queue_error = s.queue_error && !s.protocol_mismatch;
  if (s.protocol_mismatch) return {m.text(text_id::operator_protocol_mismatch), {}};
  if (queue_error) return {m.text(text_id::operator_queue_error), s.message};
  if (!s.enrolled) return {m.text(text_id::operator_first_enrollment), {}};
  if (s.needs_enrollment) return {m.text(text_id::operator_needs_enrollment), {}};
  if (refused) return {m.text(text_id::operator_tls_refused), s.message};
  return {s.message, {}};
}

// One line of the kiosk's state: a label and its value.
struct state_row {
  text_id label;
  std::string value;
};

std::vector<state_row> state_rows(const ui_context& ui) {
  const kiosk_model& m = ui.model;
  const sync_mark& s = m.sync();
  const std::string none = "\u2013";
  std::vector<state_row> rows = {
      {text_id::operator_status, operator_status_line(s, m.language(), static_cast<std::int64_t>(std::time(nullptr)))},
      {text_id::operator_location, m.has_config() ? m.config().location_name() : none},
      {text_id::operator_server_key, server_key(s, m)},
      {text_id::operator_queue, std::to_string(s.queued)},
  };
  // Only when there are some: most kiosks never have any, and small screens need the room.
  if (s.held > 0) rows.push_back({text_id::operator_held, std::to_string(s.held)});
  if (s.refused > 0) rows.push_back({text_id::operator_refused, std::to_string(s.refused)});
  rows.push_back({text_id::operator_last_sync, hour_span(s.last_sync_unix, m)});
  rows.push_back({text_id::operator_config_version, m.has_config() ? std::to_string(m.config().config_version()) : none});
  rows.push_back({text_id::operator_version, ui.version});
  return rows;
}

// The type of the rows and the width of their labels.
struct row_style {
  ImFont* label = nullptr;
  ImFont* value = nullptr;
  float label_width = 0;
};

row_style style_rows(const ui_context& ui, const std::vector<state_row>& rows, float column, bool small) {
  const theme& t = ui.look;
  row_style style{small ? t.small : t.body, small ? t.small : t.body_bold, 0};
  float widest = 0;
  for (const auto& row : rows) {
    widest = std::max(widest, style.label->CalcTextSizeA(style.label->FontSize, 1e9f, 0, ui.model.text(row.label).c_str()).x);
  }
  // Labels get what the longest needs, within bounds that leave their values room.
  style.label_width = std::min(column * 0.55f, std::max(column * 0.42f, widest + t.gap));
  return style;
}

// Where the panel's parts go: the state first, then the fields below it, or beside it when the
// window is too low for both.
struct panel_layout {
  float state_left = 0, state_width = 0;
  float fields_left = 0, fields_width = 0;
  float top = 0;  // below the title
  bool side_by_side = false;
  bool paged = false;  // a cramped screen: the state or the connection, switched by tabs beside Close
  row_style rows;
  ImVec2 close_min, close_max;
};

// Returns the height of the status lines and of the rows drawn in width.
float state_height(const ui_context& ui, const panel_status& status, const std::vector<state_row>& rows, float width,
                   const row_style& style) {
  const theme& t = ui.look;
  float h = 0;
  if (!status.headline.empty()) h += text_height(t.body_bold, width, status.headline) + t.gap * 0.4f;
  if (!status.reason.empty()) h += text_height(t.small, width, status.reason);
  h += t.gap;
  for (const auto& row : rows) {
    h += std::max(text_height(style.label, style.label_width - t.gap, ui.model.text(row.label)),
                  text_height(style.value, width - style.label_width, row.value)) +
         style.label->FontSize * 0.27f;
  }
  return h;
}

// A field and its button: a touch target's height, or the 12 mm minimum on a cramped screen.
float field_height(const ui_context& ui) {
  const theme& t = ui.look;
  return std::max(ui.cramped() ? mm_to_px(12.0f, t.dpi) : t.touch, t.body->FontSize * 1.9f);
}

// The space under a field's label and under a field: closer on a cramped screen.
float label_step(const ui_context& ui) { return ui.look.small->FontSize * (ui.cramped() ? 1.2f : 1.3f); }
float field_spacing(const ui_context& ui) { return ui.look.gap * (ui.cramped() ? 0.3f : 0.6f); }

std::string discard_label(const ui_context& ui) {
  return (ui.inputs.discard_other_store ? "\u2713 " : "") + ui.model.text(text_id::operator_discard_other_store);
}

// Returns the toggle's size in a column of this width: its label wraps rather than leaving it.
ImVec2 discard_size(const ui_context& ui, float width) {
  const theme& t = ui.look;
  const std::string label = discard_label(ui);
  const float w = std::min(width, t.small->CalcTextSizeA(t.small->FontSize, 1e9f, 0, label.c_str()).x + t.gap * 3);
  return {w, std::max(field_height(ui), text_height(t.small, w - t.gap * 2, label) + t.gap)};
}

float message_height(const ui_context& ui, float width) {
  const std::string& message = ui.model.operator_message();
  return message.empty() ? 0 : text_height(ui.look.body, width, message);
}

// Returns the height of the server and enrollment fields, the toggle and the message in width.
float fields_height(const ui_context& ui, float width) {
  const float step = field_height(ui) + field_spacing(ui);
  return 2 * (label_step(ui) + step) + discard_size(ui, width).y + field_spacing(ui) + message_height(ui, width);
}

panel_layout layout_panel(const ui_context& ui, const panel_status& status, const std::vector<state_row>& rows) {
  const theme& t = ui.look;
  panel_layout l;
  const float width = ui.inner_width();
  const float close_h = std::max(t.touch * 1.25f, t.body->FontSize * 2.6f);
  const float close_w = std::max(t.touch * 3.5f, ui.size.x * 0.22f);
  l.close_min = ImVec2(ui.size.x - t.margin - close_w, ui.size.y - t.margin - close_h);
  l.close_max = ImVec2(ui.size.x - t.margin, ui.size.y - t.margin);
  l.top = t.margin + t.title->FontSize * 1.6f;
  if (ui.cramped()) {
    // Neither the state nor the fields fit beside or under each other: one page at a time.
    const float h = std::max(mm_to_px(12.0f, t.dpi), t.body->FontSize * 2.0f);
    l.close_min = ImVec2(ui.size.x - t.margin - close_w, ui.size.y - ui.spacing() - h);
    l.close_max = ImVec2(ui.size.x - t.margin, ui.size.y - ui.spacing());
    l.top = ui.spacing() + t.body_bold->FontSize * 1.4f;
    l.paged = true;
    l.state_left = l.fields_left = t.margin;
    l.state_width = l.fields_width = width;
    l.rows = style_rows(ui, rows, width, false);
    if (l.top + state_height(ui, status, rows, width, l.rows) > l.close_min.y - t.gap) l.rows = style_rows(ui, rows, width, true);
    return l;
  }
  const float bottom = ui.size.y - t.margin;
  const float stacked = state_height(ui, status, rows, width, style_rows(ui, rows, width, false)) + t.gap + fields_height(ui, width);
  l.side_by_side = !ui.portrait() && l.top + stacked > bottom;
  const float column = l.side_by_side ? (width - t.gap * 2) * 0.5f : width;
  l.state_left = t.margin;
  l.state_width = column;
  l.fields_left = l.side_by_side ? t.margin + column + t.gap * 2 : t.margin;
  l.fields_width = column;
  l.rows = style_rows(ui, rows, column, false);
  // Rows that would still reach past the window (long labels, a long reason) take the small type.
  const float below = l.side_by_side ? 0 : t.gap + fields_height(ui, column);
  if (l.top + state_height(ui, status, rows, column, l.rows) + below > bottom) l.rows = style_rows(ui, rows, column, true);
  return l;
}

// Draws the status lines and the rows from y; returns the bottom.
float draw_state(ui_context& ui, const panel_layout& l, const panel_status& status, const std::vector<state_row>& rows,
                 float y) {
  const theme& t = ui.look;
  const palette& p = t.colours;
  const float left = l.state_left;
  if (!status.headline.empty()) {
    y += draw_text(ui, t.body_bold, ImVec2(left, y), l.state_width, p.warning, status.headline) + t.gap * 0.4f;
  }
  if (!status.reason.empty()) y += draw_text(ui, t.small, ImVec2(left, y), l.state_width, p.warning, status.reason);
  y += t.gap;
  for (const auto& row : rows) {
    const row_style& style = l.rows;
    const float label_h = draw_text(ui, style.label, ImVec2(left, y), style.label_width - t.gap, p.muted, ui.model.text(row.label));
    const float value_h =
        draw_text(ui, style.value, ImVec2(left + style.label_width, y), l.state_width - style.label_width, p.ink, row.value);
    y += std::max(label_h, value_h) + style.label->FontSize * 0.27f;
  }
  return y;
}

// Returns where a part of the fields column reaching down to bottom may end: left of the Close
// button when it would reach it (a long status pushed it down there).
float right_end(const panel_layout& l, const theme& t, float bottom) {
  const float right = l.fields_left + l.fields_width;
  return bottom > l.close_min.y - t.gap && right > l.close_min.x - t.gap ? l.close_min.x - t.gap : right;
}

// Draws a field showing its text over [min, max]: a tap opens the on-screen keyboard on it (a
// physical keyboard types there too). The start of a text too long for it stays in view.
void draw_field(ui_context& ui, ImVec2 min, ImVec2 max, keyboard_field field, const char* text) {
  const theme& t = ui.look;
  const palette& p = t.colours;
  const std::string id = field == keyboard_field::server ? "field.server" : "field.enroll";
  ImGui::SetCursorScreenPos(min);
  if (ImGui::InvisibleButton(id.c_str(), ImVec2(max.x - min.x, max.y - min.y))) open_operator_keyboard(ui, field);
  ui.layout.add(id, min.x, min.y, max.x - min.x, max.y - min.y);
  ui.draw->AddRectFilled(min, max, p.surface, t.rounding * 0.5f);
  ui.draw->AddRect(min, max, p.line, t.rounding * 0.5f, 0, 1.5f);
  ImFont* f = t.body;
  const char* full = text + std::strlen(text);
  const char* end = full;
  const float room = max.x - min.x - t.gap * 2;
  const float ellipsis = f->CalcTextSizeA(f->FontSize, 1e9f, 0, "\u2026").x;
  // A cut text says so: "http://127.0.0.1:4…", not a port that looks whole.
  while (end > text && f->CalcTextSizeA(f->FontSize, 1e9f, 0, text, end).x + (end < full ? ellipsis : 0) > room) --end;
  const ImVec2 at(min.x + t.gap, min.y + (max.y - min.y - f->FontSize) * 0.5f);
  ui.draw->AddText(f, f->FontSize, at, p.ink, text, end);
  float width = f->CalcTextSizeA(f->FontSize, 1e9f, 0, text, end).x;
  if (end < full) {
    ui.draw->AddText(f, f->FontSize, ImVec2(at.x + width, at.y), p.muted, "\u2026");
    width += ellipsis;
  }
  if (end > text) {
    ui.layout.enter(id);
    ui.layout.add_text(at.x, at.y, width, f->FontSize, f->FontSize);
    ui.layout.leave();
  }
}

// Draws a field with a button after it over [left, right]; returns true when the button is tapped.
bool field_row(ui_context& ui, float left, float y, float right, keyboard_field field, const char* text,
               const std::string& action) {
  const theme& t = ui.look;
  // "Enregistrer" is wider than a fifth of a portrait screen: the button takes what its label needs.
  const float label_w = t.body_bold->CalcTextSizeA(t.body_bold->FontSize, 1e9f, 0, action.c_str()).x + t.gap * 2.5f;
  const float button_w = std::min(std::max({t.touch * 3.2f, ui.inner_width() * 0.22f, label_w}), (right - left) * 0.5f);
  const float h = field_height(ui);
  draw_field(ui, ImVec2(left, y), ImVec2(right - button_w - t.gap, y + h), field, text);
  const float x = right - button_w;
  const char* id = field == keyboard_field::server ? "server" : "enroll";
  return tap_button(ui, id, ImVec2(x, y), ImVec2(x + button_w, y + h), action, button_kind::primary, t.body_bold);
}

// Draws the server and enrollment fields, the choice for another store's answers and the last
// action's result from y.
void draw_fields(ui_context& ui, const panel_layout& l, float y) {
  const kiosk_model& m = ui.model;
  const theme& t = ui.look;
  const palette& p = t.colours;
  const float left = l.fields_left;
  const float field_h = field_height(ui);
  const float step = field_h + field_spacing(ui);
  draw_line(ui, t.small, ImVec2(left, y), p.muted, m.text(text_id::operator_server));
  y += label_step(ui);
  if (field_row(ui, left, y, right_end(l, t, y + field_h), keyboard_field::server, ui.inputs.server,
                m.text(text_id::operator_save))) {
    ui.emit(intent::with_text(intent_kind::operator_set_server, ui.inputs.server));
  }
  y += step;
  draw_line(ui, t.small, ImVec2(left, y), p.muted, m.text(text_id::operator_enroll_code));
  y += label_step(ui);
  if (field_row(ui, left, y, right_end(l, t, y + field_h), keyboard_field::enrollment_code, ui.inputs.enrollment_code,
                m.text(text_id::operator_enroll))) {
    intent enroll = intent::with_text(intent_kind::operator_enroll, ui.inputs.enrollment_code);
    enroll.value = ui.inputs.discard_other_store ? 1 : 0;
    ui.emit(std::move(enroll));
    ui.inputs.enrollment_code[0] = '\0';
    ui.inputs.discard_other_store = false;  // deleting answers is chosen for one code at a time
  }
  y += step;
  // What happens to answers waiting here when the code is another store's: sent there first
  // (the default), or discarded.
  const bool discard = ui.inputs.discard_other_store;
  const ImVec2 toggle = discard_size(ui, right_end(l, t, y + field_h) - left);
  if (tap_button(ui, "discard", ImVec2(left, y), ImVec2(left + toggle.x, y + toggle.y), discard_label(ui),
                 discard ? button_kind::pill_chosen : button_kind::pill, t.small)) {
    ui.inputs.discard_other_store = !discard;
  }
  y += toggle.y + field_spacing(ui);
  const std::string& message = m.operator_message();
  if (message.empty()) return;
  // The whole column above Close, in the small type if need be; else left of Close.
  const float above_close = l.close_min.y - t.gap - y;
  ImFont* font = t.body;
  float width = l.fields_width;
  if (text_height(t.body, width, message) > above_close) {
    if (text_height(t.small, width, message) <= above_close) {
      font = t.small;
    } else {
      width = right_end(l, t, y + message_height(ui, width)) - left;
    }
  }
  draw_text(ui, font, ImVec2(left, y), width, p.primary, message);
}

// Draws the two page tabs left of Close: the state, and the connection (server, enrollment).
void draw_page_tabs(ui_context& ui, const panel_layout& l) {
  const theme& t = ui.look;
  const float w = std::min((l.close_min.x - t.margin - t.gap * 3) * 0.5f, t.touch * 4);
  float x = t.margin;
  for (const bool connection : {false, true}) {
    const text_id label = connection ? text_id::operator_connection : text_id::operator_status;
    const bool chosen = ui.inputs.connection_page == connection;
    if (tap_button(ui, connection ? "operator.page.connection" : "operator.page.status", ImVec2(x, l.close_min.y),
                   ImVec2(x + w, l.close_max.y), ui.model.text(label), chosen ? button_kind::pill_chosen : button_kind::pill,
                   t.body)) {
      ui.inputs.connection_page = connection;
    }
    x += w + t.gap;
  }
}

}  // namespace

void draw_operator_screen(ui_context& ui) {
  const kiosk_model& m = ui.model;
  const theme& t = ui.look;
  if (!ui.inputs.server_loaded) {
    std::strncpy(ui.inputs.server, m.sync().server_address.c_str(), sizeof ui.inputs.server - 1);
    ui.inputs.server_loaded = true;
  }
  // While a field is typed into, the keyboard takes the whole screen: keys of 12 mm fit even at 800x480.
  if (ui.inputs.editing != keyboard_field::none) {
    draw_operator_keyboard(ui);
    return;
  }
  draw_line(ui, ui.cramped() ? t.body_bold : t.title, ImVec2(t.margin, ui.spacing()), t.colours.ink, m.text(text_id::operator_title));

  const panel_status status = status_of(m);
  const auto rows = state_rows(ui);
  const panel_layout l = layout_panel(ui, status, rows);
  if (l.paged) {
    draw_page_tabs(ui, l);
    if (ui.inputs.connection_page) {
      draw_fields(ui, l, l.top);
    } else {
      draw_state(ui, l, status, rows, l.top);
    }
  } else {
    const float state_bottom = draw_state(ui, l, status, rows, l.top);
    draw_fields(ui, l, l.side_by_side ? l.top : state_bottom + t.gap);
  }

  if (tap_button(ui, "operator.close", l.close_min, l.close_max, m.text(text_id::operator_close), button_kind::secondary)) {
    ui.emit(intent::of(intent_kind::operator_close));
    ui.inputs.connection_page = false;  // the next operator starts with the state
  }
}

}  // namespace storepulse::kiosk::ui
