#include <algorithm>

#include "kiosk/ui/screens.h"
#include "kiosk/ui/widgets.h"

namespace storepulse::kiosk::ui {

void draw_remediation_screen(ui_context& ui) {
  const kiosk_model& m = ui.model;
  const theme& t = ui.look;
  const palette& p = t.colours;
  const float left = t.margin;
  const float width = ui.inner_width();
  const bool choosing_category = m.current_screen() == screen::remediation_category;

  float y = t.margin;
  ui.draw->AddText(t.body_bold, t.body_bold->FontSize, ImVec2(left, y), p.accent, m.text(text_id::fixed_problem).c_str());
  y += t.body_bold->FontSize * 1.5f + t.gap;
  const text_id title = choosing_category ? text_id::remediation_category_title : text_id::remediation_amount_title;
  y += draw_text(ui, t.title, ImVec2(left, y), width, p.ink, m.text(title), align::center);
  y += t.margin;

  const float footer_top = draw_back_footer(ui);
  draw_footer_languages(ui, footer_top);
  const auto choices = choosing_category ? m.remediation_categories() : m.amount_bands();
  const int n = static_cast<int>(choices.size());
  // As few columns as let every row keep a touch target's height above the footer.
  const float room = footer_top - t.margin - y;
  int columns = ui.portrait() ? 1 : 2;
  const auto rows_of = [n](int c) { return (n + c - 1) / c; };
  while (columns < n && static_cast<float>(rows_of(columns)) * (t.touch + t.gap) - t.gap > room) ++columns;
  const int rows = rows_of(columns);
  const float row_h = std::max(t.touch * 1.6f, t.body_bold->FontSize * 3.6f);
  const float h = std::min(room, row_h * static_cast<float>(rows) + t.gap * static_cast<float>(rows - 1));
  draw_choices(ui, ImVec2(left, y), ImVec2(left + width, y + h), choices,
               choosing_category ? intent_kind::choose_category : intent_kind::choose_amount_band,
               choosing_category ? "category" : "band", columns);
}

void draw_remediation_thanks_screen(ui_context& ui) {
  const kiosk_model& m = ui.model;
  const theme& t = ui.look;
  const palette& p = t.colours;
  const float left = t.margin;
  const float width = ui.inner_width();

  const float done_h = std::max(t.touch * 1.4f, t.title->FontSize * 2.0f);
  const float done_top = ui.size.y - t.margin - done_h;
  const std::string title = m.text(text_id::remediation_thanks_title);
  const std::string body = m.text(text_id::remediation_thanks_body);
  const float block = text_height(t.display, width, title) + t.gap * 2 + text_height(t.body, width * 0.8f, body) +
                      t.gap * 3 + text_height(t.title, width * 0.8f, m.limit_sentence());
  float y = std::max(t.margin, (done_top - block) * 0.45f);
  y += draw_text(ui, t.display, ImVec2(left, y), width, p.primary, title, align::center) + t.gap * 2;
  y += draw_text(ui, t.body, ImVec2(left + width * 0.1f, y), width * 0.8f, p.ink, body, align::center) + t.gap * 3;
  draw_text(ui, t.title, ImVec2(left + width * 0.1f, y), width * 0.8f, p.accent, m.limit_sentence(), align::center);

  const float done_w = std::min(width, std::max(width * 0.4f, t.touch * 5));
  const float dx = left + (width - done_w) * 0.5f;
  if (tap_button(ui, "done", ImVec2(dx, done_top), ImVec2(dx + done_w, done_top + done_h), m.text(text_id::done),
                 button_kind::primary)) {
    ui.emit(intent::of(intent_kind::finish));
  }
}

}  // namespace storepulse::kiosk::ui
