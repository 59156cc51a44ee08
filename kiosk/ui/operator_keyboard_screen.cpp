#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <utility>

#include "kiosk/ui/screens.h"
#include "kiosk/ui/widgets.h"

namespace storepulse::kiosk::ui {
namespace {

// Returns the field's buffer and its size.
std::pair<char*, std::size_t> buffer_of(operator_inputs& inputs, keyboard_field field) {
  if (field == keyboard_field::server) return {inputs.server, sizeof inputs.server};
  return {inputs.enrollment_code, sizeof inputs.enrollment_code};
}

void close_keyboard(ui_context& ui, bool keep) {
  if (keep) {
    const auto [buffer, size] = buffer_of(ui.inputs, ui.inputs.editing);
    const std::string& text = ui.inputs.entry.text();
    const std::size_t n = std::min(text.size(), size - 1);
    std::memcpy(buffer, text.data(), n);
    buffer[n] = '\0';
  }
  ui.inputs.editing = keyboard_field::none;
}

// Takes what a physical keyboard typed this frame: characters, Backspace, Enter (Done), Escape
// (Cancel) and Ctrl+V; returns false when the keyboard closed.
bool take_physical_keys(ui_context& ui) {
  ImGuiIO& io = ImGui::GetIO();
  keyboard_entry& entry = ui.inputs.entry;
  if (!io.InputQueueCharacters.empty()) ui.emit(intent::of(intent_kind::operator_typing));
  for (ImWchar c : io.InputQueueCharacters) {
    // Addresses and codes are printable ASCII without spaces.
    if (c > 0x20 && c < 0x7f) entry.press({key_kind::character, static_cast<char>(c), 1});
  }
  io.InputQueueCharacters.resize(0);
  for (edit_key key : std::exchange(ui.inputs.edit_keys, {})) {
    ui.emit(intent::of(intent_kind::operator_typing));
    switch (key) {
      case edit_key::backspace: entry.press({key_kind::erase, 0, 1}); break;
      case edit_key::paste:
        if (const char* pasted = ImGui::GetClipboardText()) {
          for (const char* p = pasted; *p != '\0'; ++p) {
            if (*p > 0x20 && *p < 0x7f) entry.press({key_kind::character, *p, 1});
          }
        }
        break;
      case edit_key::enter: close_keyboard(ui, true); return false;
      case edit_key::escape: close_keyboard(ui, false); return false;
    }
  }
  return true;
}

// Returns the width a button needs for its label in the font, and never less than a touch target.
float label_width(const theme& t, ImFont* font, const std::string& label) {
  return std::max(t.touch * 1.6f, font->CalcTextSizeA(font->FontSize, 1e9f, 0, label.c_str()).x + t.gap * 2.5f);
}

// Draws the text typed so far in a box over [min, max] with a caret after it; the end of a text
// too long for the box stays in view.
void draw_typed(ui_context& ui, ImVec2 min, ImVec2 max) {
  const theme& t = ui.look;
  const palette& p = t.colours;
  ImFont* f = t.body;
  ui.draw->AddRectFilled(min, max, p.surface, t.rounding * 0.5f);
  ui.draw->AddRect(min, max, p.primary, t.rounding * 0.5f, 0, 2.5f);
  const std::string& text = ui.inputs.entry.text();
  const float room = max.x - min.x - t.gap * 2 - 4;
  const char* begin = text.c_str();
  const char* end = begin + text.size();
  while (begin < end && f->CalcTextSizeA(f->FontSize, 1e9f, 0, begin, end).x > room) ++begin;
  const float y = min.y + (max.y - min.y - f->FontSize) * 0.5f;
  ui.draw->AddText(f, f->FontSize, ImVec2(min.x + t.gap, y), p.ink, begin, end);
  const float typed_w = f->CalcTextSizeA(f->FontSize, 1e9f, 0, begin, end).x;
  if (begin < end) ui.layout.add_text(min.x + t.gap, y, typed_w, f->FontSize, f->FontSize);
  const float caret = min.x + t.gap + typed_w + 2;
  ui.draw->AddLine(ImVec2(caret, y), ImVec2(caret, y + f->FontSize), p.primary, 2.0f);
}

// Returns what a special key says.
std::string special_label(const kiosk_model& m, key_kind kind) {
  switch (kind) {
    case key_kind::erase: return "\u2190";
    case key_kind::shift: return m.text(text_id::keyboard_shift);
    case key_kind::symbols: return m.text(text_id::keyboard_symbols);
    case key_kind::letters: return m.text(text_id::keyboard_letters);
    case key_kind::character: break;
  }
  return {};
}

// Draws the keys of the current page in the grid from top_left; applies a tapped one.
void draw_keys(ui_context& ui, const keyboard_grid& grid, ImVec2 top_left, float gap) {
  const theme& t = ui.look;
  keyboard_entry& entry = ui.inputs.entry;
  const keyboard_page page = entry.page();
  float y = top_left.y;
  for (const auto& row : keyboard_rows(page)) {
    float x = top_left.x;
    for (const auto& key : row) {
      const float w = grid.unit * static_cast<float>(key.units) + gap * static_cast<float>(key.units - 1);
      const bool character = key.kind == key_kind::character;
      const std::string label = character ? std::string(1, key.character) : special_label(ui.model, key.kind);
      const button_kind kind = key.kind == key_kind::shift && page == keyboard_page::upper ? button_kind::chosen
                               : character                                             ? button_kind::choice
                                                                                       : button_kind::secondary;
      if (tap_button(ui, key_name(key), ImVec2(x, y), ImVec2(x + w, y + grid.key_height), label, kind,
                     character || key.kind == key_kind::erase ? t.title : t.body_bold)) {
        entry.press(key);
        ui.emit(intent::of(intent_kind::operator_typing));
      }
      x += w + gap;
    }
    y += grid.key_height + gap;
  }
}

}  // namespace

keyboard_placement place_operator_keyboard(const theme_sizes& sizes, ImVec2 window) {
  keyboard_placement place;
  // The field's name on one line in the body type (on a small screen the small one would be
  // barely 3 mm high), then the field with Cancel and Done beside it.
  place.field_top = sizes.margin + sizes.body * 1.18f + sizes.gap * 0.3f;
  place.field_h = std::max(sizes.touch, sizes.body * 1.9f);
  const float top = place.field_top + place.field_h + sizes.gap;
  // The keys fill the rest, at least 12 mm on their short side, at most 22 mm high.
  place.gap = std::round(std::max(sizes.gap * 0.6f, mm_to_px(1.5f, sizes.dpi)));
  const float width = window.x - 2 * sizes.margin;
  place.grid = fit_keyboard(width, window.y - sizes.margin - top, place.gap, mm_to_px(12.0f, sizes.dpi),
                            mm_to_px(22.0f, sizes.dpi));
  place.keys_top_left = ImVec2(sizes.margin + (width - place.grid.width) * 0.5f, top);
  return place;
}

void open_operator_keyboard(ui_context& ui, keyboard_field field) {
  const auto [buffer, size] = buffer_of(ui.inputs, field);
  // Codes are printed in capitals; addresses are written in small letters.
  ui.inputs.entry = keyboard_entry(buffer, size - 1,
                                   field == keyboard_field::server ? keyboard_page::lower : keyboard_page::upper);
  ui.inputs.editing = field;
}

void draw_operator_keyboard(ui_context& ui) {
  const kiosk_model& m = ui.model;
  const theme& t = ui.look;
  if (!take_physical_keys(ui)) return;
  const float width = ui.inner_width();
  const keyboard_placement place = place_operator_keyboard(t.sizes, ui.size);

  const text_id name = ui.inputs.editing == keyboard_field::server ? text_id::operator_server : text_id::operator_enroll_code;
  draw_line(ui, t.body, ImVec2(t.margin, t.margin), t.colours.muted, m.text(name));
  const float y = place.field_top;
  const float field_h = place.field_h;
  const std::string cancel = m.text(text_id::cancel);
  const std::string done = m.text(text_id::keyboard_done);
  const float done_w = label_width(t, t.body_bold, done);
  const float cancel_w = label_width(t, t.body_bold, cancel);
  const float right = t.margin + width;
  if (tap_button(ui, "key.done", ImVec2(right - done_w, y), ImVec2(right, y + field_h), done, button_kind::primary,
                 t.body_bold)) {
    close_keyboard(ui, true);
  }
  const float cancel_x = right - done_w - t.gap - cancel_w;
  if (tap_button(ui, "key.cancel", ImVec2(cancel_x, y), ImVec2(cancel_x + cancel_w, y + field_h), cancel,
                 button_kind::secondary, t.body_bold)) {
    close_keyboard(ui, false);
  }
  if (ui.inputs.editing == keyboard_field::none) return;
  draw_typed(ui, ImVec2(t.margin, y), ImVec2(cancel_x - t.gap, y + field_h));
  draw_keys(ui, place.grid, place.keys_top_left, place.gap);
}

}  // namespace storepulse::kiosk::ui
