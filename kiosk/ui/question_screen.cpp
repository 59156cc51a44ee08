#include <algorithm>

#include "kiosk/ui/screens.h"
#include "kiosk/ui/widgets.h"

namespace storepulse::kiosk::ui {
namespace {

// Long labels (agree-5 in portrait) go one per row; numbers share rows, the last of them perhaps
// a few words ("10 or more"), which wrap in their button.
int columns_for(const ui_context& ui, const std::vector<choice>& choices, float width) {
  std::size_t longest = 0;
  for (std::size_t i = 0; i + 1 < choices.size(); ++i) longest = std::max(longest, choices[i].label.size());
  const int n = static_cast<int>(choices.size());
  const bool numbers = n > 2 && longest <= 3;
  if (n <= 2) longest = std::max(longest, choices.back().label.size());
  if (numbers || longest <= 3) {
    const int fit = std::max(1, static_cast<int>(width / (ui.look.touch * 1.4f)));
    const int rows = (n + fit - 1) / fit;
    return (n + rows - 1) / rows;
  }
  if (ui.portrait()) return n == 2 ? 2 : 1;
  return n <= 5 ? n : (n + 1) / 2;
}

}  // namespace

void draw_question_screen(ui_context& ui) {
  const kiosk_model& m = ui.model;
  const theme& t = ui.look;
  const palette& p = t.colours;
  const float left = t.margin;
  const float width = ui.inner_width();

  float y = t.margin;
  ui.draw->AddText(t.body_bold, t.body_bold->FontSize, ImVec2(left, y), p.muted, m.progress_text().c_str());
  const std::string promise = m.text(text_id::anonymous_promise);
  const float pw = t.small->CalcTextSizeA(t.small->FontSize, 1e9f, 0, promise.c_str()).x;
  ui.draw->AddText(t.small, t.small->FontSize, ImVec2(left + width - pw, y + (t.body_bold->FontSize - t.small->FontSize) * 0.5f), p.muted, promise.c_str());
  y += t.body_bold->FontSize * 1.5f;

  // One segment per question: done ones filled, the rest outlined.
  const float n = static_cast<float>(m.question_count());
  const float seg_w = (width - t.gap * 0.5f * (n - 1)) / n;
  const float seg_h = std::max(6.0f, t.gap * 0.5f);
  for (std::size_t i = 0; i < m.question_count(); ++i) {
    const float x = left + static_cast<float>(i) * (seg_w + t.gap * 0.5f);
    ui.draw->AddRectFilled(ImVec2(x, y), ImVec2(x + seg_w, y + seg_h), i <= m.question_position() ? p.primary : p.line, seg_h * 0.5f);
  }
  y += seg_h + t.margin;

  const float footer_top = draw_back_footer(ui);
  draw_footer_languages(ui, footer_top);
  const auto choices = m.answer_choices();
  const int columns = columns_for(ui, choices, width);
  const int rows = (static_cast<int>(choices.size()) + columns - 1) / columns;
  const float row_h = std::max(t.touch * 1.4f, t.body_bold->FontSize * (columns > 2 && !ui.portrait() ? 4.2f : 2.4f));
  const float answers_h = std::min(footer_top - t.margin - y - t.title->FontSize * 3, row_h * static_cast<float>(rows) + t.gap * static_cast<float>(rows - 1));
  const auto& q = m.current_question();
  const bool scale_labels = q.type() == storepulse::v1::QUESTION_TYPE_SCALE_0_10;
  const float labels_h = scale_labels ? t.small->FontSize * 1.6f : 0.0f;
  const float answers_top = footer_top - t.margin - labels_h - answers_h;

  const float q_width = std::min(width, t.title->FontSize * 24);
  const float qh = text_height(t.title, q_width, m.question_text());
  const float qy = y + std::max(0.0f, (answers_top - y - qh) * 0.45f);
  draw_text(ui, t.title, ImVec2(left + (width - q_width) * 0.5f, qy), q_width, p.ink, m.question_text(), align::center);

  draw_choices(ui, ImVec2(left, answers_top), ImVec2(left + width, answers_top + answers_h), choices, intent_kind::answer,
               "answer", columns, m.current_answer().value_or(-1000));

  const float ly = answers_top + answers_h + t.gap * 0.5f;
  if (scale_labels && rows > 1) {
    // The ends of a wrapped scale are apart, so one line names both.
    const std::string both = "0 = " + m.text(text_id::scale_low) + "   \u00b7   10 = " + m.text(text_id::scale_high);
    draw_text(ui, t.small, ImVec2(left, ly), width, p.muted, both, align::center);
  } else if (scale_labels) {
    ui.draw->AddText(t.small, t.small->FontSize, ImVec2(left, ly), p.muted, m.text(text_id::scale_low).c_str());
    const std::string high = m.text(text_id::scale_high);
    const float hw = t.small->CalcTextSizeA(t.small->FontSize, 1e9f, 0, high.c_str()).x;
    ui.draw->AddText(t.small, t.small->FontSize, ImVec2(left + width - hw, ly), p.muted, high.c_str());
  }
}

}  // namespace storepulse::kiosk::ui
