#include "kiosk/ui/widgets.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>

namespace storepulse::kiosk::ui {
namespace {

struct button_colours {
  ImU32 fill, pressed, border, ink;
};

button_colours colours_for(const palette& p, button_kind kind) {
  switch (kind) {
    case button_kind::primary: return {p.primary, p.primary_pressed, p.primary, p.primary_ink};
    case button_kind::chosen:
    case button_kind::pill_chosen: return {p.primary, p.primary_pressed, p.primary, p.primary_ink};
    case button_kind::accent: return {p.accent_soft, p.accent, p.accent, p.accent};
    case button_kind::disabled: return {p.disabled, p.disabled, p.disabled, p.muted};
    case button_kind::secondary:
    case button_kind::choice:
    case button_kind::pill: break;
  }
  return {p.surface, p.primary_soft, p.primary, p.ink};
}

// Splits text into lines that fit the width, breaking only at ASCII spaces and newlines, so that
// "50,00\u00a0EUR" stays whole (ImGui's own wrapping also breaks after commas).
std::vector<std::pair<const char*, const char*>> wrap_lines(ImFont* font, float width, const std::string& text) {
  std::vector<std::pair<const char*, const char*>> lines;
  const char* s = text.c_str();
  const char* end = s + text.size();
  const auto measure = [font](const char* a, const char* b) { return font->CalcTextSizeA(font->FontSize, 1e9f, 0, a, b).x; };
  while (s < end) {
    const char* line_end = s;
    const char* p = s;
    while (p < end && *p != '\n') {
      const char* word_end = p;
      while (word_end < end && *word_end != ' ' && *word_end != '\n') ++word_end;
      if (line_end != s && measure(s, word_end) > width) break;
      line_end = word_end;
      p = word_end;
      while (p < end && *p == ' ') ++p;
    }
    lines.emplace_back(s, line_end);
    s = line_end;
    while (s < end && (*s == ' ' || *s == '\n')) ++s;
  }
  return lines;
}

}  // namespace

float label_pad(const ui_context& ui) { return ui.cramped() ? ui.look.gap * 0.5f : ui.look.gap; }

float text_height(ImFont* font, float width, const std::string& text) {
  return static_cast<float>(wrap_lines(font, width, text).size()) * font->FontSize * 1.18f;
}

bool text_fits(ImFont* font, ImVec2 box, const std::string& text) {
  const auto lines = wrap_lines(font, box.x, text);
  if (static_cast<float>(lines.size()) * font->FontSize * 1.18f > box.y) return false;
  for (const auto& [begin, end] : lines) {
    if (font->CalcTextSizeA(font->FontSize, 1e9f, 0, begin, end).x > box.x) return false;
  }
  return true;
}

ImFont* fitting_font(std::initializer_list<ImFont*> fonts, ImVec2 box, const std::string& text) {
  ImFont* last = nullptr;
  for (ImFont* f : fonts) {
    if (text_fits(f, box, text)) return f;
    last = f;
  }
  return last;
}

choice_grid plan_choices(const ui_context& ui, const std::vector<choice>& choices, float width, float least_row_h,
                         const std::vector<int>& column_order, float room) {
  const theme& t = ui.look;
  const float pad = label_pad(ui);
  std::optional<choice_grid> smallest;
  for (ImFont* font : {t.body_bold, t.small}) {
    for (int columns : column_order) {
      const int rows = (static_cast<int>(choices.size()) + columns - 1) / columns;
      const float w = (width - t.gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
      float row_h = least_row_h;
      bool fits = true;
      for (const auto& c : choices) {
        row_h = std::max(row_h, text_height(font, w - 2 * pad, c.label) + pad);
        fits = fits && text_fits(font, ImVec2(w - 2 * pad, 1e9f), c.label);
      }
      if (!fits) continue;
      const choice_grid grid{columns, rows, row_h, row_h * static_cast<float>(rows) + t.gap * static_cast<float>(rows - 1)};
      if (grid.height <= room) return grid;
      if (!smallest || grid.height < smallest->height) smallest = grid;
    }
  }
  if (smallest) return *smallest;
  // Not even the small type fits: the most columns, the labels wrapped as they can.
  const int columns = column_order.front();
  const int rows = (static_cast<int>(choices.size()) + columns - 1) / columns;
  return {columns, rows, least_row_h, least_row_h * static_cast<float>(rows) + t.gap * static_cast<float>(rows - 1)};
}

float draw_text(ui_context& ui, ImFont* font, ImVec2 pos, float width, ImU32 colour, const std::string& text,
                align how) {
  const float line_height = font->FontSize * 1.18f;
  float y = pos.y;
  for (const auto& [begin, end] : wrap_lines(font, width, text)) {
    const float line_width = font->CalcTextSizeA(font->FontSize, 1e9f, 0, begin, end).x;
    float x = pos.x;
    if (how == align::center) x += (width - line_width) * 0.5f;
    ui.draw->AddText(font, font->FontSize, ImVec2(std::round(x), std::round(y)), colour, begin, end);
    ui.layout.add_text(std::round(x), std::round(y), line_width, font->FontSize, font->FontSize);
    y += line_height;
  }
  return y - pos.y;
}

float draw_line(ui_context& ui, ImFont* font, ImVec2 pos, ImU32 colour, const std::string& text) {
  const ImVec2 size = font->CalcTextSizeA(font->FontSize, 1e9f, 0, text.c_str());
  ui.draw->AddText(font, font->FontSize, pos, colour, text.c_str());
  ui.layout.add_text(pos.x, pos.y, size.x, font->FontSize, font->FontSize);
  return size.x;
}

float line_width(ImFont* font, const std::string& text) { return font->CalcTextSizeA(font->FontSize, 1e9f, 0, text.c_str()).x; }

bool tap_button(ui_context& ui, std::string_view id, ImVec2 min, ImVec2 max, const std::string& label,
                button_kind kind, ImFont* font) {
  const palette& p = ui.look.colours;
  const ImVec2 size(max.x - min.x, max.y - min.y);
  ImGui::SetCursorScreenPos(min);
  ImGui::PushID(id.data(), id.data() + id.size());
  const bool tapped = ImGui::InvisibleButton("##b", size) && kind != button_kind::disabled;
  const bool held = ImGui::IsItemActive();
  ImGui::PopID();
  ui.layout.add(std::string(id), min.x, min.y, size.x, size.y);

  const button_colours c = colours_for(p, kind);
  const bool pill = kind == button_kind::pill || kind == button_kind::pill_chosen;
  const float rounding = pill ? size.y * 0.5f : ui.look.rounding;
  if (kind == button_kind::choice || kind == button_kind::secondary) {
    // A soft shadow lifts the white cards off the background.
    ui.draw->AddRectFilled(ImVec2(min.x, min.y + 3), ImVec2(max.x, max.y + 3), IM_COL32(0, 0, 0, 18), rounding);
  }
  ui.draw->AddRectFilled(min, max, held ? c.pressed : c.fill, rounding);
  ui.draw->AddRect(min, max, c.border, rounding, 0, kind == button_kind::primary ? 0.0f : 2.5f);

  ImFont* f = font != nullptr ? font : (kind == button_kind::primary ? ui.look.title : ui.look.body_bold);
  const float pad = label_pad(ui);
  const float width = size.x - 2 * pad;
  // A label that wraps past the button's height or has a word wider than it takes the next
  // smaller type, down to the small one.
  for (ImFont* smaller : {ui.look.body_bold, ui.look.small}) {
    // The small type may be as large as the bold one on a dense screen, yet narrower.
    if (text_fits(f, ImVec2(width, size.y - pad), label) || smaller == f || smaller->FontSize > f->FontSize) continue;
    f = smaller;
  }
  const float h = text_height(f, width, label);
  ui.layout.enter(std::string(id));
  draw_text(ui, f, ImVec2(min.x + pad, min.y + (size.y - h) * 0.5f), width,
            held && kind != button_kind::primary && kind != button_kind::chosen ? p.primary : c.ink, label,
            align::center);
  ui.layout.leave();
  return tapped;
}

value_cards plan_value_cards(const ui_context& ui, ImVec2 min, ImVec2 max, const std::vector<value_text>& values, bool stacked) {
  value_cards plan;
  plan.stacked = stacked;
  if (values.empty()) return plan;
  const float g = ui.look.gap;
  const int n = static_cast<int>(values.size());
  plan.card_w = stacked ? max.x - min.x : (max.x - min.x - g * static_cast<float>(n - 1)) / static_cast<float>(n);
  const float room_h = stacked ? (max.y - min.y - g * static_cast<float>(n - 1)) / static_cast<float>(n) : max.y - min.y;
  plan.pad = ui.cramped() ? g * 0.8f : g * 1.4f;
  const float w = plan.card_w - 2 * plan.pad - 8;
  const auto needed = [&](ImFont* nf, ImFont* tf) {
    float h = 0;
    for (const auto& v : values) {
      if (!text_fits(nf, ImVec2(w, 1e9f), v.name) || (tf && !text_fits(tf, ImVec2(w, 1e9f), v.description))) return 1e9f;
      h = std::max(h, text_height(nf, w, v.name) + (tf ? g * 0.4f + text_height(tf, w, v.description) : 0));
    }
    return h + 2 * plan.pad;
  };
  // Large type when every card has room for it, smaller type next, names only when space is
  // tight, no cards when not even the names fit.
  const std::pair<ImFont*, ImFont*> choices[] = {
      {ui.look.title, ui.look.body}, {ui.look.body_bold, ui.look.small}, {ui.look.body_bold, nullptr}};
  for (const auto& [name_font, text_font] : choices) {
    const float h = needed(name_font, text_font);
    if (h > room_h) continue;
    plan.name_font = name_font;
    plan.text_font = text_font;
    plan.card_h = h;  // no taller than their text, so spare room stays outside them
    plan.height = stacked ? h * static_cast<float>(n) + g * static_cast<float>(n - 1) : h;
    return plan;
  }
  return plan;
}

float draw_value_cards(ui_context& ui, const value_cards& plan, ImVec2 min, const std::vector<value_text>& values) {
  if (plan.name_font == nullptr) {
    ui.layout.note("values", "none");
    return min.y;
  }
  const palette& p = ui.look.colours;
  const float g = ui.look.gap;
  const float w = plan.card_w - 2 * plan.pad - 8;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const float k = static_cast<float>(i);
    const ImVec2 a = plan.stacked ? ImVec2(min.x, min.y + k * (plan.card_h + g)) : ImVec2(min.x + k * (plan.card_w + g), min.y);
    const ImVec2 b(a.x + plan.card_w, a.y + plan.card_h);
    ui.draw->AddRectFilled(a, b, p.surface, ui.look.rounding);
    ui.draw->AddRectFilled(a, ImVec2(a.x + 8, b.y), p.primary, ui.look.rounding, ImDrawFlags_RoundCornersLeft);
    const std::string card = "value." + std::to_string(i);
    ui.layout.add_panel(card, a.x, a.y, b.x - a.x, b.y - a.y);
    ui.layout.enter(card);
    const auto& v = values[i];
    float y = a.y + plan.pad;
    y += draw_text(ui, plan.name_font, ImVec2(a.x + 8 + plan.pad, y), w, p.primary, v.name) + g * 0.4f;
    if (plan.text_font != nullptr) draw_text(ui, plan.text_font, ImVec2(a.x + 8 + plan.pad, y), w, p.ink, v.description);
    ui.layout.leave();
  }
  ui.layout.note("values", plan.text_font != nullptr ? "meanings" : "names");
  return min.y + plan.height;
}

float draw_value_cards(ui_context& ui, ImVec2 min, ImVec2 max, const std::vector<value_text>& values, bool centre) {
  const value_cards plan = plan_value_cards(ui, min, max, values, ui.portrait());
  if (centre && plan.name_font != nullptr) min.y += (max.y - min.y - plan.height) * 0.5f;
  return draw_value_cards(ui, plan, min, values);
}

void draw_choices(ui_context& ui, ImVec2 min, ImVec2 max, const std::vector<choice>& choices, intent_kind kind,
                  std::string_view id_prefix, int columns, int chosen) {
  const int n = static_cast<int>(choices.size());
  if (n == 0) return;
  columns = std::clamp(columns, 1, n);
  const int rows = (n + columns - 1) / columns;
  const float g = ui.look.gap;
  const float w = (max.x - min.x - g * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  const float h = std::max(ui.look.touch, (max.y - min.y - g * static_cast<float>(rows - 1)) / static_cast<float>(rows));
  for (int i = 0; i < n; ++i) {
    const auto& c = choices[static_cast<std::size_t>(i)];
    const ImVec2 a(min.x + static_cast<float>(i % columns) * (w + g), min.y + static_cast<float>(i / columns) * (h + g));
    const std::string id = std::string(id_prefix) + "." + std::to_string(c.value);
    if (tap_button(ui, id, a, ImVec2(a.x + w, a.y + h), c.label, c.value == chosen ? button_kind::chosen : button_kind::choice)) {
      ui.emit(intent::with_value(kind, c.value));
    }
  }
}

void draw_sync_mark(ui_context& ui, ImVec2 right_top) {
  const palette& p = ui.look.colours;
  const sync_mark& s = ui.model.sync();
  const std::string label = sync_mark_label(s, ui.model.language());
  const connection_state state = connection_of(s);
  const ImU32 dot = state == connection_state::online ? p.good : state == connection_state::revoked ? p.warning : p.offline;
  ImFont* f = ui.look.small;
  const ImVec2 size = f->CalcTextSizeA(f->FontSize, 1e9f, 0, label.c_str());
  const float r = f->FontSize * 0.3f;
  const ImVec2 text_pos(right_top.x - size.x, right_top.y);
  ui.draw->AddCircleFilled(ImVec2(text_pos.x - r * 2.2f, right_top.y + size.y * 0.55f), r, dot);
  draw_line(ui, f, text_pos, p.muted, label);
}

namespace {

// A roomy footer where the screen is tall; a touch target's height where it is short.
float footer_height(const ui_context& ui) {
  const theme& t = ui.look;
  if (ui.size.y < t.touch * 10) return std::max(mm_to_px(12.0f, t.dpi), t.body->FontSize * 2.0f);
  return std::max(t.touch * 1.25f, t.body->FontSize * 2.6f);
}

float back_width(const ui_context& ui) { return std::max(ui.look.touch * 3.5f, ui.size.x * 0.22f); }

}  // namespace

void draw_footer_languages(ui_context& ui, float footer_top) {
  const theme& t = ui.look;
  const auto languages = ui.model.languages();
  if (languages.size() < 2) return;
  const float n = static_cast<float>(languages.size());
  const float room = ui.size.x - t.margin * 2 - back_width(ui) - t.gap * 2;
  const float h = footer_height(ui);
  const auto widest = [&](bool names) {
    float w = 0;
    for (const auto& l : languages) {
      const std::string label = names ? language_name(l) : l;
      w = std::max(w, t.body->CalcTextSizeA(t.body->FontSize, 1e9f, 0, label.c_str()).x);
    }
    // Round ends take half the height: the text keeps clear of them.
    return std::max(t.touch * 1.2f, w + t.gap * 2 + h * 0.5f);
  };
  const bool names = widest(true) * n + t.gap * (n - 1) <= room;
  const float pill_w = std::min(names ? widest(true) : widest(false), (room - t.gap * (n - 1)) / n);
  draw_language_pills(ui, ImVec2(ui.size.x - t.margin - (pill_w * n + t.gap * (n - 1)), footer_top), ImVec2(pill_w, h), names);
}

void draw_language_pills(ui_context& ui, ImVec2 at, ImVec2 pill, bool names) {
  for (const auto& language : ui.model.languages()) {
    std::string label = names ? language_name(language) : language;
    if (!names) std::transform(label.begin(), label.end(), label.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    const bool chosen = language == ui.model.language();
    if (tap_button(ui, "lang." + language, at, ImVec2(at.x + pill.x, at.y + pill.y), label,
                   chosen ? button_kind::pill_chosen : button_kind::pill, ui.look.body)) {
      ui.emit(intent::with_text(intent_kind::choose_language, language));
    }
    at.x += pill.x + ui.look.gap;
  }
}

float draw_back_footer(ui_context& ui) {
  const float h = footer_height(ui);
  const float top = ui.size.y - ui.spacing() - h;
  const float w = back_width(ui);
  if (tap_button(ui, "back", ImVec2(ui.look.margin, top), ImVec2(ui.look.margin + w, top + h),
                 "\u2190  " + ui.model.text(text_id::back), button_kind::secondary)) {
    ui.emit(intent::of(intent_kind::back));
  }
  return top;
}

}  // namespace storepulse::kiosk::ui
