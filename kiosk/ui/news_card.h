#pragma once

#include <string>

#include <imgui.h>

#include "kiosk/core/model/kiosk_model.h"
#include "kiosk/ui/ui_context.h"

namespace storepulse::kiosk::ui {

// Returns the height a news card wants at this width with its text in this type (the title's
// when none is given).
float news_card_height(const ui_context& ui, float width, const news_text& news, const std::string& heading,
                       ImFont* font = nullptr);

// Draws a shared plan, HR's message or a success story as a card over [min, max]: its heading
// (or the given one) with a plan's status, then its text in the largest type that fits. The text
// comes from the server, so it is clipped to the card whatever it holds.
void draw_news_card(ui_context& ui, ImVec2 min, ImVec2 max, const news_text& news, const std::string& heading = {});

}  // namespace storepulse::kiosk::ui
