#pragma once

#include <imgui.h>

namespace storepulse::kiosk::ui {

// The kiosk's colours: calm, high contrast, readable from a step away.
struct palette {
  ImU32 background = IM_COL32(246, 244, 239, 255);
  ImU32 surface = IM_COL32(255, 255, 255, 255);
  ImU32 ink = IM_COL32(28, 37, 44, 255);
  ImU32 muted = IM_COL32(84, 97, 107, 255);
  ImU32 line = IM_COL32(206, 211, 214, 255);
  ImU32 primary = IM_COL32(14, 92, 99, 255);
  ImU32 primary_pressed = IM_COL32(8, 62, 67, 255);
  ImU32 primary_ink = IM_COL32(255, 255, 255, 255);
  ImU32 primary_soft = IM_COL32(226, 239, 240, 255);
  ImU32 accent = IM_COL32(176, 83, 30, 255);
  ImU32 accent_soft = IM_COL32(252, 236, 221, 255);
  ImU32 good = IM_COL32(39, 128, 72, 255);
  ImU32 offline = IM_COL32(150, 156, 160, 255);
  ImU32 warning = IM_COL32(178, 34, 34, 255);
  ImU32 disabled = IM_COL32(220, 222, 222, 255);
};

// Returns pixels for millimetres at the density.
inline float mm_to_px(float mm, float dpi) { return mm * dpi / 25.4f; }

// The theme's sizes in pixels for one window size and density, before any font is loaded.
struct theme_sizes {
  float dpi = 96.0f;
  float touch = 57.0f;
  float margin = 32.0f;
  float gap = 16.0f;
  float rounding = 14.0f;
  float small = 22.0f;  // the pixel size each font is loaded at
  float body = 30.0f;
  float title = 44.0f;
  float display = 63.0f;
};

// Fonts, sizes and colours for one window size and screen density.
struct theme {
  float dpi = 96.0f;
  float touch = 57.0f;   // the smallest touch target: 15 mm at this density, in pixels
  float margin = 32.0f;  // space around the screen's content
  float gap = 16.0f;     // space between buttons
  float rounding = 14.0f;
  ImFont* small = nullptr;
  ImFont* body = nullptr;
  ImFont* body_bold = nullptr;
  ImFont* title = nullptr;
  ImFont* display = nullptr;
  palette colours;
  theme_sizes sizes;  // the pixel sizes the fonts and spaces above come from
};

// Returns the sizes of the theme for this window and density.
theme_sizes size_theme(float dpi, ImVec2 window_size);

// Loads DejaVu Sans at sizes for this window and density into ImGui's atlas and styles ImGui.
theme load_theme(float dpi, ImVec2 window_size);

}  // namespace storepulse::kiosk::ui
