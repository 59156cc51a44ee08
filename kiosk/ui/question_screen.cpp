#include <algorithm>

#include "kiosk/ui/screens.h"
#include "kiosk/ui/widgets.h"

namespace storepulse::kiosk::ui {
namespace {

// The column counts to try, best first. Numbers share rows, as many as fit at a comfortable width;
// long labels (agree-5) go side by side in landscape and one per row in portrait; each then gives
// way to balanced grids of more rows (landscape) or more columns (portrait) when space is short.
std::vector<int> column_order(const ui_context& ui, const std::vector<choice>& choices, float width) {
  std::size_t longest = 0;
  for (std::size_t i = 0; i + 1 < choices.size(); ++i) longest = std::max(longest, choices[i].label.size());
  const int n = static_cast<int>(choices.size());
  const bool numbers = n > 2 && longest <= 3;
  if (n <= 2) longest = std::max(longest, choices.back().label.size());
  std::vector<int> order;
  const auto add = [&order](int c) {
    if (c >= 1 && std::find(order.begin(), order.end(), c) == order.end()) order.push_back(c);
  };
  if (numbers || longest <= 3) {
    const int fit = std::max(1, static_cast<int>(width / (ui.look.touch * 1.4f)));
    const int rows = (n + fit - 1) / fit;
    for (int r = rows; r <= n; ++r) add((n + r - 1) / r);
  } else if (ui.portrait()) {
    for (int c = n == 2 ? 2 : 1; c <= n; ++c) add(c);
  } else {
    add(n <= 5 ? n : (n + 1) / 2);
    for (int r = 2; r <= n; ++r) add((n + r - 1) / r);
  }
  return order;
}

}  // namespace

void draw_question_screen(ui_context& ui) {
  const kiosk_model& m = ui.model;
  const theme& t = ui.look;
  const palette& p = t.colours;
  const float left = t.margin;
  const float width = ui.inner_width();

  float y = ui.spacing();
  // The count and the promise over one segment per question (done ones filled); on a cramped
  // screen the count alone, left of the segments.
  const float n = static_cast<float>(m.question_count());
  const float seg_h = std::max(6.0f, t.gap * 0.5f);
  float bar_left = left;
  if (ui.cramped()) {
    const std::string count = std::to_string(m.question_position() + 1) + "/" + std::to_string(m.question_count());
    draw_line(ui, t.small, ImVec2(left, y), p.muted, count);
    bar_left = left + line_width(t.small, count) + t.gap;
    y += (t.small->FontSize - seg_h) * 0.5f;
  } else {
    draw_line(ui, t.body_bold, ImVec2(left, y), p.muted, m.progress_text());
    const std::string promise = m.text(text_id::anonymous_promise);
    const float pw = line_width(t.small, promise);
    if (line_width(t.body_bold, m.progress_text()) + t.gap * 2 + pw <= width) {
      draw_line(ui, t.small, ImVec2(left + width - pw, y + (t.body_bold->FontSize - t.small->FontSize) * 0.5f), p.muted, promise);
    } else {
      // Too long to share the line: the promise goes under the count.
      y += t.body_bold->FontSize * 1.25f;
      y += draw_text(ui, t.small, ImVec2(left, y), width, p.muted, promise) - t.small->FontSize * 1.18f;
    }
    y += t.body_bold->FontSize * 1.5f;
  }
  const float bar_w = left + width - bar_left;
  const float seg_w = (bar_w - t.gap * 0.5f * (n - 1)) / n;
  for (std::size_t i = 0; i < m.question_count(); ++i) {
    const float x = bar_left + static_cast<float>(i) * (seg_w + t.gap * 0.5f);
    ui.draw->AddRectFilled(ImVec2(x, y), ImVec2(x + seg_w, y + seg_h), i <= m.question_position() ? p.primary : p.line, seg_h * 0.5f);
  }
  y += ui.cramped() ? (t.small->FontSize + seg_h) * 0.5f + t.gap : seg_h + (ui.size.y < t.touch * 10 ? t.gap : t.margin);

  const float footer_top = draw_back_footer(ui);
  draw_footer_languages(ui, footer_top);
  const auto choices = m.answer_choices();
  const auto& q = m.current_question();
  const std::string& question = m.question_text();
  const bool scale_labels = q.type() == storepulse::v1::QUESTION_TYPE_SCALE_0_10;
  const std::string low = m.text(text_id::scale_low);
  const std::string high = m.text(text_id::scale_high);
  const std::string both = "0 = " + low + "   \u00b7   10 = " + high;
  const float labels_h = scale_labels ? std::max(t.small->FontSize * 1.6f, text_height(t.small, width, both) + t.gap * 0.5f) : 0.0f;

  // The answers first, at their touch size; the question takes the room left above them, in the
  // largest type it fits.
  const float room = footer_top - ui.spacing() - labels_h - y;
  const float question_least = text_height(t.body_bold, width, question) + t.gap;
  const choice_grid grid = plan_choices(ui, choices, width, t.touch, column_order(ui, choices, width), room - question_least);
  const float question_title = text_height(t.title, std::min(width, t.title->FontSize * 24), question) + t.title->FontSize * 2;
  const float generous_row = std::max(t.touch * 1.4f, t.body_bold->FontSize * (grid.columns > 2 && !ui.portrait() ? 4.2f : 2.4f));
  const float gaps = t.gap * static_cast<float>(grid.rows - 1);
  const float answers_h = std::max(grid.height, std::min(generous_row * static_cast<float>(grid.rows) + gaps, room - question_title));
  const float answers_top = footer_top - ui.spacing() - labels_h - answers_h;

  ImFont* qf = fitting_font({t.title, t.body_bold, t.small}, ImVec2(width, answers_top - y - t.gap), question);
  const float q_width = qf == t.title ? std::min(width, t.title->FontSize * 24) : width;
  const float qh = text_height(qf, q_width, question);
  const float qy = y + std::max(0.0f, (answers_top - y - qh) * 0.45f);
  draw_text(ui, qf, ImVec2(left + (width - q_width) * 0.5f, qy), q_width, p.ink, question, align::center);

  draw_choices(ui, ImVec2(left, answers_top), ImVec2(left + width, answers_top + answers_h), choices, intent_kind::answer,
               "answer", grid.columns, m.current_answer().value_or(-1000));

  const float ly = answers_top + answers_h + t.gap * 0.5f;
  const float ends_w = line_width(t.small, low) + line_width(t.small, high) + t.gap * 2;
  if (scale_labels && (grid.rows > 1 || ends_w > width)) {
    // The ends of a wrapped scale are apart, so one line names both.
    draw_text(ui, t.small, ImVec2(left, ly), width, p.muted, both, align::center);
  } else if (scale_labels) {
    draw_line(ui, t.small, ImVec2(left, ly), p.muted, low);
    draw_line(ui, t.small, ImVec2(left + width - line_width(t.small, high), ly), p.muted, high);
  }
}

}  // namespace storepulse::kiosk::ui
