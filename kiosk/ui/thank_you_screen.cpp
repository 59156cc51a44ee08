#include <algorithm>

#include "kiosk/ui/news_card.h"
#include "kiosk/ui/screens.h"
#include "kiosk/ui/widgets.h"

namespace storepulse::kiosk::ui {

void draw_thank_you_screen(ui_context& ui) {
  const kiosk_model& m = ui.model;
  const theme& t = ui.look;
  const palette& p = t.colours;
  const float left = t.margin;
  const float width = ui.inner_width();

  float y = t.margin * 1.5f;
  y += draw_text(ui, t.display, ImVec2(left, y), width, p.primary, m.text(text_id::thank_you_title), align::center);
  y += t.gap * 0.5f;
  y += draw_text(ui, t.body, ImVec2(left, y), width, p.muted, m.text(text_id::thank_you_saved), align::center);
  y += t.gap * 2;

  // The store's limit is the one thing to remember from this screen: it gets the warm card.
  const float card_w = std::min(width, t.title->FontSize * 26);
  const float pad = t.gap * 1.6f;
  const std::string limit = m.limit_sentence();
  const float card_h = text_height(t.title, card_w - 2 * pad, limit) + 2 * pad;
  const ImVec2 a(left + (width - card_w) * 0.5f, y);
  ui.draw->AddRectFilled(a, ImVec2(a.x + card_w, a.y + card_h), p.accent_soft, t.rounding);
  ui.draw->AddRect(a, ImVec2(a.x + card_w, a.y + card_h), p.accent, t.rounding, 0, 2.5f);
  draw_text(ui, t.title, ImVec2(a.x + pad, a.y + pad), card_w - 2 * pad, p.ink, limit, align::center);
  y += card_h + t.gap * 2;

  const float done_h = std::max(t.touch * 1.4f, t.title->FontSize * 2.0f);
  const float done_top = ui.size.y - t.margin - done_h;
  const float bottom = done_top - t.gap * 2;
  // "Because of your answers: ..." a shared plan, leaving room for the values below it when there
  // is room for both.
  const auto news = m.thanks_news();
  if (news) {
    const std::string heading = m.text(text_id::because_of_answers);
    const float values_h = t.body_bold->FontSize * 1.5f + t.body->FontSize * 3;
    // In the text's largest type when the values still fit below, else in body type.
    const float large = news_card_height(ui, width, *news, heading);
    const float wanted = bottom - y - large - t.gap * 1.5f >= values_h ? large
                                                                     : news_card_height(ui, width, *news, heading, t.body);
    const float news_h = std::min(wanted, bottom - y >= 2 * values_h ? bottom - y - values_h - t.gap * 1.5f : bottom - y);
    draw_news_card(ui, ImVec2(left, y), ImVec2(left + width, y + news_h), *news, heading);
    y += news_h + t.gap * 1.5f;
  }
  if (!news || bottom - y > t.body_bold->FontSize * 1.5f + t.body->FontSize * 2) {
    ui.draw->AddText(t.body_bold, t.body_bold->FontSize, ImVec2(left, y), p.muted, m.text(text_id::our_values).c_str());
    y += t.body_bold->FontSize * 1.5f;
    draw_value_cards(ui, ImVec2(left, y), ImVec2(left + width, bottom), m.values());
  }

  const float done_w = std::min(width, std::max(width * 0.4f, t.touch * 5));
  const float dx = left + (width - done_w) * 0.5f;
  if (tap_button(ui, "done", ImVec2(dx, done_top), ImVec2(dx + done_w, done_top + done_h), m.text(text_id::done),
                 button_kind::primary)) {
    ui.emit(intent::of(intent_kind::finish));
  }
}

}  // namespace storepulse::kiosk::ui
