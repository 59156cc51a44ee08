#include <algorithm>

#include "kiosk/ui/news_card.h"
#include "kiosk/ui/screens.h"
#include "kiosk/ui/widgets.h"

namespace storepulse::kiosk::ui {
namespace {

// Draws "Our values" and the value cards between top and bottom when they have room; on a
// cramped screen the thank-you screen still shows them.
void draw_attract_values(ui_context& ui, float top, float bottom) {
  const theme& t = ui.look;
  if (bottom + t.gap * 2.0f - top <= t.body->FontSize * 5) return;
  const float left = t.margin;
  ui.draw->AddText(t.body_bold, t.body_bold->FontSize, ImVec2(left, top), t.colours.muted,
                   ui.model.text(text_id::our_values).c_str());
  top += t.body_bold->FontSize * 1.5f;
  draw_value_cards(ui, ImVec2(left, top), ImVec2(ui.size.x - t.margin, bottom), ui.model.values(), true);
}

}  // namespace

void draw_attract_screen(ui_context& ui) {
  const kiosk_model& m = ui.model;
  const theme& t = ui.look;
  const palette& p = t.colours;
  const float left = t.margin;
  const float right = ui.size.x - t.margin;
  const float width = right - left;

  // The hidden corner: five quick taps open the operator PIN.
  ImGui::SetCursorScreenPos(ImVec2(0, 0));
  if (ImGui::InvisibleButton("operator_corner", ImVec2(t.touch, t.touch))) ui.emit(intent::of(intent_kind::operator_corner_tap));
  ui.layout.add("operator_corner", 0, 0, t.touch, t.touch);

  float y = t.margin;
  const std::string store = m.has_config() ? m.config().location_name() : std::string("Storepulse");
  ui.draw->AddText(t.small, t.small->FontSize, ImVec2(left, y), p.muted, store.c_str());
  draw_sync_mark(ui, ImVec2(right, y));
  y += t.small->FontSize + t.gap * 1.5f;

  // Bottom-up: the remediation button and the language row have fixed heights.
  const float button_h = std::max(t.touch, t.body->FontSize * 2.6f);
  const float fix_top = ui.size.y - t.margin - button_h;
  const float lang_h = std::max(t.touch, t.body->FontSize * 2.0f);
  const float lang_top = fix_top - t.gap * 2.5f - lang_h;
  const float start_h = std::max(t.touch * 1.1f, t.title->FontSize * 2.4f);
  const float start_top = lang_top - t.gap * 2.0f - start_h;
  // The line above Start: a notice, why Start waits, or the promise; it may wrap on a narrow screen.
  // A queue that cannot be written is said before anyone answers: the survey is still offered,
  // since each save tries the file again.
  const bool cannot_save = !m.notice().empty() || m.sync().queue_error;
  const std::string promise = !m.notice().empty()  ? m.notice()
                              : m.sync().queue_error ? m.text(text_id::save_unavailable)
                              : m.at_hourly_cap()    ? m.text(text_id::hourly_cap_wait)
                              : m.in_cooldown()      ? m.text(text_id::cooldown_wait)
                                                     : m.text(text_id::anonymous_promise);
  const float promise_h = std::max(t.body_bold->FontSize * 1.2f, text_height(t.body_bold, width, promise));
  const float promise_top = start_top - t.gap - promise_h;

  if (!m.has_config()) {
    const float h = text_height(t.title, width, m.text(text_id::not_set_up));
    draw_text(ui, t.title, ImVec2(left, (y + promise_top - h) * 0.5f), width, p.ink, m.text(text_id::not_set_up), align::center);
  } else {
    // A shared plan, message or story first: it changes, so it is what a passer-by notices.
    const float bottom = promise_top - t.gap * 2.0f;
    if (const auto news = m.attract_news()) {
      // Below the hidden corner, so that a tap on the card never counts towards the operator PIN.
      y = std::max(y, t.touch + t.gap * 0.5f);
      const float values_h = t.body_bold->FontSize * 1.5f + t.body->FontSize * 5;
      // With the values below when both fit, in smaller type if need be; else the card alone,
      // centred in the room, and the thank-you screen shows the values.
      const auto fits_values = [&](float h) { return bottom - y - h - t.gap * 1.5f >= values_h; };
      const float large = news_card_height(ui, width, *news, {});
      const float small = news_card_height(ui, width, *news, {}, t.body);
      const float card_h = fits_values(large) ? large : fits_values(small) ? small : std::min(large, bottom - y);
      const bool with_values = fits_values(card_h);
      const float top = with_values ? y : y + (bottom - y - card_h) * 0.5f;
      draw_news_card(ui, ImVec2(left, top), ImVec2(right, top + card_h), *news);
      y = with_values ? y + card_h + t.gap * 1.5f : bottom;
    }
    draw_attract_values(ui, y, bottom);
  }

  draw_text(ui, t.body_bold, ImVec2(left, promise_top), width, cannot_save ? p.warning : p.ink, promise, align::center);
  const float start_w = std::min(width, std::max(width * 0.5f, t.touch * 6));
  const float sx = left + (width - start_w) * 0.5f;
  const bool can_start = m.has_config() && !m.in_cooldown() && !m.at_hourly_cap();
  // A Start that cannot act yet says when it can.
  const auto ready_in = m.survey_ready_in();
  const std::string start_label =
      ready_in && !m.at_hourly_cap() ? format_text(text_id::ready_in, m.language(), {{"n", std::to_string(*ready_in)}})
                                     : m.text(text_id::start_survey);
  if (tap_button(ui, "start", ImVec2(sx, start_top), ImVec2(sx + start_w, start_top + start_h), start_label,
                 can_start ? button_kind::primary : button_kind::disabled, t.title)) {
    ui.emit(intent::of(intent_kind::start_survey));
  }

  const auto languages = m.languages();
  const float n = static_cast<float>(languages.size());
  const float pill_w = std::min(t.touch * 4.0f, (width - t.gap * (n - 1)) / n);
  float x = left + (width - (pill_w * n + t.gap * (n - 1))) * 0.5f;
  for (const auto& language : languages) {
    const bool chosen = language == m.language();
    if (tap_button(ui, "lang." + language, ImVec2(x, lang_top), ImVec2(x + pill_w, lang_top + lang_h), language_name(language),
                   chosen ? button_kind::pill_chosen : button_kind::pill, t.body)) {
      ui.emit(intent::with_text(intent_kind::choose_language, language));
    }
    x += pill_w + t.gap;
  }

  const float fix_w = ui.portrait() ? width : std::min(width, std::max(width * 0.6f, t.touch * 7));
  const float fx = left + (width - fix_w) * 0.5f;
  const auto fix_ready_in = m.remediation_ready_in();
  const std::string fix_label = fix_ready_in ? format_text(text_id::fixed_problem_wait, m.language(),
                                                           {{"n", std::to_string(*fix_ready_in)}})
                                             : m.text(text_id::fixed_problem);
  if (tap_button(ui, "remediation", ImVec2(fx, fix_top), ImVec2(fx + fix_w, fix_top + button_h), fix_label,
                 m.has_config() && !fix_ready_in ? button_kind::accent : button_kind::disabled)) {
    ui.emit(intent::of(intent_kind::start_remediation));
  }
}

}  // namespace storepulse::kiosk::ui
