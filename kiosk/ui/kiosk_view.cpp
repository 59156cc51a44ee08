#include "kiosk/ui/screens.h"

namespace storepulse::kiosk::ui {

void draw_kiosk(ui_context& ui) {
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ui.size);
  ImGui::Begin("kiosk", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
  ui.draw = ImGui::GetWindowDrawList();
  ui.draw->AddRectFilled(ImVec2(0, 0), ui.size, ui.look.colours.background);
  ui.layout.begin_frame();
  ui.layout.set_window(ui.size.x, ui.size.y, ui.look.dpi);
  // A panel that closed (or timed out) while a field was typed into opens next time without the keyboard.
  if (ui.model.current_screen() != screen::operator_panel) ui.inputs.editing = keyboard_field::none;
  if (ui.model.asking_still_there()) {
    // In front of whatever was answered, which stays hidden until someone says they are still there.
    draw_still_there_screen(ui);
    ImGui::End();
    return;
  }
  switch (ui.model.current_screen()) {
    case screen::attract: draw_attract_screen(ui); break;
    case screen::question: draw_question_screen(ui); break;
    case screen::thank_you: draw_thank_you_screen(ui); break;
    case screen::remediation_category:
    case screen::remediation_amount: draw_remediation_screen(ui); break;
    case screen::remediation_thanks: draw_remediation_thanks_screen(ui); break;
    case screen::operator_pin: draw_operator_pin_screen(ui); break;
    case screen::operator_panel: draw_operator_screen(ui); break;
  }
  ImGui::End();
}

}  // namespace storepulse::kiosk::ui
