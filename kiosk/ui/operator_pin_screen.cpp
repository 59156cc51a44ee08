#include <algorithm>
#include <string>

#include "kiosk/ui/screens.h"
#include "kiosk/ui/widgets.h"

namespace storepulse::kiosk::ui {

void draw_operator_pin_screen(ui_context& ui) {
  const kiosk_model& m = ui.model;
  const theme& t = ui.look;
  const palette& p = t.colours;
  const float width = ui.inner_width();

  float y = t.margin;
  y += draw_text(ui, t.title, ImVec2(t.margin, y), width, p.ink, m.text(text_id::operator_pin_title), align::center);
  y += t.gap;

  // Dots, not digits: someone may be watching.
  const float r = t.body->FontSize * 0.3f;
  const std::size_t shown = std::max<std::size_t>(4, m.pin_length());
  const float dots_w = static_cast<float>(shown) * r * 4;
  for (std::size_t i = 0; i < shown; ++i) {
    const ImVec2 c(t.margin + (width - dots_w) * 0.5f + (static_cast<float>(i) + 0.5f) * r * 4, y + r * 2);
    if (i < m.pin_length()) {
      ui.draw->AddCircleFilled(c, r, p.primary);
    } else {
      ui.draw->AddCircle(c, r, p.muted, 0, 2.0f);
    }
  }
  y += r * 4 + t.gap * 0.5f;
  if (m.pin_rejected()) draw_text(ui, t.body_bold, ImVec2(t.margin, y), width, p.warning, m.text(text_id::operator_pin_wrong), align::center);
  y += t.body_bold->FontSize * 1.4f;

  const float footer_top = draw_back_footer(ui);
  const float key = std::min({(footer_top - t.gap - y - t.gap * 3) / 4, (width - t.gap * 2) / 3, t.touch * 2.2f});
  const float kx = t.margin + (width - key * 3 - t.gap * 2) * 0.5f;
  // "Aceptar" is wider than a key in the title type: the OK key then takes the largest type that fits.
  const std::string ok = m.text(text_id::ok);
  ImFont* ok_font = t.small;
  for (ImFont* font : {t.title, t.body_bold}) {
    if (font->CalcTextSizeA(font->FontSize, 1e9f, 0, ok.c_str()).x <= key - t.gap * 2) {
      ok_font = font;
      break;
    }
  }
  const char* labels[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "\u2190", "0", "OK"};
  for (int i = 0; i < 12; ++i) {
    const ImVec2 a(kx + static_cast<float>(i % 3) * (key + t.gap), y + static_cast<float>(i / 3) * (key + t.gap));
    const std::string id = i == 9 ? "pin.erase" : i == 11 ? "pin.ok" : std::string("pin.") + labels[i];
    const button_kind kind = i == 11 ? button_kind::primary : button_kind::choice;
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
