#include <algorithm>
#include <string>

#include "kiosk/ui/screens.h"
#include "kiosk/ui/widgets.h"

namespace storepulse::kiosk::ui {
namespace {

// What the heading above or beside the keypad says: the title and the line under the dots.
struct pin_heading {
  std::string title, line;
};

pin_heading heading_of(const kiosk_model& m) {
  pin_heading h;
  h.title = !m.choosing_pin()    ? m.text(text_id::operator_pin_title)
            : m.confirming_pin() ? m.text(text_id::operator_pin_confirm)
                                 : format_text(text_id::operator_pin_choose, m.language(),
                                               {{"n", std::to_string(m.pin_min_length())}});
  if (const auto locked = m.pin_locked_for()) {
    h.line = format_text(text_id::operator_pin_locked, m.language(), {{"n", std::to_string(*locked)}});
  } else if (m.pin_rejected()) {
    h.line = !m.operator_message().empty() ? m.operator_message()
             : m.choosing_pin()            ? m.text(text_id::operator_pin_choose_wrong)
                                           : m.text(text_id::operator_pin_wrong);
  }
  return h;
}

// Returns the height of the heading in a column of this width.
float heading_height(const ui_context& ui, const pin_heading& h, float width) {
  const theme& t = ui.look;
  const float r = t.body->FontSize * 0.3f;
  return text_height(t.title, width, h.title) + t.gap + r * 4 + t.gap * 0.5f +
         std::max(t.body_bold->FontSize * 1.4f, text_height(t.body_bold, width, h.line));
}

// Draws the title, the dots of the digits typed and the line under them.
void draw_heading(ui_context& ui, const pin_heading& h, float left, float top, float width) {
  const kiosk_model& m = ui.model;
  const theme& t = ui.look;
  const palette& p = t.colours;
  float y = top;
  y += draw_text(ui, t.title, ImVec2(left, y), width, p.ink, h.title, align::center) + t.gap;
  // Dots, not digits: someone may be watching.
  const float r = t.body->FontSize * 0.3f;
  const std::size_t shown = std::max<std::size_t>(m.choosing_pin() ? m.pin_min_length() : 4, m.pin_length());
  const float dots_w = static_cast<float>(shown) * r * 4;
  for (std::size_t i = 0; i < shown; ++i) {
    const ImVec2 c(left + (width - dots_w) * 0.5f + (static_cast<float>(i) + 0.5f) * r * 4, y + r * 2);
    if (i < m.pin_length()) {
      ui.draw->AddCircleFilled(c, r, p.primary);
    } else {
      ui.draw->AddCircle(c, r, p.muted, 0, 2.0f);
    }
  }
  y += r * 4 + t.gap * 0.5f;
  draw_text(ui, t.body_bold, ImVec2(left, y), width, p.warning, h.line, align::center);
}

}  // namespace

void draw_operator_pin_screen(ui_context& ui) {
  const kiosk_model& m = ui.model;
  const theme& t = ui.look;
  const float width = ui.inner_width();
  const float footer_top = draw_back_footer(ui);

  // Keys at least the size of a touch target: on a short landscape screen the heading goes left
  // of the keypad instead of above it.
  const pin_heading heading = heading_of(m);
  const float stacked_key =
      std::min((footer_top - t.gap - t.margin - heading_height(ui, heading, width) - t.gap * 3) / 4, (width - t.gap * 2) / 3);
  const bool beside = !ui.portrait() && stacked_key < t.touch * 1.2f;
  float key = 0, pad_left = 0, pad_top = 0;
  if (beside) {
    const float pad_w = width * 0.5f;
    key = std::min({(footer_top - t.gap - t.margin - t.gap * 3) / 4, (pad_w - t.gap * 2) / 3, t.touch * 2.2f});
    pad_left = t.margin + width - pad_w + (pad_w - key * 3 - t.gap * 2) * 0.5f;
    pad_top = t.margin;
    const float heading_w = width - pad_w - t.gap;
    const float h = heading_height(ui, heading, heading_w);
    draw_heading(ui, heading, t.margin, std::max(t.margin, (footer_top - h) * 0.5f), heading_w);
  } else {
    key = std::min(stacked_key, t.touch * 2.2f);
    pad_left = t.margin + (width - key * 3 - t.gap * 2) * 0.5f;
    pad_top = t.margin + heading_height(ui, heading, width);
    draw_heading(ui, heading, t.margin, t.margin, width);
  }

  // "Aceptar" is wider than a key in the title type: the OK key then takes the largest type that fits.
  // On a key too small even for the small type, the word gives way to "OK", read in every language.
  std::string ok = m.text(text_id::ok);
  ImFont* ok_font = nullptr;
  for (ImFont* font : {t.title, t.body_bold, t.small}) {
    if (line_width(font, ok) <= key - t.gap * 2) {
      ok_font = font;
      break;
    }
  }
  if (ok_font == nullptr) {
    ok = "OK";
    ok_font = t.body_bold;
  }
  const bool locked = m.pin_locked_for().has_value();
  const char* labels[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "\u2190", "0", "OK"};
  for (int i = 0; i < 12; ++i) {
    const ImVec2 a(pad_left + static_cast<float>(i % 3) * (key + t.gap), pad_top + static_cast<float>(i / 3) * (key + t.gap));
    const std::string id = i == 9 ? "pin.erase" : i == 11 ? "pin.ok" : std::string("pin.") + labels[i];
    const button_kind kind = locked ? button_kind::disabled : i == 11 ? button_kind::primary : button_kind::choice;
    if (tap_button(ui, id, a, ImVec2(a.x + key, a.y + key), i == 11 ? ok : labels[i], kind, i == 11 ? ok_font : t.title)) {
      if (i == 9) {
        ui.emit(intent::of(intent_kind::pin_erase));
      } else if (i == 11) {
        ui.emit(intent::of(intent_kind::pin_submit));
      } else {
        ui.emit(intent::with_value(intent_kind::pin_digit, labels[i][0] - '0'));
      }
    }
  }
}

}  // namespace storepulse::kiosk::ui
