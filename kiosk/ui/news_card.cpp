#include "kiosk/ui/news_card.h"

#include <algorithm>

#include "kiosk/ui/widgets.h"

namespace storepulse::kiosk::ui {
namespace {

// Space inside the card: wider at the sides than above and below.
float pad_x(const ui_context& ui) { return ui.look.gap * 1.2f; }
float pad_y(const ui_context& ui) { return ui.look.gap * 0.8f; }

// The heading row: the heading, and a plan's status as a pill beside it when both fit on one
// line, else below it.
struct heading_row {
  std::string text;
  float text_h = 0;
  float pill_w = 0, pill_h = 0;
  bool pill_beside = false;
  // Returns the row's height.
  float height(const ui_context& ui) const {
    if (pill_w == 0) return text_h;
    return pill_beside ? std::max(text_h, pill_h) : text_h + ui.look.gap * 0.3f + pill_h;
  }
};

heading_row make_heading(const ui_context& ui, ImFont* font, float inner, const news_text& news, const std::string& heading) {
  const theme& t = ui.look;
  heading_row row;
  row.text = heading.empty() ? news.heading : heading;
  row.text_h = text_height(font, inner, row.text);
  if (news.status.empty()) return row;
  row.pill_w = t.small->CalcTextSizeA(t.small->FontSize, 1e9f, 0, news.status.c_str()).x + t.gap;
  row.pill_h = t.small->FontSize * 1.5f;
  const float text_w = font->CalcTextSizeA(font->FontSize, 1e9f, 0, row.text.c_str()).x;
  row.pill_beside = text_w + t.gap * 0.6f + row.pill_w <= inner;
  return row;
}

}  // namespace

float news_card_height(const ui_context& ui, float width, const news_text& news, const std::string& heading,
                       ImFont* font) {
  const theme& t = ui.look;
  const float inner = width - 2 * pad_x(ui);
  return 2 * pad_y(ui) + make_heading(ui, t.body_bold, inner, news, heading).height(ui) + t.gap * 0.4f +
         text_height(font ? font : t.title, inner, news.text) + 1.0f;
}

void draw_news_card(ui_context& ui, ImVec2 min, ImVec2 max, const news_text& news, const std::string& heading) {
  const theme& t = ui.look;
  const palette& p = t.colours;
  const float inner = max.x - min.x - 2 * pad_x(ui);
  if (inner <= 0 || max.y - min.y <= 2 * pad_y(ui)) return;
  const bool plan = news.kind == storepulse::v1::STAFF_NEWS_KIND_PLAN;
  const ImU32 mark = news.done ? p.good : plan ? p.primary : p.accent;
  ui.draw->AddRectFilled(min, max, plan ? p.primary_soft : p.accent_soft, t.rounding);
  ui.draw->AddRectFilled(min, ImVec2(min.x + 8, max.y), mark, t.rounding, ImDrawFlags_RoundCornersLeft);
  ui.layout.add_panel("news", min.x, min.y, max.x - min.x, max.y - min.y);
  ui.layout.enter("news");

  // Nothing the server sends may draw outside the card: a word wider than the card is cut off.
  ui.draw->PushClipRect(min, max, true);
  const float room = max.y - min.y - 2 * pad_y(ui);
  ImFont* heading_font = t.body_bold;
  auto row = make_heading(ui, heading_font, inner, news, heading);
  if (row.height(ui) > room * 0.4f) {
    heading_font = t.small;
    row = make_heading(ui, heading_font, inner, news, heading);
  }
  const float x = min.x + pad_x(ui);
  float y = min.y + pad_y(ui);
  const float row_h = row.height(ui);
  draw_text(ui, heading_font, ImVec2(x, row.pill_beside ? y + (row_h - row.text_h) * 0.5f : y), inner,
            plan ? p.primary : p.accent, row.text);
  if (row.pill_w > 0) {
    const ImVec2 a = row.pill_beside
                         ? ImVec2(x + heading_font->CalcTextSizeA(heading_font->FontSize, 1e9f, 0, row.text.c_str()).x + t.gap * 0.6f,
                                  y + (row_h - row.pill_h) * 0.5f)
                         : ImVec2(x, y + row.text_h + t.gap * 0.3f);
    ui.draw->AddRectFilled(a, ImVec2(a.x + row.pill_w, a.y + row.pill_h), mark, row.pill_h * 0.5f);
    draw_line(ui, t.small, ImVec2(a.x + t.gap * 0.5f, a.y + t.small->FontSize * 0.25f), p.primary_ink, news.status);
  }
  y += row_h + t.gap * 0.4f;
  // The largest type whose lines fit (a pixel of slack for rounding); the smallest otherwise, clipped.
  ImFont* font = t.small;
  for (ImFont* f : {t.title, t.body, t.small}) {
    if (text_height(f, inner, news.text) <= max.y - pad_y(ui) - y + 1.0f) {
      font = f;
      break;
    }
  }
  draw_text(ui, font, ImVec2(x, y), inner, p.ink, news.text);
  ui.draw->PopClipRect();
  ui.layout.leave();
}

}  // namespace storepulse::kiosk::ui
