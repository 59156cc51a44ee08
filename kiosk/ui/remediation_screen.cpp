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

  float y = ui.spacing();
  draw_line(ui, t.body_bold, ImVec2(left, y), p.accent, m.text(text_id::fixed_problem));
  y += t.body_bold->FontSize * (ui.cramped() ? 1.25f : 1.5f) + (ui.cramped() ? 0.0f : t.gap);
  const text_id title = choosing_category ? text_id::remediation_category_title : text_id::remediation_amount_title;
  y += draw_text(ui, ui.cramped() ? t.body_bold : t.title, ImVec2(left, y), width, p.ink, m.text(title), align::center);
  y += ui.spacing();

  const float footer_top = draw_back_footer(ui);
  draw_footer_languages(ui, footer_top);
  const auto choices = choosing_category ? m.remediation_categories() : m.amount_bands();
  const int n = static_cast<int>(choices.size());
  // As few columns as let every row keep a touch target's height above the footer, and every
  // label fit its button.
  const float room = footer_top - ui.spacing() - y;
  std::vector<int> order;
  for (int c = std::min(n, ui.portrait() ? 1 : 2); c <= n; ++c) order.push_back(c);
  const choice_grid grid = plan_choices(ui, choices, width, t.touch, order, room);
  const int columns = grid.columns;
  const float row_h = std::max(t.touch * 1.6f, t.body_bold->FontSize * 3.6f);
  const float h = std::max(grid.height, std::min(room, row_h * static_cast<float>(grid.rows) + t.gap * static_cast<float>(grid.rows - 1)));
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

  const bool short_screen = ui.size.y < t.touch * 10;
  const float done_h = short_screen ? std::max(t.touch, t.title->FontSize * 1.6f) : std::max(t.touch * 1.4f, t.title->FontSize * 2.0f);
  const float done_top = ui.size.y - t.margin - done_h;
  const std::string title = m.text(text_id::remediation_thanks_title);
  const std::string body = m.text(text_id::remediation_thanks_body);
  const std::string limit = m.limit_sentence();
  // The largest sizes the three lines fit in above Done, a step down at a time.
  ImFont* title_font = t.display;
  ImFont* body_font = t.body;
  ImFont* limit_font = t.title;
  const auto block_h = [&] {
    return text_height(title_font, width, title) + t.gap * 2 + text_height(body_font, width * 0.8f, body) + t.gap * 2 +
           text_height(limit_font, width * 0.8f, limit);
  };
  const float room = done_top - t.gap - t.margin;
  if (block_h() > room) title_font = t.title;
  if (block_h() > room) limit_font = t.body_bold;
  if (block_h() > room) body_font = t.small;
  const float block = block_h();
  float y = std::max(t.margin, t.margin + (room - block) * 0.45f);
  y += draw_text(ui, title_font, ImVec2(left, y), width, p.primary, title, align::center) + t.gap * 2;
  y += draw_text(ui, body_font, ImVec2(left + width * 0.1f, y), width * 0.8f, p.ink, body, align::center) + t.gap * 2;
  draw_text(ui, limit_font, ImVec2(left + width * 0.1f, y), width * 0.8f, p.accent, limit, align::center);

  const float done_w = std::min(width, std::max(width * 0.4f, t.touch * 5));
  const float dx = left + (width - done_w) * 0.5f;
  if (tap_button(ui, "done", ImVec2(dx, done_top), ImVec2(dx + done_w, done_top + done_h), m.text(text_id::done),
                 button_kind::primary)) {
    ui.emit(intent::of(intent_kind::finish));
  }
}

}  // namespace storepulse::kiosk::ui
