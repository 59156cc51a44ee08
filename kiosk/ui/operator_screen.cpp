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

std::string when(const std::optional<std::int64_t>& unix_seconds, const kiosk_model& m) {
  if (!unix_seconds) return m.text(text_id::operator_never);
  const std::time_t t = static_cast<std::time_t>(*unix_seconds);
  std::tm local{};
  localtime_r(&t, &local);
  char out[32];
  std::strftime(out, sizeof out, "%Y-%m-%d %H:%M", &local);
  return out;
}

// Returns what the kiosk trusts the server by: its pinned key, a CA file or the system's store.
std::string server_key(const sync_mark& s, const kiosk_model& m) {
  if (s.plain_http) return m.text(text_id::operator_trust_plain);
  if (!s.pin_short.empty()) return s.pin_short;
  if (!s.ca_file.empty()) return format_text(text_id::operator_trust_ca_file, m.language(), {{"name", s.ca_file}});
  return m.text(text_id::operator_trust_system);
}

// Draws a text field with a button after it, ending at right; returns true when the button is tapped.
bool field_row(ui_context& ui, float y, float right, const char* id, char* buffer, std::size_t size,
               const std::string& action) {
  const theme& t = ui.look;
  const float button_w = std::max(t.touch * 3.2f, ui.inner_width() * 0.22f);
  const float h = std::max(t.touch, t.body->FontSize * 1.9f);
  ImGui::SetCursorScreenPos(ImVec2(t.margin, y));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(t.gap, (h - t.body->FontSize) * 0.5f));
  ImGui::SetNextItemWidth(right - t.margin - button_w - t.gap);
  ImGui::InputText(id, buffer, size);
  ImGui::PopStyleVar();
  const float x = right - button_w;
  return tap_button(ui, std::string(id).substr(2), ImVec2(x, y), ImVec2(x + button_w, y + h), action, button_kind::primary, t.body_bold);
}

}  // namespace

void draw_operator_screen(ui_context& ui) {
  const kiosk_model& m = ui.model;
  const theme& t = ui.look;
  const palette& p = t.colours;
  const sync_mark& s = m.sync();
  const float left = t.margin;
  const float width = ui.inner_width();
  if (!ui.inputs.server_loaded) {
    std::strncpy(ui.inputs.server, s.server_address.c_str(), sizeof ui.inputs.server - 1);
    ui.inputs.server_loaded = true;
  }

  float y = t.margin;
  ui.draw->AddText(t.title, t.title->FontSize, ImVec2(left, y), p.ink, m.text(text_id::operator_title).c_str());
  y += t.title->FontSize * 1.6f;

  const bool refused = s.tls_refused && s.enrolled && !s.needs_enrollment && !s.protocol_mismatch;
  const bool queue_error = s.queue_error && !s.protocol_mismatch;
  const std::string status = s.protocol_mismatch  ? m.text(text_id::operator_protocol_mismatch)
                             : queue_error        ? m.text(text_id::operator_queue_error)
                             : !s.enrolled        ? m.text(text_id::operator_first_enrollment)
                             : s.needs_enrollment ? m.text(text_id::operator_needs_enrollment)
                             : refused            ? m.text(text_id::operator_tls_refused)
                                                  : s.message;
  if (!status.empty()) y += draw_text(ui, t.body_bold, ImVec2(left, y), width, p.warning, status) + t.gap;
  // Why, in the small type: the headline above says what it means.
  if (refused || queue_error) y += draw_text(ui, t.small, ImVec2(left, y - t.gap), width, p.warning, s.message) + t.gap * 0.5f;

  std::vector<std::pair<text_id, std::string>> rows = {
      {text_id::operator_status, m.text(s.enrolled ? text_id::operator_enrolled : text_id::operator_not_enrolled) + "  \u00b7  " +
                                     m.text(s.online ? text_id::sync_online : text_id::sync_offline)},
      {text_id::operator_location, m.has_config() ? m.config().location_name() : std::string("\u2013")},
      {text_id::operator_server_key, server_key(s, m)},
      {text_id::operator_queue, std::to_string(s.queued)},
  };
  // Only when there are some: most kiosks never have any, and small screens need the room.
  if (s.held > 0) rows.emplace_back(text_id::operator_held, std::to_string(s.held));
  if (s.refused > 0) rows.emplace_back(text_id::operator_refused, std::to_string(s.refused));
  rows.insert(rows.end(), {{text_id::operator_last_sync, when(s.last_sync_unix, m)},
                           {text_id::operator_config_version,
                            m.has_config() ? std::to_string(m.config().config_version()) : std::string("\u2013")},
                           {text_id::operator_version, ui.version}});
  for (const auto& [label, value] : rows) {
    ui.draw->AddText(t.body, t.body->FontSize, ImVec2(left, y), p.muted, m.text(label).c_str());
    ui.draw->AddText(t.body_bold, t.body_bold->FontSize, ImVec2(left + width * 0.42f, y), p.ink, value.c_str());
    y += t.body->FontSize * 1.45f;
  }
  y += t.gap;

  const float h = std::max(t.touch * 1.25f, t.body->FontSize * 2.6f);
  const float w = std::max(t.touch * 3.5f, ui.size.x * 0.22f);
  const ImVec2 a(ui.size.x - t.margin - w, ui.size.y - t.margin - h);
  // A row that would reach down to the Close button ends left of it, when a long status pushed it there.
  const auto right_end = [&](float bottom) { return bottom > a.y - t.gap ? a.x - t.gap : left + width; };

  const float field_h = std::max(t.touch, t.body->FontSize * 1.9f);
  const float field_step = field_h + t.gap * 0.6f;
  ui.draw->AddText(t.small, t.small->FontSize, ImVec2(left, y), p.muted, m.text(text_id::operator_server).c_str());
  y += t.small->FontSize * 1.3f;
  if (field_row(ui, y, right_end(y + field_h), "##server", ui.inputs.server, sizeof ui.inputs.server,
                m.text(text_id::operator_save))) {
    ui.emit(intent::with_text(intent_kind::operator_set_server, ui.inputs.server));
  }
  y += field_step;
  ui.draw->AddText(t.small, t.small->FontSize, ImVec2(left, y), p.muted, m.text(text_id::operator_enroll_code).c_str());
  y += t.small->FontSize * 1.3f;
  if (field_row(ui, y, right_end(y + field_h), "##enroll", ui.inputs.enrollment_code, sizeof ui.inputs.enrollment_code,
                m.text(text_id::operator_enroll))) {
    intent enroll = intent::with_text(intent_kind::operator_enroll, ui.inputs.enrollment_code);
    enroll.value = ui.inputs.discard_other_store ? 1 : 0;
    ui.emit(std::move(enroll));
    ui.inputs.enrollment_code[0] = '\0';
  }
  y += field_step;
  // What happens to answers waiting here when the code is another store's: sent there first
  // (the default), or discarded.
  const bool discard = ui.inputs.discard_other_store;
  const std::string discard_label = (discard ? "\u2713 " : "") + m.text(text_id::operator_discard_other_store);
  const float toggle_w = std::min(right_end(y + field_h) - left,
                                  t.small->CalcTextSizeA(t.small->FontSize, 1e9f, 0, discard_label.c_str()).x + t.gap * 3);
  if (tap_button(ui, "discard", ImVec2(left, y), ImVec2(left + toggle_w, y + field_h), discard_label,
                 discard ? button_kind::pill_chosen : button_kind::pill, t.small)) {
    ui.inputs.discard_other_store = !discard;
  }
  y += field_step;
  if (!m.operator_message().empty()) {
    draw_text(ui, t.body, ImVec2(left, y), right_end(y + t.body->FontSize * 2.4f) - left, p.primary, m.operator_message());
  }

  if (tap_button(ui, "operator.close", a, ImVec2(a.x + w, a.y + h), m.text(text_id::operator_close), button_kind::secondary)) {
    ui.emit(intent::of(intent_kind::operator_close));
  }
}

}  // namespace storepulse::kiosk::ui
