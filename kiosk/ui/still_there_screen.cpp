#include <algorithm>

#include "kiosk/ui/screens.h"
#include "kiosk/ui/widgets.h"

namespace storepulse::kiosk::ui {

void draw_still_there_screen(ui_context& ui) {
  const kiosk_model& m = ui.model;
  const theme& t = ui.look;
  const palette& p = t.colours;
  const float left = t.margin;
  const float width = ui.inner_width();

  // Two buttons side by side when they fit, one above the other on a narrow screen.
  const float button_h = std::max(t.touch * 1.25f, t.title->FontSize * 2.2f);
  const bool side_by_side = width >= t.touch * 8;
  const float buttons_h = side_by_side ? button_h : button_h * 2 + t.gap;
  const float title_h = text_height(t.display, width, m.text(text_id::still_there_title));
  const float body_h = text_height(t.body, width, m.text(text_id::still_there_body));
  const float block_h = title_h + t.gap + body_h + t.gap * 2.5f + buttons_h;
  float y = std::max(t.margin, (ui.size.y - block_h) * 0.5f);
  y += draw_text(ui, t.display, ImVec2(left, y), width, p.ink, m.text(text_id::still_there_title), align::center) + t.gap;
  y += draw_text(ui, t.body, ImVec2(left, y), width, p.muted, m.text(text_id::still_there_body), align::center) + t.gap * 2.5f;

  const float button_w = side_by_side ? std::min((width - t.gap) * 0.5f, t.touch * 7) : width;
  const float x = left + (width - (side_by_side ? button_w * 2 + t.gap : button_w)) * 0.5f;
  if (tap_button(ui, "still_here", ImVec2(x, y), ImVec2(x + button_w, y + button_h), m.text(text_id::still_here),
                 button_kind::primary, t.title)) {
    ui.emit(intent::of(intent_kind::still_here));
  }
  const ImVec2 second = side_by_side ? ImVec2(x + button_w + t.gap, y) : ImVec2(x, y + button_h + t.gap);
  if (tap_button(ui, "start_over", second, ImVec2(second.x + button_w, second.y + button_h), m.text(text_id::start_over),
                 button_kind::secondary, t.title)) {
    ui.emit(intent::of(intent_kind::start_over));
  }
}

}  // namespace storepulse::kiosk::ui
