#pragma once

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

// Returns the height wrapped text would use.
float text_height(ImFont* font, float width, const std::string& text);

// Draws the organisation's values as cards inside [min, max], centred vertically when asked;
// returns the bottom used.
float draw_value_cards(ui_context& ui, ImVec2 min, ImVec2 max, const std::vector<value_text>& values, bool centre = false);

// Draws a column or grid of choice buttons over [min, max], emitting kind with the tapped value.
void draw_choices(ui_context& ui, ImVec2 min, ImVec2 max, const std::vector<choice>& choices, intent_kind kind,
                  std::string_view id_prefix, int columns, int chosen = -1000);

// Draws the small online/offline mark with the count of answers waiting, right-aligned at right_top.
void draw_sync_mark(ui_context& ui, ImVec2 right_top);

// Draws a full-width footer button row: a Back button on the left; returns the footer's top.
float draw_back_footer(ui_context& ui);

// Draws the languages on the right of the footer, so that a person can switch in mid-survey:
// their names where they fit, else their codes.
void draw_footer_languages(ui_context& ui, float footer_top);

}  // namespace storepulse::kiosk::ui
