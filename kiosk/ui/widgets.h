#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "kiosk/core/model/kiosk_model.h"
#include "kiosk/ui/ui_context.h"

namespace storepulse::kiosk::ui {

// How a button looks; every one is a big, plain, tappable rectangle.
enum class button_kind { primary, secondary, choice, chosen, accent, pill, pill_chosen, disabled };

// Draws a button over [min, max], records it for the layout file; returns true when tapped.
bool tap_button(ui_context& ui, std::string_view id, ImVec2 min, ImVec2 max, const std::string& label,
                button_kind kind, ImFont* font = nullptr);

// Text alignment inside a width.
enum class align { left, center };

// Draws wrapped text at pos within width; returns the height used.
float draw_text(ui_context& ui, ImFont* font, ImVec2 pos, float width, ImU32 colour, const std::string& text,
                align how = align::left);

// Draws one line of text at pos without wrapping; returns its width.
float draw_line(ui_context& ui, ImFont* font, ImVec2 pos, ImU32 colour, const std::string& text);

// Returns the width of one line of text.
float line_width(ImFont* font, const std::string& text);

// Returns the height wrapped text would use.
float text_height(ImFont* font, float width, const std::string& text);

// Returns the space between a button's edge and its label: less on a cramped screen.
float label_pad(const ui_context& ui);

// Returns true when text wraps within box.x with every line no wider and all lines no taller than box.y.
bool text_fits(ImFont* font, ImVec2 box, const std::string& text);

// Returns the first font in which text fits the box, else the last.
ImFont* fitting_font(std::initializer_list<ImFont*> fonts, ImVec2 box, const std::string& text);

// A grid of choice buttons: how many columns and rows, and each row's height.
struct choice_grid {
  int columns = 1;
  int rows = 1;
  float row_h = 0;
  float height = 0;  // rows and the gaps between them
};

// Plans choices over width: the first column count of column_order whose labels fit in the bold
// type (then in the small type) with rows at least least_row_h high and the whole no taller than
// room; else the lowest grid whose labels fit at all.
choice_grid plan_choices(const ui_context& ui, const std::vector<choice>& choices, float width, float least_row_h,
                         const std::vector<int>& column_order, float room);

// How the organisation's values fit a space: side by side or stacked, the card size, and the
// fonts (no name font: not even the names fit; no text font: names only).
struct value_cards {
  bool stacked = false;
  float card_w = 0, card_h = 0, pad = 0;
  float height = 0;  // all cards and the gaps between them
  ImFont* name_font = nullptr;
  ImFont* text_font = nullptr;
};

// Plans the values as cards inside [min, max]: their meanings in the largest type that fits, else
// their names only, else nothing.
value_cards plan_value_cards(const ui_context& ui, ImVec2 min, ImVec2 max, const std::vector<value_text>& values, bool stacked);

// Draws planned cards from min; returns the bottom used.
float draw_value_cards(ui_context& ui, const value_cards& plan, ImVec2 min, const std::vector<value_text>& values);

// Draws the organisation's values as cards inside [min, max], stacked in portrait, centred
// vertically when asked; returns the bottom used.
float draw_value_cards(ui_context& ui, ImVec2 min, ImVec2 max, const std::vector<value_text>& values, bool centre = false);

// Draws a column or grid of choice buttons over [min, max], emitting kind with the tapped value.
void draw_choices(ui_context& ui, ImVec2 min, ImVec2 max, const std::vector<choice>& choices, intent_kind kind,
                  std::string_view id_prefix, int columns, int chosen = -1000);

// Draws the small online/offline mark with the count of answers waiting, right-aligned at right_top.
void draw_sync_mark(ui_context& ui, ImVec2 right_top);

// Draws a full-width footer button row: a Back button on the left; returns the footer's top.
float draw_back_footer(ui_context& ui);

// Draws the languages as a row of pills of this size from at, by name or by upper-case code; a tap
// chooses one.
void draw_language_pills(ui_context& ui, ImVec2 at, ImVec2 pill, bool names);

// Draws the languages on the right of the footer, so that a person can switch in mid-survey:
// their names where they fit, else their codes.
void draw_footer_languages(ui_context& ui, float footer_top);

}  // namespace storepulse::kiosk::ui
