#include <algorithm>
#include <vector>

#include "kiosk/ui/news_card.h"
#include "kiosk/ui/screens.h"
#include "kiosk/ui/widgets.h"

namespace storepulse::kiosk::ui {
namespace {

// The line above Start: a notice, why Start waits, or the promise; it may wrap on a narrow screen.
// A queue that cannot be written is said before anyone answers: the survey is still offered,
// since each save tries the file again.
std::string promise_of(const kiosk_model& m) {
  return !m.notice().empty()   ? m.notice()
         : m.sync().queue_error ? m.text(text_id::save_unavailable)
         : m.at_hourly_cap()    ? m.text(text_id::hourly_cap_wait)
         : m.in_cooldown()      ? m.text(text_id::cooldown_wait)
                                : m.text(text_id::anonymous_promise);
}

// The heights of the controls, bottom-up: the remediation button, the languages, Start, the line above it.
struct control_heights {
  float fix, lang, start, promise, gap_fix, gap_lang;
  float total() const { return fix + gap_fix + lang + gap_lang + start + promise; }
};

control_heights heights_of(const ui_context& ui, float width) {
  const theme& t = ui.look;
  // Where the screen is short the controls close up, to leave the values room for their meanings.
  const bool tall = ui.size.y >= t.touch * 10;
  control_heights h{};
  h.fix = std::max(t.touch, t.body->FontSize * (tall ? 2.6f : 2.2f));
  h.lang = std::max(t.touch, t.body->FontSize * 2.0f);
  h.start = std::max(t.touch * 1.1f, t.title->FontSize * (tall ? 2.4f : 2.0f));
  h.gap_fix = t.gap * (tall ? 2.5f : 1.5f);
  h.gap_lang = t.gap * (tall ? 2.0f : 1.5f);
  h.promise = t.gap + std::max(t.body_bold->FontSize * 1.2f, text_height(t.body_bold, width, promise_of(ui.model)));
  return h;
}

// Draws the promise, Start, the languages and the remediation button over [left, left + width]
// ending at bottom.
void draw_controls(ui_context& ui, float left, float width, float bottom) {
  const kiosk_model& m = ui.model;
  const theme& t = ui.look;
  const palette& p = t.colours;
  const control_heights h = heights_of(ui, width);
  const float fix_top = bottom - h.fix;
  const float lang_top = fix_top - h.gap_fix - h.lang;
  const float start_top = lang_top - h.gap_lang - h.start;
  const float promise_top = start_top - h.promise;

  const bool cannot_save = !m.notice().empty() || m.sync().queue_error;
  draw_text(ui, t.body_bold, ImVec2(left, promise_top), width, cannot_save ? p.warning : p.ink, promise_of(m), align::center);
  const float start_w = std::min(width, std::max(width * 0.5f, t.touch * 6));
  const float sx = left + (width - start_w) * 0.5f;
  const bool can_start = m.has_config() && !m.in_cooldown() && !m.at_hourly_cap();
  // A Start that cannot act yet says when it can.
  const auto ready_in = m.survey_ready_in();
  const std::string start_label =
      ready_in && !m.at_hourly_cap() ? format_text(text_id::ready_in, m.language(), {{"n", std::to_string(*ready_in)}})
                                     : m.text(text_id::start_survey);
  if (tap_button(ui, "start", ImVec2(sx, start_top), ImVec2(sx + start_w, start_top + h.start), start_label,
                 can_start ? button_kind::primary : button_kind::disabled, t.title)) {
    ui.emit(intent::of(intent_kind::start_survey));
  }

  // The languages by name where the names fit, else by code.
  const auto languages = m.languages();
  const float n = static_cast<float>(languages.size());
  const float pill_w = std::min(t.touch * 4.0f, (width - t.gap * (n - 1)) / n);
  bool names = true;
  for (const auto& language : languages) names = names && line_width(t.body, language_name(language)) + h.lang * 0.5f + t.gap <= pill_w;
  draw_language_pills(ui, ImVec2(left + (width - (pill_w * n + t.gap * (n - 1))) * 0.5f, lang_top), ImVec2(pill_w, h.lang), names);

  const float fix_w = ui.portrait() ? width : std::min(width, std::max(width * 0.6f, t.touch * 7));
  const float fx = left + (width - fix_w) * 0.5f;
  const auto fix_ready_in = m.remediation_ready_in();
  const std::string fix_label = fix_ready_in ? format_text(text_id::fixed_problem_wait, m.language(),
                                                           {{"n", std::to_string(*fix_ready_in)}})
                                             : m.text(text_id::fixed_problem);
  if (tap_button(ui, "remediation", ImVec2(fx, fix_top), ImVec2(fx + fix_w, fix_top + h.fix), fix_label,
                 m.has_config() && !fix_ready_in ? button_kind::accent : button_kind::disabled)) {
    ui.emit(intent::of(intent_kind::start_remediation));
  }
}

}  // namespace

void draw_attract_screen(ui_context& ui) {
  const kiosk_model& m = ui.model;
  const theme& t = ui.look;
  const palette& p = t.colours;
  const float left = t.margin;
  const float right = ui.size.x - t.margin;
  const float width = right - left;
  const float bottom = ui.size.y - t.margin;

  // The hidden corner: five quick taps open the operator PIN.
  ImGui::SetCursorScreenPos(ImVec2(0, 0));
  if (ImGui::InvisibleButton("operator_corner", ImVec2(t.touch, t.touch))) ui.emit(intent::of(intent_kind::operator_corner_tap));
  ui.layout.add("operator_corner", 0, 0, t.touch, t.touch);

  float y = t.margin;
  const std::string store = m.has_config() ? m.config().location_name() : std::string("Storepulse");
  draw_line(ui, t.small, ImVec2(left, y), p.muted, store);
  draw_sync_mark(ui, ImVec2(right, y));
  y += t.small->FontSize + t.gap * 1.5f;

  if (!m.has_config()) {
    const float promise_top = bottom - heights_of(ui, width).total();
    const float h = text_height(t.title, width, m.text(text_id::not_set_up));
    draw_text(ui, t.title, ImVec2(left, (y + promise_top - h) * 0.5f), width, p.ink, m.text(text_id::not_set_up), align::center);
    draw_controls(ui, left, width, bottom);
    return;
  }

  // The values above the controls, with a shared plan, message or story over them when one is
  // rotating (it changes, so it is what a passer-by notices). When the meanings do not fit there on
  // a landscape screen, the values take the left of the screen and the controls (under the card)
  // its right. Where nothing lets both keep their size, the card shows alone and the values take a
  // turn of their own in the rotation.
  const auto news = m.attract_news();
  // Below the hidden corner, so that a tap on the card never counts towards the operator PIN.
  const float card_top = news ? std::max(y, t.touch + t.gap * 0.5f) : y;
  const float heading_h = t.body_bold->FontSize * 1.5f;
  const float above_bottom = bottom - heights_of(ui, width).total() - t.gap * 1.5f;
  const auto card_sizes = [&](float card_width) {
    std::vector<float> sizes{0.0f};
    if (news) sizes = {news_card_height(ui, card_width, *news, {}), news_card_height(ui, card_width, *news, {}, t.body)};
    return sizes;
  };
  const auto draw_values = [&](const value_cards& plan, float top, float bottom_of_values) {
    draw_line(ui, t.body_bold, ImVec2(left, top), p.muted, m.text(text_id::our_values));
    top += heading_h;
    draw_value_cards(ui, plan, ImVec2(left, top + (bottom_of_values - top - plan.height) * 0.5f), m.values());
  };
  const float after_card = news ? t.gap * 1.5f : 0.0f;
  for (const float card_h : card_sizes(width)) {
    const float values_top = card_top + card_h + after_card;
    const value_cards above =
        plan_value_cards(ui, ImVec2(left, values_top + heading_h), ImVec2(right, above_bottom), m.values(), ui.portrait());
    if (above.text_font == nullptr) continue;
    if (news) ui.emit(intent::with_value(intent_kind::values_need_turn, 0));
    if (news) draw_news_card(ui, ImVec2(left, card_top), ImVec2(right, card_top + card_h), *news);
    draw_values(above, values_top, above_bottom);
    draw_controls(ui, left, width, bottom);
    return;
  }
  if (!ui.portrait()) {
    const float column = width * 0.55f;
    const float controls_left = left + column + t.gap * 2;
    const float controls_w = right - controls_left;
    const float controls_h = heights_of(ui, controls_w).total();
    const value_cards beside = plan_value_cards(ui, ImVec2(left, y + heading_h), ImVec2(left + column, bottom), m.values(), true);
    for (const float card_h : card_sizes(controls_w)) {
      if (beside.text_font == nullptr || card_h + after_card + controls_h > bottom - card_top) continue;
      if (news) ui.emit(intent::with_value(intent_kind::values_need_turn, 0));
      draw_values(beside, y, bottom);
      if (news) draw_news_card(ui, ImVec2(controls_left, card_top), ImVec2(right, card_top + card_h), *news);
      const float rest_top = card_top + card_h + after_card;
      draw_controls(ui, controls_left, controls_w, bottom - (bottom - rest_top - controls_h) * 0.5f);
      return;
    }
  }
  float values_top = y;
  if (news) {
    ui.emit(intent::with_value(intent_kind::values_need_turn, 1));
    // The card alone when the values' names would not fit under it either, centred in the room;
    // where not even its small type fits (a dense 7-inch panel), it is left out rather than cut off.
    const float large = card_sizes(width).front();
    const float small = card_sizes(width).back();
    const float room = above_bottom - card_top;
    const auto names_fit = [&](float h) {
      const float top = card_top + h + after_card + heading_h;
      return plan_value_cards(ui, ImVec2(left, top), ImVec2(right, above_bottom), m.values(), ui.portrait()).name_font != nullptr;
    };
    const float card_h = names_fit(large) ? large : names_fit(small) ? small : large <= room ? large : small <= room ? small : 0.0f;
    const bool with_values = card_h > 0 && names_fit(card_h);
    if (card_h > 0) {
      const float top = with_values ? card_top : card_top + (room - card_h) * 0.5f;
      draw_news_card(ui, ImVec2(left, top), ImVec2(right, top + card_h), *news);
    } else {
      ui.layout.note("news", "no_room");
    }
    values_top = with_values ? card_top + card_h + after_card : above_bottom;
  }
  const value_cards names = plan_value_cards(ui, ImVec2(left, values_top + heading_h), ImVec2(right, above_bottom), m.values(), ui.portrait());
  if (names.name_font != nullptr) {
    draw_values(names, values_top, above_bottom);
  } else {
    // On a cramped screen the thank-you screen still shows them.
    ui.layout.note("values", "none");
  }
  draw_controls(ui, left, width, bottom);
}

}  // namespace storepulse::kiosk::ui
