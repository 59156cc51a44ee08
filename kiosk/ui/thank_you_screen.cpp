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
  const auto news = m.thanks_news();
  // On a short screen, and beside a shared plan on a landscape one, everything steps down a size
  // so that the limit, the plan, the values and Done keep their room.
  const bool short_screen = ui.size.y < t.touch * 10 || (news && !ui.portrait());
  const float step = short_screen ? t.gap : t.gap * 2;

  const float done_h = short_screen ? std::max(t.touch, t.title->FontSize * 1.6f) : std::max(t.touch * 1.4f, t.title->FontSize * 2.0f);
  const float done_top = ui.size.y - t.margin - done_h;
  const float bottom = done_top - step;

  float y = short_screen ? t.margin : t.margin * 1.5f;
  y += draw_text(ui, short_screen ? t.title : t.display, ImVec2(left, y), width, p.primary, m.text(text_id::thank_you_title),
                 align::center);
  y += t.gap * 0.5f;
  y += draw_text(ui, short_screen ? t.small : t.body, ImVec2(left, y), width, p.muted, m.text(text_id::thank_you_saved),
                 align::center);
  y += step;

  // The store's limit is the one thing to remember from this screen: it gets the warm card, in the
  // largest type that still leaves a shared plan its card in small type below it.
  const float card_w = std::min(width, t.title->FontSize * 26);
  const float pad = short_screen ? t.gap : t.gap * 1.6f;
  const std::string limit = m.limit_sentence();
  const std::string heading = m.text(text_id::because_of_answers);
  const float news_least = news ? news_card_height(ui, width, *news, heading, t.small) + t.gap * 1.5f : 0;
  const ImVec2 limit_box(card_w - 2 * pad, bottom - y - 2 * pad);
  ImFont* limit_font = fitting_font({t.title, t.body_bold, t.small}, ImVec2(limit_box.x, limit_box.y - news_least), limit);
  const bool both_fit = text_fits(limit_font, ImVec2(limit_box.x, limit_box.y - news_least), limit);
  // Room for one card only (a dense 7-inch panel): the plan and the limit take turns.
  const bool limit_shown = !news || both_fit || !m.thanks_plan_first();
  if (limit_shown) {
    if (!both_fit) limit_font = fitting_font({t.title, t.body_bold, t.small}, limit_box, limit);
    const float card_h = text_height(limit_font, card_w - 2 * pad, limit) + 2 * pad;
    const ImVec2 a(left + (width - card_w) * 0.5f, y);
    ui.draw->AddRectFilled(a, ImVec2(a.x + card_w, a.y + card_h), p.accent_soft, t.rounding);
    ui.draw->AddRect(a, ImVec2(a.x + card_w, a.y + card_h), p.accent, t.rounding, 0, 2.5f);
    ui.layout.add_panel("limit", a.x, a.y, card_w, card_h);
    ui.layout.enter("limit");
    draw_text(ui, limit_font, ImVec2(a.x + pad, a.y + pad), card_w - 2 * pad, p.ink, limit, align::center);
    ui.layout.leave();
    y += card_h + step;
  } else {
    ui.layout.note("limit", "turn_of_plan");
  }

  // "Because of your answers: ..." a shared plan, in the largest type that leaves the values their
  // meanings below it, else their names, else alone; where not even its small type fits (a dense
  // 7-inch panel), the card is left out rather than cut off. Where the plan leaves the values their
  // names only but they would have their meanings without it (a 10-inch panel), the plan and the
  // meanings take turns, the plan first.
  const float heading_h = t.body_bold->FontSize * 1.5f;
  const auto values_under = [&](float top) {
    return plan_value_cards(ui, ImVec2(left, top + heading_h), ImVec2(left + width, bottom), m.values(), ui.portrait());
  };
  if (news) {
    const float sizes[] = {news_card_height(ui, width, *news, heading), news_card_height(ui, width, *news, heading, t.body),
                           news_card_height(ui, width, *news, heading, t.small)};
    const float after = t.gap * 1.5f;
    float news_h = 0;
    for (const float h : sizes) {
      if (news_h == 0 && h <= bottom - y) news_h = h;
    }
    bool chosen = false;
    for (const bool meanings : {true, false}) {
      for (const float h : sizes) {
        const value_cards plan = values_under(y + h + after);
        if (chosen || (meanings ? plan.text_font == nullptr : plan.name_font == nullptr)) continue;
        news_h = h;
        chosen = true;
      }
    }
    const bool meanings_with_plan = news_h > 0 && values_under(y + news_h + after).text_font != nullptr;
    if (!meanings_with_plan && !m.thanks_plan_first() && values_under(y).text_font != nullptr) {
      ui.layout.note("news", "turn_of_values");
    } else if (news_h > 0) {
      draw_news_card(ui, ImVec2(left, y), ImVec2(left + width, y + news_h), *news, heading);
      y += news_h + after;
    } else {
      ui.layout.note("news", "no_room");
    }
  }
  // The values under their heading when at least their names fit.
  const value_cards values = values_under(y);
  if (values.name_font != nullptr) {
    draw_line(ui, t.body_bold, ImVec2(left, y), p.muted, m.text(text_id::our_values));
    draw_value_cards(ui, values, ImVec2(left, y + heading_h), m.values());
  } else {
    ui.layout.note("values", "none");
  }

  const float done_w = std::min(width, std::max(width * 0.4f, t.touch * 5));
  const float dx = left + (width - done_w) * 0.5f;
  if (tap_button(ui, "done", ImVec2(dx, done_top), ImVec2(dx + done_w, done_top + done_h), m.text(text_id::done),
                 button_kind::primary)) {
    ui.emit(intent::of(intent_kind::finish));
  }
}

}  // namespace storepulse::kiosk::ui
