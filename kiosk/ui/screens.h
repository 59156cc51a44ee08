#pragma once

#include "kiosk/ui/ui_context.h"

namespace storepulse::kiosk::ui {

// Each screen draws itself from the model and emits intents; one file per screen.

// Values, the anonymous promise, Start, languages, "I fixed a customer problem", sync mark.
void draw_attract_screen(ui_context& ui);
// One question with its answer buttons, progress and Back.
void draw_question_screen(ui_context& ui);
// Thanks, the values again and this store's remediation limit.
void draw_thank_you_screen(ui_context& ui);
// The remediation log: category, then amount band.
void draw_remediation_screen(ui_context& ui);
// Thanks after a remediation log.
void draw_remediation_thanks_screen(ui_context& ui);
// The PIN keypad in front of the operator panel.
void draw_operator_pin_screen(ui_context& ui);
// Server address, enrollment, queue, last sync, version.
void draw_operator_screen(ui_context& ui);
// The on-screen keyboard over the operator panel while one of its fields is typed into.
void draw_operator_keyboard(ui_context& ui);
// Opens the on-screen keyboard on a field of the operator panel, starting from its text.
void open_operator_keyboard(ui_context& ui, keyboard_field field);

// Where the on-screen keyboard's parts go in a window: the field's row, then the keys below it.
struct keyboard_placement {
  float field_top = 0;
  float field_h = 0;
  float gap = 0;  // between keys
  ImVec2 keys_top_left;
  keyboard_grid grid;
};

// Returns the keyboard's placement in a window of this size with the theme's sizes; the keys
// fill the room below the field, at least 12 mm on their short side where it allows.
keyboard_placement place_operator_keyboard(const theme_sizes& sizes, ImVec2 window);

// "Still there?" over a survey or remediation log left alone: Continue or Start over.
void draw_still_there_screen(ui_context& ui);

// Draws the current screen of the model over the whole window.
void draw_kiosk(ui_context& ui);

}  // namespace storepulse::kiosk::ui
