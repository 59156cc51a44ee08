#pragma once

#include <string>
#include <vector>

#include <imgui.h>

#include "kiosk/core/model/intent.h"
#include "kiosk/core/model/keyboard_layout.h"
#include "kiosk/core/model/kiosk_model.h"
#include "kiosk/ui/layout_recorder.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/window_backend.h"

namespace storepulse::kiosk::ui {

// The operator panel's field the on-screen keyboard is typing into, if any.
enum class keyboard_field { none, server, enrollment_code };

// Text the operator types on the operator panel; the only state the view keeps itself.
struct operator_inputs {
  char server[256] = {};
  char enrollment_code[160] = {};  // a code, '#' and a pin (95 characters as colon-separated hex)
  bool server_loaded = false;
  bool discard_other_store = false;  // sent with the enrollment code
  bool connection_page = false;      // on a cramped screen the panel shows the state or the connection
  keyboard_field editing = keyboard_field::none;
  keyboard_entry entry{"", 0};  // the text being typed while editing, copied to its field on Done
  std::vector<edit_key> edit_keys;  // pressed on a physical keyboard since the last frame
};

// What every draw function gets: the model to read, where to put intents, and how to look.
struct ui_context {
  const kiosk_model& model;
  const theme& look;
  layout_recorder& layout;
  operator_inputs& inputs;
  std::vector<intent>& intents;
  ImDrawList* draw = nullptr;
  ImVec2 size;
  std::string version;

  // Queues an intent for the model, applied after the frame.
  void emit(intent in) { intents.push_back(std::move(in)); }
  // Returns true when the window is taller than wide.
  bool portrait() const { return size.y > size.x; }
  // Returns true when the window is too short for the roomy layout: under seven touch targets
  // high (800x480 at 133 dpi, 1024x600 at 170 dpi).
  bool cramped() const { return size.y < look.touch * 7; }
  // Returns the vertical space between blocks: the margin, or a gap when cramped.
  float spacing() const { return cramped() ? look.gap : look.margin; }
  // Returns the width available inside the margins.
  float inner_width() const { return size.x - 2 * look.margin; }
};

}  // namespace storepulse::kiosk::ui
